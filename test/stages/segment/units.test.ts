import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { check, readExample } from '../../helpers/check.js';

const units = (text: string): string[] => check(analyze(text)).units.map((u) => text.slice(u.start, u.end));

test('seed paragraph 12: units split at "because" and at "so"', () => {
  const text = readExample('basra-power-struggle.txt');
  const map = check(analyze(text));
  const u = map.units.map((x) => text.slice(x.start, x.end));
  assert.ok(u.includes('I think the answer is obvious'));
  assert.ok(u.includes('because our men and women should NEVER be used to wage intra-Shia wars.'));
  assert.ok(u.includes('Again, this isn’t al Qaeda we’re talking about here'));
  assert.ok(u.includes('so the threat to our national security is completely nonexistent.'));
  const because = map.units.find((x) => text.slice(x.start, x.end).startsWith('because'))!;
  assert.equal(because.marker && { cue: because.marker.cue, relation: because.marker.relation }, { cue: 'because', relation: 'premise' });
  const so = map.units.find((x) => text.slice(x.start, x.end).startsWith('so the threat'))!;
  assert.is(so.marker?.relation, 'conclusion');
});

test('seed: "which will" splits off the prediction; noun-phrase "and" does not split', () => {
  const text = readExample('basra-power-struggle.txt');
  const u = units(text);
  assert.ok(u.includes('which will no doubt result in a strong Iraq/Iran tie one way or another.'));
  assert.ok(u.some((x) => x.startsWith('One is that the Sunni tribes and militias that have been cooperating')));
  assert.ok(u.some((x) => x.startsWith('Much of the reporting') && x.endsWith('trying to bring order.')));
});

// [sentence, expected units]
const TABLE: Array<[string, string[]]> = [
  ['Hunting is good for the environment because it keeps the deer population in check.', ['Hunting is good for the environment', 'because it keeps the deer population in check.']],
  ['Although it is expensive, we should do it.', ['Although it is expensive', 'we should do it.']],
  ['Even though the plan failed, they tried again.', ['Even though the plan failed', 'they tried again.']],
  ['The plan is cheap, but it does not work.', ['The plan is cheap', 'but it does not work.']],
  ['Germany produces way too much rubbish and too many resources are lost.', ['Germany produces way too much rubbish', 'and too many resources are lost.']],
  ['Prices rose sharply; the poor suffered most.', ['Prices rose sharply', 'the poor suffered most.']],
  ['Taxes went up, so people left the city.', ['Taxes went up', 'so people left the city.']],
  ['We should stay home, as the roads are icy.', ['We should stay home', 'as the roads are icy.']],
  ['The plan must be stopped, for it endangers everyone.', ['The plan must be stopped', 'for it endangers everyone.']],
  ['The treatment is often useless, and, moreover, entails serious risks.', ['The treatment is often useless', 'and, moreover, entails serious risks.']],
  ['The budget is too small; therefore the schools suffer.', ['The budget is too small', 'therefore the schools suffer.']],
  // no cut: "therefore" inside a clause, "both … and", "as" as a preposition, "while" before a participle
  ['The fee should therefore be abolished.', ['The fee should therefore be abolished.']],
  ['The thesis reflects both the content and the methods are taught well.', ['The thesis reflects both the content and the methods are taught well.']],
  ['He spoke to us, as the leader of the party, about the war.', ['He spoke to us, as the leader of the party, about the war.']],
  ['Half of the students have to work while studying.', ['Half of the students have to work while studying.']],
  ['Private life suffers because of the long hours.', ['Private life suffers because of the long hours.']],
  // no cut: "so" as a degree word, "because of" + noun, "and" between noun phrases, a marker without a clause after it
  ['It costs so much that nobody buys it.', ['It costs so much that nobody buys it.']],
  ['The war dragged on because of poor planning.', ['The war dragged on because of poor planning.']],
  ['Kurds and Arabs live in Kirkuk.', ['Kurds and Arabs live in Kirkuk.']],
  ['We left early, but not because we wanted to.', ['We left early, but not because we wanted to.']],
  ['Since 2003 the army has grown.', ['Since 2003 the army has grown.']],
];

for (const [input, expected] of TABLE) {
  test(`units: ${input.slice(0, 50)}`, () => {
    assert.equal(units(input), expected);
  });
}

test('each unit lies in its sentence; every sentence has at least one unit', () => {
  const text = readExample('basra-power-struggle.txt');
  const map = check(analyze(text));
  const covered = new Set(map.units.map((u) => u.sentence));
  assert.is(covered.size, map.sentences.length);
});

test.run();

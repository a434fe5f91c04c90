import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { check } from '../../helpers/check.js';

function quotes(text: string) {
  return check(analyze(text)).quotes.map((q) => ({
    kind: q.kind,
    text: text.slice(q.start, q.end),
    source: q.source?.name ?? null,
    mention: q.source?.mention ? text.slice(q.source.mention.start, q.source.mention.end) : null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
  }));
}

// [text, [quoted words, speaker, cue]] for the direct quotation in it
const TABLE: Array<[string, [string, string, string]]> = [
  ['“We will not retreat from Basra,” Maliki said.', ['We will not retreat from Basra,', 'Maliki', 'said']],
  ['Maliki said: “We will not retreat from Basra.”', ['We will not retreat from Basra.', 'Maliki', 'said']],
  ['“The operation will go on until the end,” said Ali al-Dabbagh, a spokesman for Mr. Maliki.', ['The operation will go on until the end,', 'Ali al-Dabbagh', 'said']],
  ['Hugh Hill, a doctor, said: “The wards are full every night.”', ['The wards are full every night.', 'Hugh Hill', 'said']],
  ['"We have no plans to leave," the spokesman told reporters.', ['We have no plans to leave,', 'the spokesman', 'told']],
  ['He told reporters, "The ceasefire is holding in most districts."', ['The ceasefire is holding in most districts.', 'He', 'told']],
  // a left mark mistyped where the right one belongs
  ['“Turnout will decide this race in the suburbs,“ said Dana Whitfield, a county chair.', ['Turnout will decide this race in the suburbs,', 'Dana Whitfield', 'said']],
  ['The spokesman said the talks had stalled, adding: “We will not sign this agreement as written.”', ['We will not sign this agreement as written.', 'The spokesman', 'adding']],
  // a right mark mistyped where the left one belongs, at the start of a paragraph
  ['The mayor spoke for an hour.\n\n” … what we learned from the flood is that the levees were never enough,” she said.', ['… what we learned from the flood is that the levees were never enough,', 'she', 'said']],
  // an appositive between the name and the verb after the quotation; a coordinated verb before it
  ['“We will keep fighting for every vote,” Murphy, the head of the state party, said on Friday.', ['We will keep fighting for every vote,', 'Murphy', 'said']],
  ['Carson did not name any of his rivals, but told his supporters, “our nation is in horrible trouble and we must act.”', ['our nation is in horrible trouble and we must act.', 'Carson', 'told']],
  ['“The numbers put our campaign on pace,” Jeff Weaver, Sanders’ campaign manager, said in a statement.', ['The numbers put our campaign on pace,', 'Jeff Weaver', 'said']],
  ['“There is energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said.', ['There is energy in a whole host of races,', 'Rep. Earl Blumenauer', 'said']],
  // a multi-word verb of direct speech after a quoted question
  ['“You know, it happens, right?” the senator went on, as if he had not heard her.', ['You know, it happens, right?', 'the senator', 'went on']],
  // a verb of saying, its object and an adjunct, then "that"
  ['The governor tells reporters outside a polling place in Greenville that “to beat expectations would be helpful.”', ['to beat expectations would be helpful.', 'The governor', 'tells']],
  // a verb of saying, then an adjunct before the comma
  ['The governor said on Friday at a rally in Dayton, “We will carry this state in November.”', ['We will carry this state in November.', 'The governor', 'said']],
  ['The clip ends with the senator saying during the hearing last week, “That makes me careful,” before the vote.', ['That makes me careful,', 'the senator', 'saying']],
  ['«Nous ne partirons pas», a déclaré le ministre. The minister later added: «We will stay here for as long as it takes.»', ['We will stay here for as long as it takes.', 'The minister', 'added']],
];

for (const [text, [words, speaker, cue]] of TABLE) {
  test(`direct: ${text.slice(0, 50)}`, () => {
    const q = quotes(text).find((x) => x.text === words);
    assert.ok(q, `no quotation "${words}" in ${JSON.stringify(quotes(text))}`);
    assert.is(q!.kind, 'direct');
    assert.is(q!.mention, speaker);
    assert.is(q!.cue, cue);
  });
}

test('a quotation over two sentences, interrupted by its attribution: one quotation in two parts', () => {
  const text = '“Now is the time to act. Nobody else will,” said Don Fowler, a former party chairman. “I think the plan should be ready by tonight.”';
  const map = check(analyze(text));
  const q = map.quotes.filter((x) => x.kind === 'direct');
  assert.is(q.length, 1);
  assert.is(q[0]!.source?.name, 'Don Fowler');
  assert.equal(q[0]!.parts!.map((p) => text.slice(p.start, p.end)), ['Now is the time to act. Nobody else will,', 'I think the plan should be ready by tonight.']);
});

test('a long attribution with only an adjunct or an appositive between the parts still interrupts one quotation', () => {
  const text = '“The budget is balanced,” Ms. Ortega said in a statement released by her office on Tuesday evening. “We did not raise a single tax.”';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => [x.text, x.source]), [['The budget is balanced,” Ms. Ortega said in a statement released by her office on Tuesday evening. “We did not raise a single tax.', 'Ms. Ortega']]);
  const t2 = '“We are ready,” said Ana Ruiz, president of the building, trades and services council. “The contracts are signed.”';
  assert.equal(quotes(t2).filter((x) => x.kind === 'direct').length, 1);
  // a clause after the attribution ("and added …") makes the next quotation a quotation of its own
  const t3 = '“We are ready,” Ruiz said, and added that the unions had agreed. “The contracts are signed by every local.”';
  assert.equal(quotes(t3).filter((x) => x.kind === 'direct').map((x) => x.text), ['We are ready,', 'The contracts are signed by every local.']);
});

test('a quotation that opens a paragraph after a sentence ending in a colon speaks with that sentence’s speaker', () => {
  const text = 'As Dana Ruiz of the Gazette observed, the real winner was not on the stage:\n\n“The clear winner of the debate was the network, which ran the whole event with care.”';
  assert.equal(quotes(text).map((x) => [x.kind, x.source]), [['direct', 'Dana Ruiz of the Gazette']]);
  // (a colon after a report the lead-in shapes do not know)
  const t2 = 'Eaton, a retired farmer, said that given the crop of candidates on both sides:\n\n“There is only one candidate worth a vote this year, and that is Trump.”';
  assert.equal(quotes(t2).filter((x) => x.kind === 'direct').map((x) => x.source), ['Eaton']);
});

test('a quoted phrase run into the sentence is no first part of an interrupted quotation', () => {
  const text = 'Conceding that there would be a trade agreement “down the line” he warned: “It is not going to happen any time soon.”';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => x.text), ['down the line', 'It is not going to happen any time soon.']);
});

test('a paragraph that opens with a quotation without attribution goes on with the speaker of the paragraph before', () => {
  const text = '“The plant will stay open,” the governor told workers in Toledo.\n\n“Nobody here is going to lose a job this year.”\n\nThe union was not convinced.\n\n“We have heard that before from every governor.”';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => [x.text, x.source]), [
    ['The plant will stay open,', 'the governor'],
    ['Nobody here is going to lose a job this year.', 'the governor'],
    // (a paragraph of the writer's between: nobody's)
    ['We have heard that before from every governor.', null],
  ]);
});

test('a second quotation with its own attribution stays separate; without one, the speaker goes on', () => {
  const text = '“We will win,” Maliki said on Tuesday in a long speech to the assembly in Baghdad. Later he met the cabinet. “The militias must disarm now or face the army.”';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => [x.text, x.source]), [
    ['We will win,', 'Maliki'],
    ['The militias must disarm now or face the army.', 'Maliki'],
  ]);
});

test('a quotation continued into the next paragraph with an opening mark', () => {
  const text = '"We are the only doctor for half the county," said Dr. Hugh Hill. "People wait until it is too late.\n\n"By the time they get to us, the cheap fix is gone," he said.';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.is(q.length, 2);
  assert.ok(q[1]!.text.startsWith('People wait') && q[1]!.text.endsWith('the cheap fix is gone,'));
});

test('pronoun speakers resolve to the nearest named speaker before them', () => {
  const text = 'Senator Lorraine Kessel spoke for an hour. "This is a slow-motion emergency," Kessel said.\n\n"Nobody in this chamber can say they did not know," she added.';
  const q = quotes(text).filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => [x.source, x.mention]), [
    ['Kessel', 'Kessel'],
    ['Kessel', 'she'],
  ]);
});

test('a participle after a subordinator frames a whole short quotation: "while chanting, “…”"', () => {
  const q = quotes('Marchers circled the stadium while chanting, “No justice, no peace.”');
  assert.equal(q.map((x) => [x.kind, x.text, x.source]), [['direct', 'No justice, no peace.', 'Marchers']]);
});

test('scare quotes: short, no speaker, no source', () => {
  const q = quotes('The so-called “moderates” were nowhere to be seen, and the “surge” had run its course.');
  assert.equal(q.map((x) => [x.kind, x.text, x.source]), [
    ['scare', 'moderates', null],
    ['scare', 'surge', null],
  ]);
});

test('apostrophes are not quotation marks', () => {
  const q = quotes("The parents' union doesn't back the '90s plan, and Maliki's allies won't either.");
  assert.equal(q, []);
});

test('a second quotation inside a clause after the attribution is no continuation of the first', () => {
  const text = '“He stands for the middle class,” Anderson said, adding that Sanders is “definitely the most trustworthy of the candidates.”';
  const qs = check(analyze(text)).quotes.filter((q) => q.kind === 'direct').map((q) => [text.slice(q.start, q.end), q.source?.name ?? null, q.parts ? q.parts.length : 1]);
  assert.equal(qs, [
    ['He stands for the middle class,', 'Anderson', 1],
    ['definitely the most trustworthy of the candidates.', 'Anderson', 1],
  ]);
  // an adjunct after the verb still lets the quotation go on: “…,” Tester said on Friday, “…”
  const t2 = '“Every time you say that,” Tester said on Friday, “you give ammunition to them.”';
  assert.equal(check(analyze(t2)).quotes.filter((q) => q.kind === 'direct').map((q) => q.parts?.length ?? 1), [2]);
  // a new paragraph opens a new quotation
  const t3 = '“There are two big differences,” Bozell says.\n\n“First, in every other class the establishment lost.”';
  assert.equal(check(analyze(t3)).quotes.filter((q) => q.kind === 'direct').map((q) => q.parts?.length ?? 1), [1, 1]);
});

test('a participle after the attribution: a participle with a clause keeps a part run into the sentence apart; a next sentence in quotation marks is the same quotation, and the participle reports between its parts', () => {
  const text = '“We have to stop talking about personalities,” Ms. Lane said, comparing the two budgets. “So look at the numbers.”';
  const q = check(analyze(text)).quotes;
  const direct = q.filter((x) => x.kind === 'direct');
  assert.equal(direct.map((x) => [text.slice(x.start, x.end), x.parts?.map((p) => text.slice(p.start, p.end))]), [
    ['We have to stop talking about personalities,” Ms. Lane said, comparing the two budgets. “So look at the numbers.', ['We have to stop talking about personalities,', 'So look at the numbers.']],
  ]);
  const report = q.find((x) => x.kind === 'indirect')!;
  assert.equal(text.slice(report.start, report.end), 'the two budgets');
  assert.is(report.within, undefined);
});

test('a passage of several paragraphs in straight marks after a lead-in is a block; a curly quotation opening one of its paragraphs is nested in it', () => {
  const text = [
    'The reporter describes the evening. Ms. Hale reports:',
    '"The hall was half empty by nine. Volunteers stacked the chairs early.',
    '"Dana thought the speech was too long.',
    '“I kept checking my watch,” she said after the rally ended, laughing."',
    'The piece ends there.',
  ].join('\n\n');
  const q = check(analyze(text)).quotes;
  const block = q.find((x) => x.kind === 'block')!;
  assert.ok(block, 'a block');
  assert.equal(block.source?.name, 'Ms. Hale');
  assert.ok(text.slice(block.start, block.end).startsWith('The hall was half empty'));
  assert.ok(text.slice(block.start, block.end).endsWith('laughing.'));
  const inner = q.find((x) => x.kind === 'direct')!;
  assert.equal(text.slice(inner.start, inner.end), 'I kept checking my watch,');
  assert.equal(inner.source?.name, 'Dana'); // ("she", resolved)
  assert.equal(inner.within, block.id);
});

test('a quotation inside a passage whose opening mark is never closed is at the top level: its parts join', () => {
  const text = 'The profile goes on:\n\n"Dana switched on the television.\n\n“I would,” Dana said to the screen. “I would, Governor.”\n\nThe piece ends there.';
  const q = check(analyze(text)).quotes.filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => [text.slice(x.start, x.end), x.parts?.length ?? 1, x.within ?? null]), [['I would,” Dana said to the screen. “I would, Governor.', 2, null]]);
});

test('a bare participle after the attribution does not keep the parts apart', () => {
  const text = '“Here comes the governor,” she said, clapping. “The governor himself.”';
  const q = check(analyze(text)).quotes.filter((x) => x.kind === 'direct');
  assert.equal(q.map((x) => x.parts?.length ?? 1), [2]);
});

test('verbs of nonverbal expression frame a quotation', () => {
  assert.equal(quotes('“This is wonderful!” beamed Anne Carter of Dayton.').map((q) => [q.kind, q.text, q.source]), [['direct', 'This is wonderful!', 'Anne Carter of Dayton']]);
});

test('a sentence ending in a colon with a reporting verb anywhere in it speaks the quotation after it', () => {
  assert.equal(quotes('The mayor explained the delay by saying: “The contractor walked away from the site.”').filter((q) => q.kind === 'direct').map((q) => [q.text, q.source]), [['The contractor walked away from the site.', 'The mayor']]);
});

test.run();

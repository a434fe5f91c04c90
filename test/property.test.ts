import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createAnalyzer } from '../src/index.js';
import { check, readExample, spanProblems } from './helpers/check.js';

const analyzer = createAnalyzer();
const seed = readExample('basra-power-struggle.txt');

/** Characters that break naive offset arithmetic. */
const NASTY = ['\r\n', '\r', '\t', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u2029', '😀', '👍🏽', '🇮🇶', 'العراق', ' — ', '…', '“', '”', '’', '\n', '\n\n', '. ', '? ', 'Mr. ', 'U.S. ', '\ud800', '\udc00', 'é', 'e\u0301'];

const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('because', 'so', 'but', 'and', 'Although', ',', 'we', 'it is', 'said')), { maxLength: 60 }).map((parts) => parts.join(''));

/** The seed with random insertions of awkward characters at random places. */
const mutatedSeed = fc.array(fc.tuple(fc.nat({ max: seed.length }), fc.constantFrom(...NASTY)), { maxLength: 25 }).map((edits) => {
  let t = seed;
  for (const [at, s] of edits.sort((a, b) => b[0] - a[0])) t = t.slice(0, at) + s + t.slice(at);
  return t;
});

function holds(text: string): boolean {
  const a = analyzer.analyze(text);
  const problems = spanProblems(a);
  if (problems.length) throw new Error(`${problems.slice(0, 3).join('; ')} in ${JSON.stringify(text).slice(0, 200)}`);
  const b = analyzer.analyze(text);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`a second run differs on ${JSON.stringify(text).slice(0, 200)}`);
  return true;
}

test('property: on random text every span lies within the text and its paragraph, and output is repeatable', () => {
  fc.assert(fc.property(nastyText, holds), { numRuns: 300, seed: 42 });
});

test('property: on the seed with awkward characters inserted, the same holds', () => {
  fc.assert(fc.property(mutatedSeed, holds), { numRuns: 60, seed: 7 });
});

test('CRLF, tabs, NBSP, zero-width, emoji and Arabic: offsets stay exact', () => {
  const text = seed.replace(/\n/g, '\r\n').replace(/ the /g, ' the\u00a0').replace(/Iraq/g, 'Iraq\u200b').replace(/Basra/g, 'Basra 🇮🇶 البصرة\t');
  const map = check(analyzer.analyze(text));
  assert.is(map.paragraphs.length, 14);
  const u = map.units.map((x) => text.slice(x.start, x.end).replace(/\u00a0/g, ' '));
  assert.ok(u.includes('I think the answer is obvious'));
  assert.ok(u.some((x) => x.startsWith('because our men and women')));
});

test('a 100 kB line without a paragraph break keeps valid offsets', () => {
  const line = `${'We argue that the war was a mistake because it cost too much, so we should leave. '.repeat(1250)}`;
  assert.ok(line.length > 100_000);
  const map = check(analyzer.analyze(line));
  assert.is(map.paragraphs.length, 1);
  assert.is(map.sentences.length, 1250);
  assert.is(map.units.length, 1250 * 3);
  const noPunct = 'word '.repeat(25_000);
  const m2 = check(analyzer.analyze(noPunct));
  assert.ok(m2.diagnostics.some((d) => d.code === 'AM106'));
});

test.run();

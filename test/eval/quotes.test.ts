import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { emptyScores, scoreQuotes } from '../../src/eval/tasks/quotes.js';
import type { Quote } from '../../src/model/types.js';

// A text of the project's own: a block quotation holding a report, and a report holding a partial quotation.
const text = 'From the Gazette:\n\nThe mayor said the levy would pass.\n\nThe council called it “a fraud” on Monday.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const q = (id: string, kind: Quote['kind'], s: string, within?: string, name = 'x'): Quote => ({ id, kind, ...at(s), source: { name }, ...(within ? { within } : {}) });

test('quotations inside a block are attributions of their own; a partial quotation inside a report is part of it', () => {
  const predicted: Quote[] = [
    q('q1', 'block', 'The mayor said the levy would pass.', undefined, 'the Gazette'),
    q('q2', 'indirect', 'the levy would pass', 'q1', 'The mayor'),
    q('q3', 'indirect', 'it “a fraud”', undefined, 'The council'),
    q('q4', 'direct', 'a fraud', 'q3', 'The council'),
  ];
  const gold = [
    { id: 'E1', type: 'Attribution', content: [at('the levy would pass')], source: [at('The mayor')], direct: false },
    { id: 'E2', type: 'Attribution', content: [at('it “a fraud”')], source: [at('The council')], direct: true },
  ];
  const s = emptyScores();
  scoreQuotes(text, predicted, gold, s);
  // the report inside the block matches; the block itself is a false positive; the partial quotation is not counted
  assert.is(s.tp, 2);
  assert.is(s.fp, 1);
  assert.is(s.fn, 0);
  assert.is(s.speakerRight, 2);
  assert.equal(Object.keys(s.byKind).sort(), ['block', 'indirect']);
});

test('a quotation interrupted by its attribution is scored by its parts', () => {
  const t2 = '“It was very nice,” the tycoon told reporters in a rare interview in Macau when asked about the candidate last week. “He was charming.”';
  const at2 = (x: string) => ({ start: t2.indexOf(x), end: t2.indexOf(x) + x.length });
  const parts = [at2('It was very nice,'), at2('He was charming.')];
  const q: Quote = { id: 'q1', kind: 'direct', start: parts[0]!.start, end: parts[1]!.end, parts, source: { name: 'the tycoon' } };
  const s = emptyScores();
  scoreQuotes(t2, [q], [{ id: 'E1', type: 'Attribution', content: parts, source: [at2('the tycoon')], direct: true }], s);
  assert.is(s.tp, 1);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  alignPieces,
  boundaries,
  compareBoundaries,
  compareTrimmedSpans,
  coveredLength,
  greedyMatch,
  jaccard,
  normalizeBoundary,
  normalizeSpans,
  overlapLength,
  overlapRatio,
  spansMatch,
  trimToWords,
} from '../../src/eval/align.js';

const S = (start: number, end: number) => ({ start, end });

test('overlap of spans and of discontinuous span sets', () => {
  assert.is(overlapLength(S(0, 10), S(5, 20)), 5);
  assert.is(overlapLength(S(0, 10), S(10, 20)), 0);
  assert.is(overlapLength([S(0, 4), S(10, 14)], S(2, 12)), 4);
  assert.is(coveredLength([S(0, 4), S(2, 6), S(6, 8)]), 8);
  assert.equal(normalizeSpans([S(10, 12), S(0, 4), S(3, 6), S(7, 7)]), [S(0, 6), S(10, 12)]);
  assert.is(overlapRatio(S(0, 10), S(5, 20)), 0.5);
  assert.is(overlapRatio(S(5, 20), S(0, 10)), 5 / 15);
  assert.is(overlapRatio(S(3, 3), S(0, 10)), 0);
  assert.is(jaccard(S(0, 10), S(5, 15)), 5 / 15);
});

test('spansMatch: overlap of at least X of each side', () => {
  assert.ok(spansMatch(S(0, 10), S(0, 10), 1));
  assert.ok(spansMatch(S(0, 10), S(2, 12), 0.8));
  assert.not.ok(spansMatch(S(0, 10), S(2, 12), 0.81));
  // a short span inside a long one: covers all of itself, little of the other
  assert.not.ok(spansMatch(S(0, 100), S(10, 20), 0.5));
  assert.ok(spansMatch(S(0, 100), S(10, 20), 0.1));
  assert.ok(spansMatch(S(0, 100), S(99, 200), 0));
  assert.not.ok(spansMatch(S(0, 10), S(10, 20), 0));
});

test('greedyMatch pairs best first, one to one', () => {
  const gold = [S(0, 10), S(20, 30), S(40, 50)];
  const pred = [S(1, 10), S(0, 9), S(22, 31), S(60, 70)];
  const m = greedyMatch(pred, gold, { threshold: 0.5 });
  assert.equal(
    m.pairs.map((p) => [p.pred, p.gold]),
    [
      [0, 0],
      [2, 1],
    ],
  );
  assert.equal(m.unmatchedPred, [1, 3]);
  assert.equal(m.unmatchedGold, [2]);
  // tie between two predictions for one gold: the earlier prediction wins
  const t = greedyMatch([S(0, 8), S(2, 10)], [S(0, 10)], { threshold: 0.5 });
  assert.equal(t.pairs.map((p) => p.pred), [0]);
  // a custom score
  const c = greedyMatch([S(0, 8), S(2, 10)], [S(0, 10)], { threshold: 0.5, score: (p) => (Array.isArray(p) ? 0 : (p as { start: number }).start) });
  assert.equal(c.pairs.map((p) => p.pred), [1]);
});

test('normalizeBoundary: whitespace and punctuation do not move a boundary', () => {
  const text = 'It is obvious, because we said so: "really".';
  const after = text.indexOf(',');
  const forms = [text.indexOf(' because') + 1, text.indexOf(', because') + 1, after, text.indexOf(' because')];
  for (const f of forms) assert.is(normalizeBoundary(text, f), after, `position ${f}`);
  const q = text.indexOf('really');
  assert.is(normalizeBoundary(text, q), text.indexOf(':'));
  assert.is(normalizeBoundary(text, text.indexOf('because') + 3), text.indexOf('because') + 3);
  assert.is(normalizeBoundary('  "x', 3), 0);
});

test('normalizeBoundary and trimToWords handle astral letters', () => {
  const text = 'a \u{1D400}\u{1D401}, b';
  const end = text.indexOf(',');
  assert.is(normalizeBoundary(text, end + 2), end);
  assert.equal(trimToWords(text, S(1, end + 1)), S(2, end));
});

test('boundaries of a segmentation agree whatever side the punctuation goes', () => {
  const text = 'Taxes are obvious, because roads cost money. We should pay.';
  const comma = text.indexOf(',');
  const gold = [S(0, comma + 1), S(comma + 2, text.indexOf('.') + 1), S(text.indexOf('We'), text.length)];
  const pred = [S(0, comma), S(comma, text.indexOf('.')), S(text.indexOf('.'), text.length)];
  const bg = boundaries(text, gold);
  assert.equal(bg, [comma, text.indexOf('.')]);
  assert.equal(boundaries(text, pred), bg);
  assert.equal(compareBoundaries(boundaries(text, pred), bg), { tp: 2, fp: 0, fn: 0 });
  // one span: no internal boundary; words between two spans: two boundaries
  assert.equal(boundaries(text, [S(0, text.length)]), []);
  assert.equal(boundaries(text, [S(0, 5), S(text.indexOf('roads'), text.length)]), [5, text.indexOf('roads') - 1]);
  // a span boundary at the very end or start of the text is not internal
  assert.equal(boundaries(' x. ', [S(0, 3), S(3, 4)]), []);
});

test('compareTrimmedSpans: exact match modulo whitespace and punctuation', () => {
  const text = 'One claim here, and "another one". Third!';
  const gold = [S(0, 15), S(16, 34), S(35, 41)];
  const pred = [S(0, 14), S(15, 33), S(34, 40), S(0, 3)];
  assert.equal(compareTrimmedSpans(text, pred, gold), { tp: 3, fp: 1, fn: 0 });
  assert.equal(compareTrimmedSpans(text, [S(14, 15)], gold), { tp: 0, fp: 0, fn: 3 });
});

test('alignPieces: verbatim, whitespace-insensitive, folded, missing', () => {
  const text = 'First part here.  Second\npart follows; “third” – part. End';
  const a = alignPieces(text, ['First part here.', 'Second part follows;', '"third" - part.', 'not there', 'End']);
  assert.equal(
    a.map((x) => x.method),
    ['exact', 'whitespace', 'folded', 'missing', 'exact'],
  );
  assert.is(text.slice(a[0]!.start, a[0]!.end), 'First part here.');
  assert.is(text.slice(a[1]!.start, a[1]!.end), 'Second\npart follows;');
  assert.is(text.slice(a[2]!.start, a[2]!.end), '“third” – part.');
  assert.equal(S(a[3]!.start, a[3]!.end), S(a[2]!.end, a[2]!.end));
  assert.is(a[4]!.start, text.length - 3);
  assert.ok(a.every((x) => x.skipped === ''));
});

test('alignPieces goes forward: repeated text maps to successive occurrences', () => {
  const text = 'yes. yes. no, yes.';
  const a = alignPieces(text, ['yes.', 'yes.', 'yes.']);
  assert.equal(a.map((x) => x.start), [0, 5, 14]);
  assert.equal(a.map((x) => x.skipped), ['', '', 'no,']);
});

test.run();

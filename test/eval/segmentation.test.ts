import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateSegmentation, formatSegmentation, scoreSegmentation } from '../../src/eval/tasks/segmentation.js';
import { parseMicrotext, readMicrotextsDir } from '../../src/eval/readers/microtexts.js';
import { corpusTest } from './_corpora.js';
import { mapOf, naiveSentences } from './_maps.js';

// A fixture written for these tests.
const TEXT = 'Cities should plant more trees, since shade cools the streets. Trees cost money. But savings pay for them.';
const EDUS = ['Cities should plant more trees,', 'since shade cools the streets.', 'Trees cost money.', 'But savings pay for them.'];
const xml = (id: string): string =>
  `<arggraph id="${id}">${EDUS.map((e, i) => `<edu id="e${i + 1}"><![CDATA[${e}]]></edu>`).join('')}` +
  EDUS.map((_, i) => `<adu id="a${i + 1}" type="pro"/><edge id="s${i + 1}" src="e${i + 1}" trg="a${i + 1}" type="seg"/>`).join('') +
  '<edge id="c1" src="a2" trg="a1" type="sup"/><edge id="c2" src="a3" trg="a1" type="reb"/><edge id="c3" src="a4" trg="c2" type="und"/></arggraph>';
const DOCS = [parseMicrotext(xml('t1'), TEXT), parseMicrotext(xml('t2'), TEXT)];
const S = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

/** Splits sentences at ", since" (units without the comma, as a splitter might). */
const analyze = (text: string) => {
  const sentences = naiveSentences(text);
  const units = sentences.flatMap((s) => {
    const i = text.indexOf(', since', s.start);
    return i >= 0 && i < s.end ? [{ start: s.start, end: i }, { start: i + 2, end: s.end }] : [s];
  });
  return mapOf(text, sentences, units);
};

test('scoreSegmentation on one text', () => {
  const gold = EDUS.map((e) => S(e));
  const sents = naiveSentences(TEXT);
  assert.is(sents.length, 3);
  const r = scoreSegmentation(TEXT, gold, sents);
  assert.equal(r.boundaries, { tp: 2, fp: 0, fn: 1 });
  assert.equal(r.exact, { tp: 2, fp: 1, fn: 2 });
  const u = scoreSegmentation(TEXT, gold, analyze(TEXT).units);
  assert.equal(u.boundaries, { tp: 3, fp: 0, fn: 0 });
  assert.equal(u.exact, { tp: 4, fp: 0, fn: 0 });
  assert.equal(scoreSegmentation(TEXT, gold, []).boundaries, { tp: 0, fp: 0, fn: 3 });
});

test('evaluateSegmentation: micro-averaged units vs sentence baseline, counts, rows', () => {
  const r = evaluateSegmentation(analyze, DOCS);
  assert.is(r.name, 'segmentation');
  assert.is(r.status, 'done');
  assert.equal(r.counts, { texts: 2, edus: 8, units: 8, sentences: 6, errors: 0 });
  assert.equal([r.units.boundaries.tp, r.units.boundaries.fp, r.units.boundaries.fn], [6, 0, 0]);
  assert.is(r.units.exact.f1, 1);
  assert.equal([r.sentences.boundaries.tp, r.sentences.boundaries.fn], [4, 2]);
  assert.is(r.sentences.boundaries.p, 1);
  assert.ok(Math.abs(r.sentences.boundaries.r - 4 / 6) < 1e-9);
  assert.equal(r.rows.map((x) => x.key), ['units.boundaries', 'sentences.boundaries', 'units.exact', 'sentences.exact']);
  assert.is(r.perText.length, 2);
  assert.equal(r.perText[0]!.units_boundaries, { tp: 3, fp: 0, fn: 0 });
  const table = formatSegmentation(r);
  assert.match(table, /unit boundaries\s+1\.000\s+1\.000\s+1\.000/);
  assert.match(table, /texts 2, edus 8, units 8, sentences 6/);
  // plain data: survives JSON
  assert.equal(JSON.parse(JSON.stringify(r)).units.exact.tp, 8);
  assert.is(evaluateSegmentation(analyze, DOCS, { limit: 1 }).counts.texts, 1);
});

test('evaluateSegmentation: an analyzer that throws or changes the text is scored as empty', () => {
  let n = 0;
  const flaky = (text: string) => {
    n++;
    if (n === 1) throw new Error('boom');
    return mapOf(text + ' ', [], []);
  };
  const r = evaluateSegmentation(flaky, DOCS);
  assert.is(r.counts.errors, 2);
  assert.is(r.units.boundaries.fn, 6);
  assert.is(r.perText[0]!.error, 'boom');
  assert.match(r.perText[1]!.error!, /text differs/);
  assert.ok(r.notes.length === 2);
});

const MICRO = ['arg-microtexts', 'corpus', 'en'];

corpusTest(test, 'corpus: an oracle that returns the gold EDUs scores 1.0', MICRO, (dir) => {
  const docs = readMicrotextsDir(dir);
  const byText = new Map(docs.map((d) => [d.text, d]));
  const oracle = (text: string) => {
    const d = byText.get(text)!;
    return mapOf(text, naiveSentences(text), d.edus);
  };
  const r = evaluateSegmentation(oracle, docs);
  assert.is(r.counts.texts, 112);
  assert.is(r.counts.edus, 576);
  assert.is(r.units.boundaries.f1, 1);
  assert.is(r.units.exact.f1, 1);
  assert.is(r.units.boundaries.gold, 576 - 112);
});

corpusTest(test, 'corpus: sentence baseline boundaries are nearly all EDU boundaries', MICRO, (dir) => {
  const r = evaluateSegmentation(analyze, dir);
  assert.is(r.counts.texts, 112);
  assert.ok(r.sentences.boundaries.p > 0.95, `P ${r.sentences.boundaries.p}`);
  assert.ok(r.sentences.boundaries.r > 0.5 && r.sentences.boundaries.r < 0.9, `R ${r.sentences.boundaries.r}`);
  // splitting at ", since" can only add boundaries
  assert.ok(r.units.boundaries.tp >= r.sentences.boundaries.tp);
});

test.run();

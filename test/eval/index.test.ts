import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TASKS, detectCorpus, runEval } from '../../src/eval/index.js';
import { corpusTest } from './_corpora.js';
import { mapOf, naiveSentences } from './_maps.js';

// Fixture corpora written for these tests, one of each kind, side by side.
const root = mkdtempSync(join(tmpdir(), 'argmap-eval-'));
const micro = join(root, 'micro', 'corpus', 'en');
mkdirSync(micro, { recursive: true });
const TEXT = 'Parks matter. We need more of them, because cities get hotter.';
writeFileSync(join(micro, 'micro_t1.txt'), TEXT);
writeFileSync(
  join(micro, 'micro_t1.xml'),
  `<arggraph id="micro_t1"><edu id="e1">Parks matter.</edu><edu id="e2">We need more of them,</edu><edu id="e3">because cities get hotter.</edu>` +
    `<adu id="a1" type="pro"/><adu id="a2" type="pro"/><adu id="a3" type="pro"/>` +
    `<edge id="s1" src="e1" trg="a1" type="seg"/><edge id="s2" src="e2" trg="a2" type="seg"/><edge id="s3" src="e3" trg="a3" type="seg"/>` +
    `<edge id="c1" src="a1" trg="a2" type="sup"/><edge id="c2" src="a3" trg="a2" type="sup"/></arggraph>`,
);
const polnearDev = join(root, 'pn', 'data', 'dev');
mkdirSync(join(polnearDev, 'attributions'), { recursive: true });
mkdirSync(join(polnearDev, 'text'), { recursive: true });
writeFileSync(join(polnearDev, 'text', 'd1.txt'), 'She said "no" twice.');
writeFileSync(join(polnearDev, 'attributions', 'd1_aa.ann'), 'T1\tSource 0 3\tShe\nT2\tCue 4 8\tsaid\nT3\tContent 9 13\t"no"\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n');
const webis = join(root, 'wb', 'data-source', 'outlet');
mkdirSync(webis, { recursive: true });
writeFileSync(join(webis, '001-a.json'), JSON.stringify({ paragraphs: [[{ number: 1, text: 'A title', label: 'title' }], [{ number: 2, text: 'Words', label: 'assumption' }, { number: 3, text: '.', label: 'no-unit' }]] }));
const wd = join(root, 'wd');
mkdirSync(wd);
writeFileSync(join(wd, 'dev.jsonl'), JSON.stringify({ id: '1', text: 'Yes. No.', docType: 'x', topic: 'y', units: [{ id: 'u1', start: 0, end: 4, type: 'claim', implicit: false }], relations: [] }) + '\n');

const analyze = (text: string) => mapOf(text, naiveSentences(text), naiveSentences(text));

test('detectCorpus recognises each kind at several levels', () => {
  assert.equal(detectCorpus(join(root, 'micro')), { kind: 'arg-microtexts', path: micro });
  assert.equal(detectCorpus(micro), { kind: 'arg-microtexts', path: micro });
  assert.equal(detectCorpus(join(micro, 'micro_t1.xml'))?.kind, 'arg-microtexts');
  for (const p of [join(root, 'pn'), join(root, 'pn', 'data'), polnearDev]) assert.equal(detectCorpus(p), { kind: 'polnear', path: polnearDev });
  for (const p of [join(root, 'wb'), join(root, 'wb', 'data-source'), webis, join(webis, '001-a.json')]) assert.is(detectCorpus(p)?.kind, 'webis-editorials', p);
  for (const p of [wd, join(wd, 'dev.jsonl')]) assert.equal(detectCorpus(p), { kind: 'web-discourse', path: join(wd, 'dev.jsonl') });
  // several corpora side by side, an empty folder, a missing path: none
  assert.is(detectCorpus(root), null);
  const empty = join(root, 'empty');
  mkdirSync(empty);
  assert.is(detectCorpus(empty), null);
  assert.is(detectCorpus(join(root, 'missing')), null);
});

test('runEval on microtexts: segmentation scored, other tasks planned', () => {
  const r = runEval(join(root, 'micro'), analyze);
  assert.is(r.corpus, 'arg-microtexts');
  assert.is(r.task, 'all');
  assert.equal(r.tasks.map((t) => [t.name, t.status]), TASKS['arg-microtexts'].map((t) => [t.name, t.status]));
  assert.is(r.counts.texts, 1);
  assert.is(r.counts.edus_exact, 3);
  // "Parks matter." | "We need more of them, because cities get hotter." vs three EDUs
  const b = r.metrics.segmentation!['units.boundaries']!;
  assert.equal([b.tp, b.fp, b.fn], [1, 0, 1]);
  assert.is(b.p, 1);
  assert.match(r.table, /corpus: arg-microtexts/);
  assert.match(r.table, /unit boundaries/);
  assert.match(r.table, /mainClaim = central claim/);
  const json = JSON.parse(JSON.stringify(r));
  assert.is(json.metrics.segmentation['sentences.exact'].tp, 1);
});

test('runEval: task option, unknown task, unknown corpus', () => {
  const r = runEval(micro, analyze, { task: 'segmentation' });
  assert.equal(r.tasks.map((t) => t.name), ['segmentation']);
  assert.is(r.task, 'segmentation');
  assert.throws(() => runEval(micro, analyze, { task: 'quotes' }), /unknown task "quotes" for arg-microtexts/);
  assert.throws(() => runEval(root, analyze), /no known corpus/);
});

test('runEval on the other corpora: counts from the readers, quotes, testimony and web-discourse scored, Webis unit types planned', () => {
  let called = 0;
  const counting = (text: string) => {
    called++;
    return analyze(text);
  };
  const p = runEval(join(root, 'pn'), counting);
  assert.is(p.corpus, 'polnear');
  assert.equal(p.counts, { documents: 1, multi_annotator: 0, attributions: 1, direct: 1, indirect: 0, with_source: 1, with_cue: 1, discontinuous: 0 });
  assert.equal(p.tasks.map((t) => [t.name, t.status]), [['quotes', 'done']]);
  assert.is(p.metrics.quotes!['quotes.all']!.n, 1);
  assert.is(called, 1);
  const w = runEval(join(root, 'wb'), counting);
  assert.is(w.counts['label.title'], 1);
  assert.is(w.counts.segments, 3);
  assert.ok(w.tasks.some((t) => t.name === 'testimony' && t.status === 'done'));
  assert.ok(w.tasks.some((t) => t.name === 'unit-types' && t.status === 'planned'));
  assert.is(called, 2);
  const d = runEval(wd, counting);
  assert.is(d.counts['units.claim'], 1);
  assert.equal(d.tasks.map((t) => [t.name, t.status]), [['argument', 'done']]);
  assert.is(called, 3);
});

corpusTest(test, 'corpus: runEval on the shared arg-microtexts folder', ['arg-microtexts'], (dir) => {
  const r = runEval(dir, analyze, { limit: 10 });
  assert.is(r.counts.texts, 10);
  assert.ok(r.metrics.segmentation!['sentences.boundaries']!.p! > 0.9);
});

corpusTest(test, 'corpus: detectCorpus on the shared corpora', [], (dir) => {
  assert.is(detectCorpus(dir), null);
  assert.is(detectCorpus(join(dir, 'polnear'))?.path, join(dir, 'polnear', 'data', 'dev'));
  assert.is(detectCorpus(join(dir, 'webis-editorials'))?.kind, 'webis-editorials');
  assert.is(detectCorpus(join(dir, 'web-discourse'))?.kind, 'web-discourse');
  const train = runEval(join(dir, 'polnear'), analyze, { split: 'train', limit: 3 });
  assert.match(train.path, /train$/);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createAnalyzer } from '../../../src/index.js';
import type { Entity } from '../../../src/index.js';
import { findCorporaRoot, runEval, scoreActorMentions } from '../../../src/eval/index.js';
import { corpusTest } from '../../eval/_corpora.js';

const TEXT = 'Mr. Sadr met Jane Roe. Roe and al-Sadr left for Basra.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const GOLD = [
  { ...at('Mr. Sadr'), name: 'Muqtada al-Sadr', type: 'person', actor: 'muqtada-al-sadr' },
  { ...at('Jane Roe'), name: 'Jane Roe', type: 'person' },
  { ...at('Roe', 20), name: 'Jane Roe', type: 'person' },
  { ...at('al-Sadr'), name: 'Muqtada al-Sadr', type: 'person', actor: 'muqtada-al-sadr' },
  { ...at('Basra'), name: 'Basra', type: 'city', actor: 'basra' },
];

test('scoreActorMentions: overlap match, resolution by gazetteer id or by the unknown actor’s name', () => {
  const entities: Entity[] = [
    { id: 'muqtada-al-sadr', name: 'Muqtada al-Sadr', type: 'person', mentions: [at('Sadr'), at('al-Sadr')] },
    { id: 'e:jane-roe', name: 'Jane Roe', type: 'person', mentions: [at('Jane Roe'), at('Roe', 20)] },
    { id: 'e:basra', name: 'Basra', type: 'city', mentions: [at('Basra')] },
    { id: 'e:left', name: 'Left', type: 'person', mentions: [at('left')] },
  ];
  const s = scoreActorMentions(TEXT, GOLD, entities);
  assert.equal([s.tp, s.fp, s.fn], [5, 1, 0]);
  assert.is(s.resolved, 4, 'Basra as an unknown entity is not the gazetteer actor');
  assert.is(s.typed, 5);
  assert.ok(s.errors.some((e) => /wrong actor: "Basra"/.test(e)));
  assert.ok(s.errors.some((e) => /spurious: "left"/.test(e)));
});

test('scoreActorMentions: an unknown actor split over two entities counts once; region limits the scoring', () => {
  const entities: Entity[] = [
    { id: 'e:jane-roe', name: 'Jane R.', type: 'person', mentions: [at('Jane Roe')] },
    { id: 'e:roe', name: 'Roe', type: 'person', mentions: [at('Roe', 20)] },
  ];
  const s = scoreActorMentions(TEXT, GOLD.slice(1, 3), entities);
  assert.equal([s.tp, s.fp, s.fn, s.resolved], [2, 0, 0, 1]);
  const r = scoreActorMentions(TEXT, GOLD.slice(1, 2), entities, { start: 0, end: 22 });
  assert.equal([r.tp, r.fp, r.fn], [1, 0, 0]);
});

test('findCorporaRoot: the folder holding the corpora, from itself or below; null elsewhere', () => {
  assert.is(findCorporaRoot(join(tmpdir(), 'argmap-no-such-folder', 'x')), null);
});

const analyzer = createAnalyzer();
const analyze = (t: string) => analyzer.analyze(t);

test('runEval --task actors without corpora: the seed alone, all found and resolved', () => {
  const r = runEval(join(tmpdir(), 'argmap-no-corpora-here'), analyze, { task: 'actors' });
  assert.is(r.task, 'actors');
  const m = r.metrics.actors!;
  assert.is(m['seed.mentions']!.r, 1);
  assert.is(m['seed.mentions']!.p, 1);
  assert.is(m['seed.resolution']!.accuracy, 1);
  assert.not.ok(m['corpora.mentions']);
  assert.match(r.table, /shared corpora not found/);
});

corpusTest(test, 'corpus: runEval --task actors on the hand-annotated paragraphs meets the targets', [], (dir) => {
  const r = runEval(dir, analyze, { task: 'actors' });
  const m = r.metrics.actors!;
  assert.is(r.counts.corpora_documents, 20);
  assert.ok(m['corpora.mentions']!.p! >= 0.85, `precision ${m['corpora.mentions']!.p}`);
  assert.ok(m['corpora.mentions']!.r! >= 0.85, `recall ${m['corpora.mentions']!.r}`);
  assert.ok(m['corpora.resolution']!.accuracy! >= 0.85, `resolution ${m['corpora.resolution']!.accuracy}`);
  // from a folder inside the corpora too
  assert.is(runEval(join(dir, 'polnear'), analyze, { task: 'actors' }).counts.corpora_documents, 20);
});

test.run();

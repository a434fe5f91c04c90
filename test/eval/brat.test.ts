import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributionsOf, findPolnearSplitDir, parseBrat, readPolnearDir, splitAnnName } from '../../src/eval/readers/brat.js';
import { corpusTest } from './_corpora.js';

// A fixture written for these tests. The emoji (two UTF-16 units, one code
// point each) make code point and UTF-16 offsets differ after them.
const TEXT = '\u{1F600} The mayor said: "We will fix the roads." \u{1F697}\u{1F697} Critics argue the plan\nis too costly, officials admit.';
// code point offsets of the pieces, computed independently of the reader
const cp = (s: string): [number, number] => {
  const i = TEXT.indexOf(s);
  return [[...TEXT.slice(0, i)].length, [...TEXT.slice(0, i + s.length)].length];
};
const line = (id: string, type: string, ...pieces: string[]): string =>
  `${id}\t${type} ${pieces.map((p) => cp(p).join(' ')).join(';')}\t${pieces.join(' ')}`;
const ANN = [
  line('T1', 'Source', 'The mayor'),
  line('T2', 'Cue', 'said'),
  line('T3', 'Content', '"We will fix the roads."'),
  line('T4', 'Attribution', 'said'),
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  line('T5', 'Source', 'Critics'),
  line('T6', 'Cue', 'argue'),
  // a text field with a line break, as some PolNeAR files have
  line('T7', 'Content', 'the plan\nis too costly'),
  line('T8', 'Attribution', 'argue'),
  line('T9', 'Content', 'officials'),
  'E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7 Content2:T9',
  line('T10', 'Discuss', 'admit'),
  'A1\tNegated E2',
  '#1\tAnnotatorNotes T1\ta note',
  '',
].join('\n');

test('parseBrat: code points become UTF-16 offsets', () => {
  const d = parseBrat(ANN, TEXT);
  assert.equal(d.problems, []);
  assert.is(d.textBounds.length, 10);
  for (const t of d.textBounds) {
    const joined = t.spans.map((s) => TEXT.slice(s.start, s.end)).join(' ');
    assert.is(joined, t.text, t.id);
  }
  const t1 = d.textBounds[0]!;
  assert.equal(t1.spans, [{ start: TEXT.indexOf('The mayor'), end: TEXT.indexOf('The mayor') + 9 }]);
  // the code point offset in the file is one less than the UTF-16 one
  assert.is(cp('The mayor')[0], TEXT.indexOf('The mayor') - 1);
  assert.is(d.textBounds[6]!.text, 'the plan\nis too costly');
  assert.equal(d.events[1], {
    id: 'E2',
    type: 'Attribution',
    trigger: 'T8',
    args: [
      { role: 'Source', id: 'T5' },
      { role: 'Cue', id: 'T6' },
      { role: 'Content', id: 'T7' },
      { role: 'Content2', id: 'T9' },
    ],
  });
  assert.equal(d.attributes, [{ id: 'A1', name: 'Negated', target: 'E2', value: true }]);
  assert.is(d.notes[0]!.text, 'a note');
});

test('parseBrat with null text keeps offsets as they are; bad lines are problems', () => {
  const d = parseBrat('T1\tCue 3 5\tab\nT2\tCue x y\tzz', null);
  assert.equal(d.textBounds[0]!.spans, [{ start: 3, end: 5 }]);
  assert.is(d.textBounds.length, 1);
  assert.is(d.problems.length, 1);
  assert.match(d.problems[0]!, /line 2/);
});

test('attributions: content, source, cue, merged Content2, direct', () => {
  const d = parseBrat(ANN, TEXT);
  const atts = attributionsOf(d, TEXT);
  assert.is(atts.length, 2);
  const [a, b] = atts as [(typeof atts)[0], (typeof atts)[0]];
  assert.is(TEXT.slice(a.content[0]!.start, a.content[0]!.end), '"We will fix the roads."');
  assert.is(TEXT.slice(a.source![0]!.start, a.source![0]!.end), 'The mayor');
  assert.is(TEXT.slice(a.cue![0]!.start, a.cue![0]!.end), 'said');
  assert.is(a.direct, true);
  assert.is(b.direct, false);
  assert.equal(
    b.content.map((s) => TEXT.slice(s.start, s.end)),
    ['the plan\nis too costly', 'officials'],
  );
  assert.is(b.type, 'Attribution');
});

test('splitAnnName', () => {
  assert.equal(splitAnnName('nyt_2016-01-01_some-title_ab12.ann'), { doc: 'nyt_2016-01-01_some-title', annotator: 'ab12' });
  assert.is(splitAnnName('x.txt'), null);
});

test('readPolnearDir on a fixture tree: split detection, one annotator per document', () => {
  const root = mkdtempSync(join(tmpdir(), 'argmap-polnear-'));
  const dev = join(root, 'data', 'dev');
  mkdirSync(join(dev, 'attributions'), { recursive: true });
  mkdirSync(join(dev, 'text'), { recursive: true });
  writeFileSync(join(dev, 'text', 'doc_a.txt'), TEXT);
  writeFileSync(join(dev, 'attributions', 'doc_a_zz99.ann'), 'T1\tSource 0 1\tx\n');
  writeFileSync(join(dev, 'attributions', 'doc_a_bb22.ann'), ANN);
  writeFileSync(join(dev, 'attributions', 'orphan_cc33.ann'), ANN);
  for (const p of [root, join(root, 'data'), dev]) assert.is(findPolnearSplitDir(p), dev);
  assert.is(findPolnearSplitDir(join(root, 'nope')), null);
  const docs = readPolnearDir(root);
  assert.is(docs.length, 1, 'a document without text is left out');
  assert.is(docs[0]!.id, 'doc_a');
  assert.is(docs[0]!.annotator, 'bb22');
  assert.equal(docs[0]!.annotators, ['bb22', 'zz99']);
  assert.is(docs[0]!.split, 'dev');
  assert.is(docs[0]!.attributions.length, 2);
});

const DEV = ['polnear', 'data', 'dev'];

corpusTest(test, 'corpus: PolNeAR dev spans slice to the text of their T lines', DEV, (dir) => {
  const docs = readPolnearDir(dir);
  assert.is(docs.length, 84);
  let sources = 0;
  let direct = 0;
  for (const d of docs) {
    assert.equal(d.brat.problems, [], d.id);
    for (const t of d.brat.textBounds) {
      assert.is(t.spans.map((s) => d.text.slice(s.start, s.end)).join(' '), t.text, `${d.id} ${t.id}`);
      if (t.type === 'Source' && t.spans.length === 1) {
        sources++;
        assert.is(d.text.slice(t.spans[0]!.start, t.spans[0]!.end), t.text);
      }
    }
    for (const a of d.attributions) {
      assert.ok(a.content.length > 0);
      for (const s of [...a.content, ...(a.source ?? []), ...(a.cue ?? [])]) assert.ok(s.start < s.end && s.end <= d.text.length);
      if (a.direct) direct++;
    }
  }
  assert.ok(sources > 1000, `${sources} sources`);
  assert.ok(direct > 100 && direct < 2000, `${direct} direct`);
  // documents annotated several times: the first annotator in sorted order is read
  const multi = docs.filter((d) => d.annotators.length > 1);
  assert.ok(multi.length >= 1);
  for (const d of multi) assert.is(d.annotator, [...d.annotators].sort()[0]);
  const files = readdirSync(`${dir}/attributions`).length;
  assert.is(files, docs.reduce((n, d) => n + d.annotators.length, 0));
});

corpusTest(test, 'corpus: PolNeAR train reads cleanly (line breaks inside T text fields)', ['polnear', 'data', 'train'], (dir) => {
  const docs = readPolnearDir(dir);
  assert.ok(docs.length > 800);
  for (const d of docs) {
    assert.equal(d.brat.problems, [], d.id);
    for (const t of d.brat.textBounds) assert.is(t.spans.map((s) => d.text.slice(s.start, s.end)).join(' '), t.text, `${d.id} ${t.id}`);
  }
});

test.run();

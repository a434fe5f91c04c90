import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebisText, findWebisDirs, joinsWithoutSpace, parseWebis, readWebisDir, readWebisFile } from '../../src/eval/readers/webis.js';
import { corpusTest } from './_corpora.js';

// A fixture written for these tests.
const FIXTURE = {
  paragraphs: [
    [{ number: 1, text: 'Bridges need money.', label: 'title' }],
    [
      { number: 2, text: 'The old bridge is closing', label: 'anecdote' },
      { number: 3, text: '.', label: 'no-unit' },
      { number: 4, text: 'Repairs cost less than a new one', label: 'assumption' },
      { number: 5, text: ',', label: 'no-unit' },
      { number: 6, text: ' the engineers say', label: 'testimony' },
      { number: 7, text: ':', label: 'no-unit' },
      { number: 8, text: '"Fix it now"', label: 'testimony' },
      { number: 9, text: '...', label: 'no-unit' },
    ],
    [],
    [
      { number: 10, text: '1', label: 'no-unit' },
      { number: 11, text: '\\.', label: 'no-unit' },
      { number: 12, text: 'Vote - then watch', label: 'assumption' },
      { number: 13, text: '(closely)', label: 'other' },
      { number: 14, text: '!', label: 'no-unit' },
    ],
  ],
};

test('joinsWithoutSpace', () => {
  for (const p of ['.', ',', ';', ':', '!', '?', ')', '...', '\\.', '…']) assert.ok(joinsWithoutSpace('a', p), p);
  for (const p of ['-', '--', '"Quote', '(aside', 'and', "'tis"]) assert.not.ok(joinsWithoutSpace('a', p), p);
  assert.ok(joinsWithoutSpace('a ', 'b'));
  assert.ok(joinsWithoutSpace('a', ' b'));
});

test('buildWebisText: spaces, punctuation, paragraphs, spans', () => {
  const b = buildWebisText(FIXTURE.paragraphs);
  assert.is(
    b.text,
    'Bridges need money.\n\nThe old bridge is closing. Repairs cost less than a new one, the engineers say: "Fix it now"...\n\n1\\. Vote - then watch (closely)!',
  );
  assert.is(b.paragraphs.length, 3, 'an empty paragraph adds nothing');
  assert.is(b.segments.length, 14);
  for (const s of b.segments) assert.is(b.text.slice(s.start, s.end), s.text);
  assert.equal(b.segments.map((s) => s.paragraph), [0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  for (const p of b.paragraphs) assert.not.match(b.text.slice(p.start, p.end), /\n/);
});

test('parseWebis: title, validation', () => {
  const d = parseWebis(JSON.stringify(FIXTURE), 'x', 'outlet');
  assert.is(d.title, 'Bridges need money.');
  assert.is(d.id, 'x');
  assert.is(d.source, 'outlet');
  assert.throws(() => parseWebis('{"paragraphs": 3}'), /paragraphs/);
  assert.throws(() => parseWebis('{"paragraphs": [[{"number": 1}]]}'), /no text/);
});

test('readWebisDir on a fixture tree: root, data-source or one outlet', () => {
  const root = mkdtempSync(join(tmpdir(), 'argmap-webis-'));
  for (const outlet of ['outlet-a', 'outlet-b']) {
    mkdirSync(join(root, 'data-source', outlet), { recursive: true });
    writeFileSync(join(root, 'data-source', outlet, '001-x.json'), JSON.stringify(FIXTURE));
  }
  assert.is(findWebisDirs(root).length, 2);
  assert.is(findWebisDirs(join(root, 'data-source')).length, 2);
  assert.equal(findWebisDirs(join(root, 'data-source', 'outlet-a')), [join(root, 'data-source', 'outlet-a')]);
  const docs = readWebisDir(root);
  assert.equal(docs.map((d) => `${d.source}/${d.id}`), ['outlet-a/001-x', 'outlet-b/001-x']);
  assert.is(readWebisFile(join(root, 'data-source', 'outlet-b', '001-x.json')).source, 'outlet-b');
});

corpusTest(test, 'corpus: Webis editorials rebuild so that every segment slices back', ['webis-editorials', 'data-source'], (dir) => {
  const docs = readWebisDir(dir);
  assert.is(docs.length, 181);
  assert.equal([...new Set(docs.map((d) => d.source))], ['aljazeera', 'foxnews']);
  let segments = 0;
  for (const d of docs) {
    assert.ok(d.title !== undefined && d.title.length > 0, `${d.id} has a title`);
    for (const s of d.segments) {
      assert.is(d.text.slice(s.start, s.end), s.text, `${d.id} #${s.number}`);
      segments++;
    }
    for (let i = 1; i < d.segments.length; i++) {
      const a = d.segments[i - 1]!;
      const b = d.segments[i]!;
      const gap = d.text.slice(a.end, b.start);
      if (a.paragraph !== b.paragraph) assert.is(gap, '\n\n');
      else {
        assert.ok(gap === '' || gap === ' ', `${d.id}: gap ${JSON.stringify(gap)}`);
        // no space is put before closing punctuation, nor doubled
        if (/^[.,;:!?]/.test(b.text)) assert.is(gap, '');
        if (/\s$/.test(a.text) || /^\s/.test(b.text)) assert.is(gap, '');
      }
    }
  }
  assert.is(segments, 19248);
});

test.run();

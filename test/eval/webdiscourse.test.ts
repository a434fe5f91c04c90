import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWebDiscourseFile, parseWebDiscourse, parseWebDiscourseDoc, readWebDiscourse } from '../../src/eval/readers/webdiscourse.js';
import { corpusTest } from './_corpora.js';

// Fixtures written for these tests; the emoji checks that offsets are UTF-16 units.
const TEXT = 'School uniforms help \u{1F44D}. They cut costs for parents. Some say they stifle style.';
const u = (id: string, s: string, type: string) => ({ id, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, type, implicit: false });
const DOC = {
  id: 'd1',
  text: TEXT,
  docType: 'blogpost',
  topic: 'uniforms',
  units: [
    u('u2', 'They cut costs for parents.', 'premise'),
    u('u1', 'School uniforms help \u{1F44D}.', 'claim'),
    u('u3', 'Some say they stifle style.', 'rebuttal'),
    { id: 'u4', start: 0, end: 0, type: 'claim', implicit: true },
  ],
  relations: [
    { from: 'u2', to: 'u1', type: 'support' },
    { from: 'u3', to: 'u1', type: 'attack' },
  ],
};

test('parseWebDiscourseDoc: units sorted, UTF-16 offsets, implicit claims', () => {
  const d = parseWebDiscourseDoc(JSON.stringify(DOC));
  assert.equal(d.problems, []);
  assert.equal(d.units.map((x) => x.id), ['u4', 'u1', 'u2', 'u3']);
  const u2 = d.units.find((x) => x.id === 'u2')!;
  assert.is(TEXT.slice(u2.start, u2.end), 'They cut costs for parents.');
  assert.is(d.units[0]!.implicit, true);
  assert.is(d.relations.length, 2);
  assert.is(d.docType, 'blogpost');
});

test('problems: offsets out of range, dangling relations; bad lines throw with line number', () => {
  const bad = { ...DOC, units: [{ id: 'x', start: 5, end: 999, type: 'premise', implicit: false }], relations: [{ from: 'x', to: 'y', type: 'support' }] };
  const d = parseWebDiscourseDoc(bad);
  assert.is(d.problems.length, 2);
  assert.throws(() => parseWebDiscourse(`${JSON.stringify(DOC)}\n\n{"id": 2}\n`), /line 3/);
  assert.is(parseWebDiscourse(`${JSON.stringify(DOC)}\n\n${JSON.stringify({ ...DOC, id: 'd2' })}\n`).length, 2);
});

test('readWebDiscourse and isWebDiscourseFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-wd-'));
  const p = join(dir, 'dev.jsonl');
  writeFileSync(p, JSON.stringify(DOC) + '\n');
  assert.ok(isWebDiscourseFile(p));
  assert.is(readWebDiscourse(p)[0]!.id, 'd1');
  const q = join(dir, 'other.jsonl');
  writeFileSync(q, '{"id": 1, "text": "x"}\n');
  assert.not.ok(isWebDiscourseFile(q));
});

corpusTest(test, 'corpus: web-discourse dev', ['web-discourse', 'dev.jsonl'], (path) => {
  const docs = readWebDiscourse(path);
  assert.is(docs.length, 227);
  const types = new Set<string>();
  for (const d of docs) {
    assert.equal(d.problems, [], d.id);
    for (const x of d.units) {
      types.add(x.type);
      if (x.implicit) assert.is(x.start, x.end, `${d.id} ${x.id}`);
      else {
        const s = d.text.slice(x.start, x.end);
        assert.ok(s.trim().length > 0, `${d.id} ${x.id} is empty`);
      }
      if (x.implicit) assert.is(x.type, 'claim');
    }
  }
  assert.equal([...types].sort(), ['backing', 'claim', 'premise', 'rebuttal', 'refutation']);
});

test.run();

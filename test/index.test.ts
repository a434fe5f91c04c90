import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, CODES, createAnalyzer, STAGES } from '../src/index.js';
import type { Stage } from '../src/index.js';
import { check, readExample } from './helpers/check.js';

test('analyze: the seed gives a valid argmap/1 map', () => {
  const text = readExample('basra-power-struggle.txt');
  const map = check(analyze(text));
  assert.is(map.schema, 'argmap/1');
  assert.is(map.offsets, 'utf16');
  assert.is(map.text, text);
  assert.is(map.paragraphs.length, 14);
  assert.ok(map.units.length > map.sentences.length);
  assert.equal(map.diagnostics, []);
});

test('analyze: non-string input throws a TypeError naming what it got', () => {
  for (const bad of [undefined, null, 42, {}, ['text'], Buffer.from('x')]) {
    assert.throws(() => analyze(bad as unknown as string), (e: Error) => e instanceof TypeError && /takes the text as a string/.test(e.message));
  }
  assert.throws(() => createAnalyzer().analyze(7 as unknown as string), TypeError);
  assert.throws(() => createAnalyzer('x' as never), TypeError);
});

test('analyze: empty and whitespace-only text give an empty map with a diagnostic', () => {
  for (const text of ['', '   ', '\n\n\t\r\n', '\u00a0\u200b\n']) {
    const map = check(analyze(text));
    assert.equal(map.paragraphs, []);
    assert.equal(map.sentences, []);
    assert.equal(map.units, []);
    assert.is(map.mainClaim, null);
    assert.is(map.diagnostics.length, 1);
    assert.is(map.diagnostics[0]!.code, CODES.EMPTY_TEXT);
  }
});

test('diagnostics for suspicious input keep the text unchanged', () => {
  const text = 'Caf\ufffd owners protested. <p>It was <em>loud</em>.</p><br>\u0000';
  const auto = check(analyze(text));
  assert.equal(auto.diagnostics.map((d) => d.code).sort(), [CODES.REPLACEMENT_CHARACTER, CODES.CONTROL_CHARACTER, CODES.FORMAT_DETECTED].sort());
  assert.is(auto.text, text);
  const plain = check(analyze(text, { format: 'text' }));
  assert.equal(plain.diagnostics.map((d) => d.code).sort(), [CODES.REPLACEMENT_CHARACTER, CODES.CONTROL_CHARACTER, CODES.LOOKS_LIKE_HTML].sort());
  assert.throws(() => analyze(text, { format: 'pdf' as never }), TypeError);
});

test('createAnalyzer: reusable, same output as analyze, and runs added stages in order', () => {
  const text = readExample('basra-power-struggle.txt');
  const counter: Stage = {
    name: 'count-units',
    requires: ['units'],
    provides: ['unit-count'],
    run(doc) {
      doc.map.meta.tags = [`units:${doc.map.units.length}`];
    },
  };
  const a = createAnalyzer({ stages: [counter] });
  const m1 = check(a.analyze(text));
  const m2 = a.analyze('Short text. Two sentences.');
  assert.equal(m1.meta.tags, [`units:${m1.units.length}`]);
  assert.equal(m2.meta.tags, ['units:2']);
  assert.equal({ ...analyze(text), meta: {} }, { ...m1, meta: {} });
  assert.is(a.stages.length, STAGES.length + 1);
});

test('createAnalyzer: a stage whose inputs no earlier stage provides is refused', () => {
  const bad: Stage = { name: 'needs-magic', requires: ['magic'], provides: [], run() {} };
  assert.throws(() => createAnalyzer({ stages: [bad] }), /requires "magic"/);
});

test('analysis is deterministic', () => {
  const text = readExample('basra-power-struggle.txt');
  assert.equal(JSON.stringify(analyze(text)), JSON.stringify(createAnalyzer().analyze(text)));
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { offsetConverter } from '../../src/model/offsets.js';

test('UTF-16 <-> code points around astral characters', () => {
  const text = 'a😀b𝄞c';
  const conv = offsetConverter(text);
  // UTF-16: a=0, 😀=1..3, b=3, 𝄞=4..6, c=6; code points: a=0, 😀=1, b=2, 𝄞=3, c=4
  assert.equal([0, 1, 3, 4, 6, 7].map((u) => conv.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
  assert.equal([0, 1, 2, 3, 4, 5].map((c) => conv.toUtf16(c)), [0, 1, 3, 4, 6, 7]);
  assert.is(Array.from(text).slice(2, 4).join(''), text.slice(conv.toUtf16(2), conv.toUtf16(4)));
});

test('plain BMP text: offsets are equal', () => {
  const conv = offsetConverter('Iraq — العراق');
  for (let i = 0; i <= 13; i++) {
    assert.is(conv.toCodePoint(i), i);
    assert.is(conv.toUtf16(i), i);
  }
});

test('round trip on every boundary of a mixed string', () => {
  const text = '😀😀 x 👍🏽 مرحبا 🇮🇶 end';
  const conv = offsetConverter(text);
  const cps = Array.from(text);
  let u = 0;
  for (let c = 0; c <= cps.length; c++) {
    assert.is(conv.toUtf16(c), u);
    assert.is(conv.toCodePoint(u), c);
    u += c < cps.length ? cps[c]!.length : 0;
  }
});

test.run();

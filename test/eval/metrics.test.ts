import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Accuracy, ClassCounts, PRF, accuracy, f1Of, formatCell, formatTable, macroF1, prf } from '../../src/eval/metrics.js';

const close = (a: number, b: number, msg?: string): void => assert.ok(Math.abs(a - b) < 1e-9, msg ?? `${a} != ${b}`);

test('prf from counts', () => {
  const s = prf(3, 1, 2);
  close(s.p, 0.75);
  close(s.r, 0.6);
  close(s.f1, (2 * 0.75 * 0.6) / 1.35);
  assert.is(s.predicted, 4);
  assert.is(s.gold, 5);
});

test('empty denominators give 0, never NaN', () => {
  assert.equal(prf(0, 0, 0), { tp: 0, fp: 0, fn: 0, predicted: 0, gold: 0, p: 0, r: 0, f1: 0 });
  assert.is(f1Of(0, 0), 0);
  assert.is(accuracy(0, 0), 0);
  assert.is(JSON.stringify(prf(0, 0, 3)).includes('null'), false);
});

test('PRF accumulates micro counts and serialises', () => {
  const c = new PRF().add(1, 1, 0).addSizes(4, 3, 2);
  assert.is(c.tp, 3);
  assert.is(c.fp, 3);
  assert.is(c.fn, 1);
  close(c.precision, 0.5);
  close(c.recall, 0.75);
  close(c.f1, 0.6);
  assert.equal(JSON.parse(JSON.stringify({ c })).c.tp, 3);
  assert.throws(() => new PRF().addSizes(1, 5, 2), /exceeds/);
  const d = new PRF().add(1, 0, 0).merge(c);
  assert.is(d.tp, 4);
});

test('ClassCounts: observe, micro and macro', () => {
  const cc = new ClassCounts();
  cc.observe('claim', 'claim').observe('claim', 'premise').observe('premise', 'premise').observe(null, 'claim').observe('premise', null);
  const claim = cc.of('claim').scores();
  assert.equal([claim.tp, claim.fp, claim.fn], [1, 1, 1]);
  const premise = cc.of('premise').scores();
  assert.equal([premise.tp, premise.fp, premise.fn], [1, 1, 1]);
  close(cc.macro().f1, 0.5);
  close(cc.micro().f1, 0.5);
  const j = cc.toJSON();
  assert.equal(Object.keys(j.classes), ['claim', 'premise']);
});

test('macroF1 is the mean of class F1s', () => {
  const m = macroF1([prf(1, 0, 0), prf(0, 1, 1)]);
  close(m.f1, 0.5);
  close(m.p, 0.5);
  assert.equal(macroF1([]), { p: 0, r: 0, f1: 0 });
});

test('Accuracy counter', () => {
  const a = new Accuracy().add(true).add(false).add(true).add(true);
  close(a.value, 0.75);
  assert.equal(a.toJSON(), { correct: 3, total: 4, accuracy: 0.75 });
});

test('formatCell: integers, decimals, missing', () => {
  assert.is(formatCell(12), '12');
  assert.is(formatCell(0.5), '0.500');
  assert.is(formatCell(2 / 3, 2), '0.67');
  assert.is(formatCell(undefined), '-');
  assert.is(formatCell('x'), 'x');
});

test('formatTable aligns columns, no trailing spaces', () => {
  const t = formatTable(['metric', 'P', 'n'], [['boundaries', 0.5, 10], ['exact match', 1, 7]]);
  const lines = t.split('\n');
  assert.is(lines.length, 4);
  assert.is(lines[0], 'metric           P   n');
  assert.is(lines[1], '-----------  -----  --');
  assert.is(lines[2], 'boundaries   0.500  10');
  assert.is(lines[3], 'exact match      1   7');
  for (const l of lines) assert.is(l, l.trimEnd());
  // explicit alignment and ragged rows
  const u = formatTable(['a', 'b'], [['x'], ['yy', 'z']], { align: ['right', 'left'] });
  assert.is(u.split('\n')[2], ' x  -');
});

test.run();

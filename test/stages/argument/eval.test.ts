import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import type { ArgumentMap } from '../../../src/index.js';
import { runEval } from '../../../src/eval/index.js';
import { parseMicrotext } from '../../../src/eval/readers/microtexts.js';
import { alignUnits, evaluateArgument, evaluateWebDiscourse, goldPairs, scoreRelations } from '../../../src/eval/tasks/argument.js';
import { parseWebDiscourseDoc } from '../../../src/eval/readers/webdiscourse.js';
import { corpusTest } from '../../eval/_corpora.js';

// A microtext written for these tests: a thesis, a reason, a concession
// with a linked premise, and a rebuttal that undercuts the concession.
const TEXT = 'We should plant more trees. They cool the streets. Of course trees cost money and they need water. But the savings on air conditioning are larger.';
const XML =
  `<arggraph id="t1">` +
  `<edu id="e1"><![CDATA[We should plant more trees.]]></edu><edu id="e2"><![CDATA[They cool the streets.]]></edu>` +
  `<edu id="e3"><![CDATA[Of course trees cost money]]></edu><edu id="e4"><![CDATA[and they need water.]]></edu>` +
  `<edu id="e5"><![CDATA[But the savings on air conditioning are larger.]]></edu>` +
  `<adu id="a1" type="pro"/><adu id="a2" type="pro"/><adu id="a3" type="opp"/><adu id="a4" type="opp"/><adu id="a5" type="pro"/>` +
  `<edge id="s1" src="e1" trg="a1" type="seg"/><edge id="s2" src="e2" trg="a2" type="seg"/><edge id="s3" src="e3" trg="a3" type="seg"/>` +
  `<edge id="s4" src="e4" trg="a4" type="seg"/><edge id="s5" src="e5" trg="a5" type="seg"/>` +
  `<edge id="c1" src="a2" trg="a1" type="sup"/><edge id="c2" src="a3" trg="a1" type="reb"/>` +
  `<edge id="c3" src="a4" trg="c2" type="add"/><edge id="c4" src="a5" trg="c2" type="und"/>` +
  `</arggraph>`;
const doc = parseMicrotext(XML, TEXT, 't1');

test('gold pairs: und attacks the source of the edge it undercuts, add supports its co-premise', () => {
  assert.equal(
    goldPairs(doc).map((g) => [g.from, g.to, g.type, g.edge]),
    [
      ['a2', 'a1', 'support', 'sup'],
      ['a3', 'a1', 'attack', 'reb'],
      ['a4', 'a3', 'support', 'add'],
      ['a5', 'a3', 'attack', 'und'],
    ],
  );
});

test('alignment: a unit and an ADU align when they overlap by half of each', () => {
  const units = [
    { id: 'u1', start: 0, end: 27 }, // the thesis, exactly
    { id: 'u2', start: 28, end: 50 }, // "They cool the streets."
    { id: 'u3', start: 51, end: 98 }, // "Of course trees cost money and they need water." over a3 and a4
    { id: 'u4', start: 99, end: 146 },
  ];
  const { aduToUnit, unitToAdu } = alignUnits(doc, units);
  assert.is(aduToUnit.get('a1'), 'u1');
  assert.is(aduToUnit.get('a2'), 'u2');
  assert.is(unitToAdu.get('u4'), 'a5');
  // u3 (47 characters) holds all of a3 (26): half of each, so they align; a4 (20) is less than half of u3 and goes without a unit
  assert.is(unitToAdu.get('u3'), 'a3');
  assert.is(aduToUnit.get('a4'), undefined);
});

test('relation scores: direction kept, typed and untyped, each gold pair used once', () => {
  const map = new Map([
    ['u1', 'a1'],
    ['u2', 'a2'],
    ['u3', 'a3'],
    ['u5', 'a5'],
  ]);
  const gold = goldPairs(doc);
  const r = scoreRelations(
    gold,
    [
      { from: 'u2', to: 'u1', type: 'support' }, // right
      { from: 'u3', to: 'u1', type: 'support' }, // attached right, wrong type
      { from: 'u1', to: 'u5', type: 'attack' }, // reversed
      { from: 'u5', to: 'u3', type: 'attack' }, // right
      { from: 'u9', to: 'u1', type: 'support' }, // unaligned end
    ],
    map,
  );
  assert.equal(r.attachment, { tp: 3, fp: 2, fn: 1 });
  assert.equal(r.typed, { tp: 2, fp: 3, fn: 2 });
});

test('the three tasks on the fixture, with the analyzer itself', () => {
  const r = evaluateArgument((t) => analyze(t), [doc]);
  assert.is(r.centralClaim.rows[0]!.accuracy, 1);
  const att = r.relations.rows.find((x) => x.key === 'attachment')!;
  assert.ok(att.f1! >= 0.5, `attachment ${att.f1}`);
  const st = r.stance.rows.find((x) => x.key === 'stance.macro')!;
  assert.ok(st.f1! >= 0.75, `stance ${st.f1}`);
  assert.is(r.perText[0]!.centralClaim, true);
});

test('an analyzer that fails or returns nothing scores zero, not an exception', () => {
  const empty = (text: string): ArgumentMap => ({ ...analyze(''), text });
  const r = evaluateArgument(empty, [doc]);
  assert.is(r.centralClaim.rows[0]!.accuracy, 0);
  assert.is(r.relations.rows[0]!.tp, 0);
  const failing = (): ArgumentMap => {
    throw new Error('boom');
  };
  const f = evaluateArgument(failing, [doc]);
  assert.is(f.centralClaim.counts!.errors, 1);
});

test('runEval: central-claim, relations and stance are scored on an arg-microtexts folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'argmap-arg-'));
  const dir = join(root, 'corpus', 'en');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'micro_t1.txt'), TEXT);
  writeFileSync(join(dir, 'micro_t1.xml'), XML);
  const r = runEval(root, (t) => analyze(t));
  assert.equal(
    r.tasks.map((t) => [t.name, t.status]),
    [
      ['segmentation', 'done'],
      ['central-claim', 'done'],
      ['relations', 'done'],
      ['stance', 'done'],
    ],
  );
  assert.is(r.metrics['central-claim']!['central-claim.accuracy']!.accuracy, 1);
  assert.match(r.table, /macro-F1 over pro\/con/);
  const only = runEval(root, (t) => analyze(t), { task: 'stance' });
  assert.equal(only.tasks.map((t) => t.name), ['stance']);
});

test('web-discourse second opinion: thesis in the explicit claim, rebuttal units con', () => {
  const text = 'Homeschooling should be allowed. Some people say that homeschooled children lack friends. But they meet other children in clubs every week.';
  const d = parseWebDiscourseDoc({
    id: 'w1',
    text,
    docType: 'comment',
    topic: 'homeschooling',
    units: [
      { id: 'c1', start: 0, end: 32, type: 'claim', implicit: false },
      { id: 'r1', start: 33, end: 88, type: 'rebuttal', implicit: false },
      { id: 'f1', start: 89, end: text.length, type: 'refutation', implicit: false },
    ],
    relations: [
      { from: 'r1', to: 'c1', type: 'attack' },
      { from: 'f1', to: 'r1', type: 'attack' },
    ],
  });
  const r = evaluateWebDiscourse((t) => analyze(t), [d]);
  assert.is(r.rows.find((x) => x.key === 'thesis.accuracy')!.accuracy, 1);
  assert.is(r.rows.find((x) => x.key === 'stance.con')!.r, 1);
  assert.is(r.rows.find((x) => x.key === 'relations')!.r, 1);
});

corpusTest(test, 'corpus: the argument on the shared arg-microtexts (issue 5 targets, with a margin)', ['arg-microtexts'], (dir) => {
  const r = runEval(dir, (t) => analyze(t));
  const cc = r.metrics['central-claim']!['central-claim.accuracy']!.accuracy!;
  const att = r.metrics.relations!.attachment!.f1!;
  const typed = r.metrics.relations!.typed!.f1!;
  const stance = r.metrics.stance!['stance.macro']!.f1!;
  assert.ok(cc >= 0.83, `central claim ${cc}`);
  assert.ok(att >= 0.58, `attachment ${att}`);
  assert.ok(typed >= 0.55, `typed ${typed}`);
  assert.ok(stance >= 0.8, `stance ${stance}`);
});

test.run();

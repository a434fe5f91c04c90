import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { edgeTargetAdu, parseMicrotext, readMicrotext, readMicrotextsDir } from '../../src/eval/readers/microtexts.js';
import { parseXml } from '../../src/eval/readers/xml.js';
import { corpusTest } from './_corpora.js';

// A fixture written for these tests (not corpus text).
const TEXT = 'Cities should  plant more trees,\nsince shade cools the streets. Trees cost money, of course. But the savings on cooling pay for them & more.';
const XML = `<?xml version='1.0' encoding='UTF-8'?>
<!-- a hand-written graph -->
<arggraph id="fixture_1" topic_id="trees" stance="pro">
  <edu id="e1"><![CDATA[Cities should plant more trees,]]></edu>
  <edu id="e2"><![CDATA[since shade cools the streets.]]></edu>
  <edu id="e3"><![CDATA[Trees cost money, of course.]]></edu>
  <edu id="e4"><![CDATA[But the savings on cooling]]></edu>
  <edu id="e5">pay for them &amp; more.</edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="opp"/>
  <adu id="a4" type="pro"/>
  <edge id="c1" src="e1" trg="a1" type="seg"/>
  <edge id="c2" src="e2" trg="a2" type="seg"/>
  <edge id="c3" src="e3" trg="a3" type="seg"/>
  <edge id="c4" src="e5" trg="a4" type="seg"/>
  <edge id="c5" src="e4" trg="a4" type="seg"/>
  <edge id="c6" src="a2" trg="a1" type="sup"/>
  <edge id="c7" src="a3" trg="c6" type="und"/>
  <edge id="c8" src="a4" trg="a3" type="reb"/>
</arggraph>`;

test('xml: elements, attributes, CDATA, entities, errors', () => {
  const r = parseXml(`<a x="1" y='&lt;2&gt;'><b>t&#x41;&#66;&amp;</b><c/><![CDATA[<raw>]]></a>`);
  assert.is(r.name, 'a');
  assert.equal(r.attrs, { x: '1', y: '<2>' });
  assert.is(r.children[0]!.text, 'tAB&');
  assert.is(r.children[1]!.name, 'c');
  assert.is(r.text, '<raw>');
  assert.throws(() => parseXml('<a><b></a>'), /unexpected/);
  assert.throws(() => parseXml('<a>'), /unclosed/);
});

test('fixture: EDUs are located in the text despite whitespace differences', () => {
  const d = parseMicrotext(XML, TEXT);
  assert.is(d.id, 'fixture_1');
  assert.is(d.topic, 'trees');
  assert.is(d.stance, 'pro');
  assert.is(d.edus.length, 5);
  assert.equal(d.edus.map((e) => e.alignment), ['whitespace', 'exact', 'exact', 'exact', 'exact']);
  assert.is(TEXT.slice(d.edus[0]!.start, d.edus[0]!.end), 'Cities should  plant more trees,');
  assert.is(d.edus[4]!.text, 'pay for them & more.');
  assert.is(d.edus[4]!.end, TEXT.length);
  assert.equal(d.problems, []);
});

test('fixture: ADUs, joined EDUs, edges, central claim', () => {
  const d = parseMicrotext(XML, TEXT);
  assert.equal(d.adus.map((a) => [a.id, a.role]), [['a1', 'pro'], ['a2', 'pro'], ['a3', 'opp'], ['a4', 'pro']]);
  const a4 = d.adus.find((a) => a.id === 'a4')!;
  assert.equal(a4.edus, ['e4', 'e5']);
  assert.is(a4.spans.length, 2);
  assert.is(TEXT.slice(a4.start, a4.end), 'But the savings on cooling pay for them & more.');
  assert.is(d.centralClaim, 'a1');
  const und = d.edges.find((e) => e.type === 'und')!;
  assert.is(und.targetKind, 'edge');
  assert.is(edgeTargetAdu(d, und), 'a1');
  assert.is(d.edges.find((e) => e.id === 'c8')!.targetKind, 'adu');
});

test('fixture: problems are reported, not thrown', () => {
  const broken = XML.replace('trg="a1" type="sup"', 'trg="a9" type="sup"')
    .replace('<edge id="c8" src="a4" trg="a3" type="reb"/>', '').replace('<![CDATA[Trees cost money, of course.]]>', 'Bananas are yellow.');
  const d = parseMicrotext(broken, TEXT);
  assert.ok(d.problems.some((p) => /e3 not found/.test(p)));
  assert.ok(d.problems.some((p) => /unknown id "a9"/.test(p)));
  assert.ok(d.problems.some((p) => /one central claim, found 2/.test(p)));
  assert.is(d.centralClaim, null);
  assert.throws(() => parseMicrotext('<graph/>', TEXT), /arggraph/);
});

const MICRO = ['arg-microtexts', 'corpus', 'en'];

corpusTest(test, 'corpus: micro_b001', MICRO, (dir) => {
  const d = readMicrotext(`${dir}/micro_b001.xml`);
  assert.is(d.id, 'micro_b001');
  assert.is(d.edus.length, 5);
  assert.is(d.centralClaim, 'a5');
  const cc = d.adus.find((a) => a.id === d.centralClaim)!;
  assert.ok(d.text.slice(cc.start, cc.end).startsWith('We Berliners should'));
  assert.equal(d.problems, []);
  // the undercut targets an edge, the linked premise another edge
  assert.ok(d.edges.some((e) => e.type === 'und' && e.targetKind === 'edge'));
});

corpusTest(test, 'corpus: every EDU located, in order, equal to its XML text modulo whitespace', MICRO, (dir) => {
  const docs = readMicrotextsDir(dir);
  assert.is(docs.length, 112);
  const squash = (s: string): string => s.replace(/\s+/g, '');
  let edus = 0;
  let exact = 0;
  for (const d of docs) {
    assert.equal(d.problems, [], d.id);
    let prev = 0;
    for (const e of d.edus) {
      assert.is(squash(d.text.slice(e.start, e.end)), squash(e.text), `${d.id} ${e.id}`);
      assert.ok(e.start >= prev, `${d.id} ${e.id} out of order`);
      prev = e.end;
      edus++;
      if (e.alignment === 'exact') exact++;
    }
    // exactly one central claim, and it is an ADU
    assert.ok(d.centralClaim !== null && d.adus.some((a) => a.id === d.centralClaim), d.id);
    for (const a of d.adus) assert.ok(a.edus.length >= 1, `${d.id} ${a.id}`);
  }
  assert.is(edus, 576);
  assert.is(exact, 576);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { findParagraphs } from '../../../src/stages/segment/paragraphs.js';
import { check, readExample, texts } from '../../helpers/check.js';

const paras = (text: string): string[] => texts(text, findParagraphs(text));

test('blank lines separate paragraphs; whitespace-only lines count as blank', () => {
  assert.equal(paras('One.\n\nTwo.\n \t\nThree.'), ['One.', 'Two.', 'Three.']);
  assert.equal(paras('\n\n  One.  \n\n\n'), ['One.']);
});

test('CRLF and CR line breaks', () => {
  assert.equal(paras('One line.\r\n\r\nTwo line.\r\nstill two.'), ['One line.', 'Two line.\r\nstill two.']);
  assert.equal(paras('A.\r\rB.'), ['A.', 'B.']);
});

test('a lead-in line ending in a colon is its own paragraph even without a blank line', () => {
  const text = 'From NY Times:\nEVEN if American and Iraqi forces are able to win, there are still three worrisome possibilities.';
  assert.equal(paras(text), ['From NY Times:', 'EVEN if American and Iraqi forces are able to win, there are still three worrisome possibilities.']);
});

test('a title line above prose is its own paragraph', () => {
  const text = 'Why We Should Leave Iraq\nThe more that comes out about the clash, the more convinced I become that we should leave.';
  assert.equal(paras(text), ['Why We Should Leave Iraq', 'The more that comes out about the clash, the more convinced I become that we should leave.']);
});

test('hard-wrapped prose stays one paragraph; a short line that ends a sentence breaks it', () => {
  const text = [
    'The more that comes out about the Iraqi government clash with the Mahdi',
    'Army, the more convinced I become that we should not have been involved',
    'in any way, shape or form.',
    'Not only that, our continued presence there will increasingly be used as',
    'a political tool.',
  ].join('\n');
  assert.equal(paras(text).length, 2);
  assert.ok(paras(text)[0]!.endsWith('shape or form.'));
});

test('unwrapped lines (one line a paragraph, single newlines) are paragraphs', () => {
  const a = 'This paragraph is written on one long line as blogs and scrapers often produce them, with no wrapping at all, and it goes on.';
  const b = 'A second paragraph follows after a single newline, again a long line of prose without any hard wrapping inside it at all.';
  assert.equal(paras(`${a}\n${b}`), [a, b]);
});

test('paragraph kinds: short lines and the title', () => {
  const text = readExample('basra-power-struggle.txt');
  const map = check(analyze(text));
  assert.is(map.paragraphs.length, 14);
  assert.is(map.paragraphs[1]!.kind, 'line');
  assert.is(text.slice(map.paragraphs[1]!.start, map.paragraphs[1]!.end), 'From NY Times:');
  assert.is(map.paragraphs[13]!.kind, 'title');
  assert.is(map.meta.title, 'Politics Basra Power Struggle = Why We Should Leave Iraq');
  assert.ok(map.paragraphs.slice(2, 13).every((p) => p.kind === 'text'));
});

test('seed: the 14 paragraphs as blank lines give them', () => {
  const text = readExample('basra-power-struggle.txt');
  const p = paras(text);
  assert.is(p.length, 14);
  assert.ok(p[0]!.startsWith('The more that comes out'));
  assert.is(p[8], 'Hell, even Allahpundit doesn’t like what he’s seeing…');
  assert.is(p[12], 'Enough of this nonsense. Time to go.');
});

test.run();

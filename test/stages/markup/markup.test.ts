import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { detectFormat, readHtml, readMarkdown } from '../../../src/stages/markup/index.js';
import { check, texts } from '../../helpers/check.js';

test('the view keeps every offset: same length, markup blanked', () => {
  const html = '<p>Maliki said &ldquo;we will win&rdquo; &amp; left.</p><blockquote><p>It is over.</p><cite>NY Times</cite></blockquote>';
  const { view } = readHtml(html);
  assert.is(view.length, html.length);
  assert.ok(view.includes('Maliki said “'));
  assert.not.ok(/[<>]/.test(view));
});

test('HTML: paragraphs from block tags, spans into the original input', () => {
  const html = '<html><head><title>Why We Should Leave</title></head><body><p>The war is lost.</p><p>We should go home, because it is over.</p></body></html>';
  const map = check(analyze(html));
  assert.equal(texts(html, map.paragraphs), ['Why We Should Leave', 'The war is lost.', 'We should go home, because it is over.']);
  assert.equal(texts(html, map.units).slice(1), ['The war is lost.', 'We should go home', 'because it is over.']);
  assert.is(map.meta.title, 'Why We Should Leave');
});

test('HTML: blockquote, q and cite become markup quotations with their source', () => {
  const html = '<p>From the Times:</p><blockquote><p>The coalition controls the police.</p><p>That is a risk.</p><cite>NY Times</cite></blockquote><p>He called it <q>a mess</q>.</p>';
  const { quotes, view } = readHtml(html);
  assert.is(quotes.length, 2);
  const block = quotes.find((q) => q.kind === 'block')!;
  assert.is(view.slice(block.start, block.end).replace(/\s+/g, ' '), 'The coalition controls the police. That is a risk.');
  assert.is(block.cite?.name, 'NY Times');
  const q = quotes.find((x) => x.kind === 'direct')!;
  assert.is(html.slice(q.start, q.end), 'a mess');
});

test('HTML: a cite URL names the source by its host', () => {
  const { quotes } = readHtml('<blockquote cite="https://www.nytimes.com/2008/03/30/world/middleeast/30iraq.html"><p>Words.</p></blockquote>');
  assert.is(quotes[0]!.cite?.name, 'nytimes.com');
});

test('Markdown: > lines are one block quotation, with offsets into the input', () => {
  const md = 'Allahpundit writes:\n\n> I cringe every time I write about Basra.\n> Nobody knows who is allied with whom.\n>\n> Second paragraph.\n\nTime to go.';
  const { quotes, view } = readMarkdown(md);
  assert.is(view.length, md.length);
  assert.is(quotes.length, 1);
  assert.ok(md.slice(quotes[0]!.start, quotes[0]!.end).startsWith('I cringe'));
  assert.ok(md.slice(quotes[0]!.start, quotes[0]!.end).endsWith('Second paragraph.'));
  const map = check(analyze(md));
  assert.is(map.paragraphs.length, 4);
  assert.ok(texts(md, map.sentences).includes('I cringe every time I write about Basra.'));
});

test('format detection', () => {
  assert.is(detectFormat('<p>One</p><p>Two</p>'), 'html');
  assert.is(detectFormat('Plain text with a < sign and a > sign.'), 'text');
  assert.is(detectFormat('Intro:\n> quoted line'), 'markdown');
  const plain = '<p>One.</p> <p>Two.</p>';
  assert.is(check(analyze(plain, { format: 'text' })).paragraphs.length, 1);
  assert.is(check(analyze(plain)).paragraphs.length, 2);
});

test.run();

import entitiesData from '../../../data/html-entities.json' with { type: 'json' };
import { CODES, diagnostic } from '../../model/diagnostics.js';
import type { Span } from '../../model/types.js';
import type { Doc, Stage } from '../../pipeline/stage.js';

/**
 * Markup: reads HTML and Markdown on a copy of the text, the view, in which
 * markup is blanked out character for character (tags become spaces, or line
 * breaks where they end a block; `&amp;` becomes `&` and spaces; the `>` of a
 * Markdown quotation becomes a space). The view has the same length as the
 * text, so every offset found in it is an offset into the input, which is
 * never changed. Quotations the markup states are handed to the voices stage.
 */

export type Format = 'auto' | 'text' | 'markdown' | 'html';

/** A quotation stated by markup: `<blockquote>`, `<q>`, Markdown `>` lines. */
export interface MarkupQuote extends Span {
  kind: 'block' | 'direct';
  /** The quotation's source as the markup names it (`<cite>`, a `cite` URL's host). */
  cite?: { name: string; span?: Span };
  /** The tag or marker that says it (`<blockquote>`, `>`). */
  marker: Span;
}

const ENTITIES = (entitiesData as { entities: Record<string, string> }).entities;

const BLOCK_TAGS = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'thead', 'tbody', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'pre', 'hr', 'figure', 'figcaption', 'address', 'title', 'body', 'html', 'head']);
const HTML_HINT = /<\/?(?:p|div|br|blockquote|a|span|em|strong|b|i|q|cite|html|body|h[1-6]|li|ul|ol|img)\b[^<>]*>/gi;

/** The format to read the text in, when the caller says `auto`. */
export function detectFormat(text: string): Exclude<Format, 'auto'> {
  const tags = text.match(HTML_HINT);
  if (tags && (tags.length >= 2 || /^\s*<[a-z!]/i.test(text))) return 'html';
  if (/^ {0,3}>/m.test(text)) return 'markdown';
  return 'text';
}

/** Fills view[start, end) with `fill` then spaces, keeping the length. */
function blank(view: string[], start: number, end: number, fill = ''): void {
  for (let i = start; i < end; i++) view[i] = i - start < fill.length ? fill[i - start]! : ' ';
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff) return null;
    return String.fromCodePoint(cp);
  }
  return ENTITIES[body] ?? null;
}

const TAG = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function trimmed(view: string[], start: number, end: number): Span {
  while (start < end && /\s/.test(view[start]!)) start++;
  while (end > start && /\s/.test(view[end - 1]!)) end--;
  return { start, end };
}

function hostName(url: string): string | null {
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1]! : null;
}

export function readHtml(text: string): { view: string; quotes: MarkupQuote[]; title?: string } {
  const view = text.split('');
  const quotes: MarkupQuote[] = [];
  const open: Array<{ tag: string; start: number; end: number; cite?: string }> = [];
  const cites: Span[] = [];
  let title: string | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = (m[3] ?? m[1] ?? '').toLowerCase();
    const closing = m[2] === '/';
    if (name === 'br') blank(view, start, end, '\n');
    else if (BLOCK_TAGS.has(name) || name === 'script' || name === 'style') blank(view, start, end, '\n\n');
    else blank(view, start, end);
    if (name === 'blockquote' || name === 'q' || name === 'cite' || name === 'title') {
      if (!closing) {
        const cite = /\bcite\s*=\s*["']([^"']+)["']/i.exec(m[4] ?? '')?.[1];
        open.push({ tag: name, start, end, ...(cite ? { cite } : {}) });
        continue;
      }
      let k = open.length - 1;
      while (k >= 0 && open[k]!.tag !== name) k--;
      if (k < 0) continue;
      const o = open.splice(k, 1)[0]!;
      const inner = trimmed(view, o.end, start);
      if (name === 'cite') cites.push(inner);
      else if (name === 'title') title = view.slice(inner.start, inner.end).join('').replace(/\s+/g, ' ');
      else if (inner.end > inner.start) {
        const host = o.cite ? hostName(o.cite) : null;
        quotes.push({ ...inner, kind: name === 'q' ? 'direct' : 'block', marker: { start: o.start, end: o.end }, ...(host ? { cite: { name: host } } : {}) });
      }
    }
  }
  // entities, outside tags (tags are blank by now)
  const ENTITY = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    if (view[m.index] !== '&') continue;
    const ch = decodeEntity(m[1]!);
    if (ch !== null && ch.length <= m[0].length) blank(view, m.index, m.index + m[0].length, ch);
  }
  // a <cite> inside a block quotation, or just after it, names its source
  const v = view.join('');
  for (const q of quotes) {
    const c = cites.find((s) => (s.start >= q.start && s.end <= q.end) || (s.start >= q.end && /^\s*[-—–]*\s*$/.test(v.slice(q.end, s.start))));
    if (c) {
      q.cite = { name: v.slice(c.start, c.end).replace(/\s+/g, ' ').replace(/^[-—–\s]+/, ''), span: c };
      if (c.start >= q.start && c.end <= q.end) {
        // the quotation ends before its citation line
        const inner = trimmed(view, q.start, c.start);
        q.end = Math.max(q.start, inner.end);
        while (q.end > q.start && /[-—–\s]/.test(v[q.end - 1]!)) q.end--;
      }
    }
  }
  return { view: v, quotes, ...(title ? { title } : {}) };
}

/** Markdown (and e-mail) quotation lines: `> …`, nested `> > …`. */
export function readMarkdown(text: string): { view: string; quotes: MarkupQuote[] } {
  const view = text.split('');
  const quotes: MarkupQuote[] = [];
  const LINE = /^( {0,3}(?:> ?)+)(.*)$/gm;
  let cur: { start: number; end: number; marker: Span } | null = null;
  let lastLineEnd = -1;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    blank(view, start, start + m[1]!.length);
    const contiguous = cur && /^\r?\n$/.test(text.slice(lastLineEnd, start));
    if (!contiguous) {
      if (cur) quotes.push(close(cur));
      cur = { start, end, marker: { start, end: start + m[1]!.length } };
    } else cur!.end = end;
    lastLineEnd = end;
  }
  if (cur) quotes.push(close(cur));
  function close(c: { start: number; end: number; marker: Span }): MarkupQuote {
    return { ...trimmed(view, c.start, c.end), kind: 'block', marker: c.marker };
  }
  return { view: view.join(''), quotes: quotes.filter((q) => q.end > q.start) };
}

export const markupStage: Stage = {
  name: 'markup',
  requires: [],
  provides: ['view'],
  run(doc: Doc, ctx) {
    const asked = doc.format ?? ctx.options.format ?? 'auto';
    const format = asked === 'auto' ? detectFormat(doc.text) : asked;
    if (asked === 'text') {
      const tags = doc.text.match(HTML_HINT);
      if (tags && tags.length >= 3) {
        doc.report(diagnostic(CODES.LOOKS_LIKE_HTML, 'info', `The text contains ${tags.length} HTML tags but was analysed as plain text (format: "text").`));
      }
    }
    if (format === 'text') return;
    const read: { view: string; quotes: MarkupQuote[]; title?: string } = format === 'html' ? readHtml(doc.text) : readMarkdown(doc.text);
    doc.view = read.view;
    doc.scratch.markupQuotes = read.quotes;
    if (read.title) doc.map.meta.title = read.title;
    if (asked === 'auto') doc.report(diagnostic(CODES.FORMAT_DETECTED, 'info', `The text was read as ${format === 'html' ? 'HTML' : 'Markdown'} (detected; pass format "text" to read it as plain text).`));
  },
};

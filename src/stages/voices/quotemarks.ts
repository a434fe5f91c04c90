import type { Paragraph, Span } from '../../model/types.js';
import { isJsSpace } from './text.js';

/**
 * Quotation marks: pairs every opening mark with its closing mark, in every
 * style (“…” "…" ‘…’ '…' «…» „…“ ‹…›), nested, across sentences and across
 * paragraphs (a paragraph that opens a quotation and does not close it
 * continues into the next when that one opens with a quotation mark, the
 * typographic convention). Apostrophes (doesn’t, the parents’ house, ’90s)
 * are told apart from single quotation marks by their neighbours.
 */

export interface Quoted extends Span {
  /** Offsets of the opening and closing marks (the span lies between them). */
  open: number;
  close: number;
  /** End of the closing mark (`''` is two characters long). */
  closeEnd?: number;
  /** Nesting depth: 0 for a quotation in the author's text, 1 inside another. */
  depth: number;
  /** Number of paragraphs the quotation runs over. */
  paragraphs: number;
  /** The inner pieces when the quotation runs over several paragraphs (each paragraph's part). */
  parts?: Span[];
}

type Family = 'double' | 'single' | 'guillemet' | 'angle';

interface Open {
  family: Family;
  /** Closing characters that end this quotation. */
  closers: string;
  at: number;
  /** Length of the opening mark. */
  len: number;
  paragraph: number;
  parts: Span[];
  partStart: number;
}

const LETTER = /[\p{L}\p{N}]/u;
/** `/[\p{L}\p{N}]/u.test(c)` for one character, answered from its code for ASCII (most neighbours of a mark). */
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a) || (k >= 0x30 && k <= 0x39);
  return LETTER.test(c);
}
/** `/[\s\u200b]/.test(c)` for one character (or none), without a regex call. */
const isSpace = (c: string | undefined): boolean => c === undefined || isJsSpace(c.charCodeAt(0)) || c === '\u200b';
/** Characters after which a quotation may open. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,—–"“‘'«„]/;

function classify(view: string, i: number, len = 1): { role: 'open' | 'close' | 'either' | 'none'; family: Family } {
  // two apostrophes or two backquotes stand for a double quotation mark (``…'' and ''…'' in news wires)
  const c = len === 2 ? '"' : view[i]!;
  const prev = view[i - 1];
  const next = view[i + len];
  switch (c) {
    case '“':
      // in closing position, after a word or punctuation and before a space ("…here,“ said Clyburn), a mistyped closing mark
      if ((isLetter(prev) || (prev !== undefined && '.,!?…'.includes(prev))) && (next === undefined || isSpace(next) || /[.,;:!?)\]}—–]/.test(next))) return { role: 'either', family: 'double' };
      return { role: 'open', family: 'double' };
    case '”':
      // in opening position, after a space and before a word or an ellipsis ("” … what I learned", "”We"), a
      // mistyped opening mark: it closes a quotation that is open, else it opens one
      if (isSpace(prev) && (isLetter(next) || /^ ?(?:…|\.\.\.)/.test(view.slice(i + 1, i + 5)))) return { role: 'either', family: 'double' };
      return { role: 'close', family: 'double' };
    case '„':
      return { role: 'open', family: 'double' };
    case '«':
      return { role: 'open', family: 'guillemet' };
    case '»':
      return { role: 'close', family: 'guillemet' };
    case '‹':
      return { role: 'open', family: 'angle' };
    case '›':
      return { role: 'close', family: 'angle' };
    case '"': {
      const afterOk = prev === undefined || OPENS_AFTER.test(prev);
      const beforeOk = next === undefined || isSpace(next) || /[.,;:!?)\]}—–\-…'’]/.test(next);
      if (afterOk && !isSpace(next)) return { role: 'open', family: 'double' };
      if (beforeOk && !isSpace(prev)) return { role: 'close', family: 'double' };
      return { role: 'either', family: 'double' };
    }
    case '‘':
    case "'": {
      // an apostrophe between letters (don't), or eliding the start of a word ('90s, 'em)
      if (isLetter(prev) && isLetter(next)) return { role: 'none', family: 'single' };
      if (/^'?(?:\d\ds?|em|tis|twas|cause|til)\b/i.test(view.slice(i + 1, i + 6)) && (prev === undefined || isSpace(prev))) {
        return { role: 'none', family: 'single' };
      }
      if ((prev === undefined || OPENS_AFTER.test(prev)) && next !== undefined && !isSpace(next)) return { role: 'open', family: 'single' };
      if (c === "'" && !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]}—–…"”]/.test(next!))) return { role: 'close', family: 'single' };
      return { role: 'none', family: 'single' };
    }
    case '’': {
      if (isLetter(prev) && isLetter(next)) return { role: 'none', family: 'single' };
      if (!isSpace(prev) && (isSpace(next) || /[.,;:!?)\]}—–…"”]/.test(next!))) return { role: 'close', family: 'single' };
      return { role: 'none', family: 'single' };
    }
    default:
      return { role: 'none', family: 'double' };
  }
}

const CLOSERS: Record<Family, string> = { double: '”"“', single: '’\'‘', guillemet: '»«', angle: '›‹' };
const QUOTE_CHARS = /''|``|["“”„«»‹›‘’']/g;

function trimInner(view: string, start: number, end: number): Span {
  while (start < end && isSpace(view[start])) start++;
  while (end > start && isSpace(view[end - 1])) end--;
  return { start, end };
}

/**
 * A quotation built field by field, in one shape (object spreads with an
 * optional part made objects of many shapes, slow to build and to read).
 */
function quotation(inner: Span, open: number, close: number, closeEnd: number, depth: number, parts: Span[] | undefined): Quoted {
  const q: Quoted = { start: inner.start, end: inner.end, open, close, closeEnd, depth, paragraphs: parts ? parts.length : 1 };
  if (parts) q.parts = parts;
  return q;
}

/**
 * All quotations the marks of `view` delimit, sorted by start. Unclosed
 * quotations are dropped. Marks at the positions in `ignore` are not
 * quotation marks (paragraphs wrapped in quotes by a CSV export).
 */
export function findQuoted(view: string, paragraphs: readonly Paragraph[], ignore: ReadonlySet<number> = new Set()): Quoted[] {
  const out: Quoted[] = [];
  const stack: Open[] = [];
  let lastParagraph = -1;
  // the paragraph of each mark: the first that ends after it (`findSpanIndex`), found by a pointer that only
  // moves forward (the marks come in order)
  let p = 0;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(view); m; m = QUOTE_CHARS.exec(view)) {
    const i = m.index;
    const len = m[0].length;
    if (ignore.has(i)) continue;
    while (p < paragraphs.length && paragraphs[p]!.end <= i) p++;
    if (p !== lastParagraph) {
      // a new paragraph: quotations left open continue only if this paragraph opens with a quotation mark
      const para = paragraphs[p];
      const opensWithQuote = para !== undefined && para.start === i && /["“„«‘'`]/.test(view[i]!);
      if (stack.length) {
        if (opensWithQuote && lastParagraph >= 0 && p === lastParagraph + 1) {
          const prevPara = paragraphs[lastParagraph]!;
          // (a mark of another kind than the one that opened the quotation, a curly one in a passage quoted in
          // straight marks, continues it too, and opens a quotation inside it: "…⏎⏎“It never crossed my mind,” she said …")
          const sameMark = view[i] === view[stack[0]!.at];
          for (const o of stack) {
            o.parts.push(trimInner(view, o.partStart, prevPara.end));
          }
          for (const o of stack) o.partStart = sameMark ? i + len : i;
          lastParagraph = p;
          if (sameMark) continue; // the reopening mark at the paragraph start is the convention, not a new quotation
        } else stack.length = 0; // unclosed: dropped
      }
      lastParagraph = p;
    }
    const { role, family } = classify(view, i, len);
    if (role === 'none') continue;
    const ch = len === 2 ? '"' : view[i]!;
    const top = stack[stack.length - 1];
    const closesTop = top !== undefined && top.closers.includes(ch);
    if ((role === 'close' || role === 'either') && closesTop) {
      stack.pop();
      const parts = top.parts.length ? [...top.parts, trimInner(view, top.partStart, i)] : undefined;
      const inner = trimInner(view, top.at + top.len, i);
      if (inner.end > inner.start) out.push(quotation(inner, top.at, i, i + len, stack.length, parts));
      continue;
    }
    if (role === 'close') {
      // a closing mark of a quotation opened further down the stack closes the ones above it too
      const k = stack.findIndex((o) => o.closers.includes(ch));
      if (k >= 0 && family !== 'single') {
        const o = stack[k]!;
        stack.length = k;
        const inner = trimInner(view, o.at + o.len, i);
        if (inner.end > inner.start) out.push(quotation(inner, o.at, i, i + len, k, o.parts.length ? [...o.parts, trimInner(view, o.partStart, i)] : undefined));
      }
      continue;
    }
    // open (or an ambiguous straight mark with nothing to close)
    if (role === 'open' || role === 'either') {
      if (family === 'single' && stack.length === 0 && view[i] === "'" && role !== 'open') continue;
      stack.push({ family, closers: CLOSERS[family], at: i, len, paragraph: p, parts: [], partStart: i + len });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // depth from the quotations kept: one opened inside a quotation left unclosed (and dropped) is at the top level
  const holders: number[] = [];
  for (const q of out) {
    while (holders.length && holders[holders.length - 1]! <= q.open) holders.pop();
    q.depth = holders.length;
    holders.push(q.closeEnd ?? q.close + 1);
  }
  return out;
}

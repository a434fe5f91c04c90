import type { Paragraph } from '../../model/types.js';
import { isWhitespaceCode, trimSpan } from '../../model/span.js';

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  blank: boolean;
}

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;

/** Splits text into lines at LF, CRLF, CR, U+2028/2029 (a U+2029 also ends a paragraph). */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      out.push({ start, end: i, blank });
      if (c === 0x2029) out.push({ start: i + 1, end: i + 1, blank: true });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
      blank = true;
    } else if (blank && !isWhitespaceCode(c)) blank = false;
  }
  out.push({ start, end: text.length, blank });
  return out;
}

/** No one hard-wraps prose wider than this: lines longer than it are whole paragraphs. */
const MAX_WRAP = 120;
/** A line this short, standing alone, is a title, a lead-in or a sign-off rather than prose. */
const SHORT_LINE = 100;

const endsSentence = (s: string): boolean => /[.!?…]["”’»'\)\]]*$/.test(s);

/**
 * Decides whether the break between two consecutive non-blank lines of a
 * block is a paragraph break (true) or a hard wrap inside one paragraph.
 */
function isParagraphBreak(text: string, prev: Span2, next: Span2, width: number): boolean {
  const p = text.slice(prev.start, prev.end);
  const n = text.slice(next.start, next.end);
  // a lead-in ("From NY Times:", "Allahpundit writes:") stands on its own line
  if (/:$/.test(p) && p.length <= SHORT_LINE) return true;
  // a continuation in lower case (or after a hyphen or comma) is a wrap
  if (/^[a-z]/.test(n) || /[-,;]$/.test(p)) return false;
  // lines wider than anyone wraps at are paragraphs of their own
  if (width > MAX_WRAP) return true;
  // a title or heading line without final punctuation, followed by prose
  if (!endsSentence(p) && !/[,;:–—-]$/.test(p) && p.length < width * 0.6 && /^[^a-z]/.test(p)) return true;
  // the reflow rule: had the next line's first word fitted on this line, the writer broke it on purpose
  const firstWord = /^\S+/.exec(n)?.[0] ?? '';
  return endsSentence(p) && p.length + 1 + firstWord.length <= width;
}

interface Span2 {
  start: number;
  end: number;
}

/** Paragraphs: blocks of lines between blank lines, cut where a line break is a deliberate one. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const all = lines(text);
  let i = 0;
  while (i < all.length) {
    if (all[i]!.blank) {
      i++;
      continue;
    }
    const block: Span2[] = [];
    while (i < all.length && !all[i]!.blank) {
      const l = all[i]!;
      block.push(trimSpan(text, l.start, l.end));
      i++;
    }
    let width = 0;
    for (const l of block) width = Math.max(width, l.end - l.start);
    let first = 0;
    for (let k = 1; k <= block.length; k++) {
      if (k === block.length || isParagraphBreak(text, block[k - 1]!, block[k]!, width)) {
        const start = block[first]!.start;
        const end = block[k - 1]!.end;
        const single = k - first === 1;
        const kind = single && end - start <= SHORT_LINE && !endsSentence(text.slice(start, end)) ? 'line' : 'text';
        out.push({ start, end, kind });
        first = k;
      }
    }
  }
  return out;
}

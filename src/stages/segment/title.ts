import type { Paragraph } from '../../model/types.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'nor', 'so', 'yet', 'up', 'off', 'out', 'via']);

/** A line in title case: most words capitalised, small words aside. */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 20) return false;
  let capital = 0;
  let counted = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (SMALL_WORDS.has(bare.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(bare)) capital++;
  }
  return counted > 0 && capital / counted >= 0.75;
}

/**
 * The title line of a post: a short line in title case without final
 * punctuation or a lead-in colon, first or last in the text (scraped pages
 * often put it at the end). Returns the index of that paragraph, or -1.
 */
export function findTitle(text: string, paragraphs: readonly Paragraph[]): number {
  if (paragraphs.length < 2) return -1;
  for (const i of [0, paragraphs.length - 1]) {
    const p = paragraphs[i]!;
    if (p.kind !== 'line') continue;
    const line = text.slice(p.start, p.end);
    if (/[:.!?…,;]$/.test(line)) continue;
    if (isTitleCase(line)) return i;
  }
  return -1;
}

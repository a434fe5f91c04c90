import type { Span } from './types.js';

/** The text a span covers. */
export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const spanLength = (s: Span): number => s.end - s.start;

/** True when `inner` lies within `outer` (bounds included). */
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Number of code units two spans share. */
export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;

/** Whitespace as argmap understands it: ASCII and Unicode spaces, line breaks, zero-width space and BOM. */
export const isWhitespaceCode = isSpace;

/** Shrinks a span so that it neither starts nor ends with whitespace. An all-space span collapses to its start. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Index of the first element of a sorted array of numbers that is >= x (binary search). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of a sorted array of numbers that is > x: the number of elements <= x. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span in a sorted, non-overlapping list that ends after `pos` (binary search). */
export function findSpanIndex(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Small text tests shared by the voices rules, written to stop as soon as the
 * answer is known (a word count that only has to be compared with a small
 * limit, the last character of a line) instead of running a regex over the
 * whole string.
 */

/** Words as runs of letters and digits (`[\p{L}\p{N}]+`). */
export const PLAIN_WORD = /[\p{L}\p{N}]+/gu;
/** Words with their inner hyphens and apostrophes (`don't`, `al-Maliki`). */
export const JOINED_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * True when `s` holds at most `max` matches of the global regex `word`: the
 * same answer as `(s.match(word) ?? []).length <= max`, found without
 * reading past the match that exceeds the limit.
 */
export function atMostWords(s: string, max: number, word: RegExp): boolean {
  word.lastIndex = 0;
  let n = 0;
  while (word.exec(s)) {
    if (++n > max) {
      word.lastIndex = 0;
      return false;
    }
  }
  return true;
}

/** The characters JavaScript's `\s` matches (without the `u` flag these are the same set). */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Index just past the last character of view[start, end) that is not `\s`, or `start` if there is none. */
export function trimmedEnd(view: string, start: number, end: number): number {
  while (end > start && isJsSpace(view.charCodeAt(end - 1))) end--;
  return end;
}

/** `v` is one character of `chars` (`/^[…]$/.test(v)` for a class of single code units, without a regex call per token). */
export const oneOf = (v: string, chars: string): boolean => v.length === 1 && chars.includes(v);

const UPPER_START = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(v)`, answered from the first code unit for ASCII (most tokens) and by the regex otherwise. */
export function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START.test(v);
}

/** `w.endsWith('ing')`, from three code units (a builtin call per token otherwise). */
export function endsWithIng(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 0x67 && w.charCodeAt(n - 2) === 0x6e && w.charCodeAt(n - 3) === 0x69;
}

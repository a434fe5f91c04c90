/**
 * The actors stage reads the view string with its own word scanner rather
 * than wink-nlp's tokens: names glued to punctuation (`involved…al-Maliki's`,
 * `Iraq/Iran`), hyphenated particles (`al-Sadr`, `intra-Shia`), initialisms
 * (`U.S.`, `N.Y.`) and possessives (`Maliki’s`, `Kurds’`) come out the same
 * way whatever the tokeniser does with them. Each word keeps its offsets, a
 * folded key (lower case, no apostrophes, periods or diacritics) and the kind
 * of gap that separates it from the word before, which decides whether two
 * words may belong to one name.
 */

/** Flags of a word. */
export const CAP = 1; // first letter upper case
export const UPPER = 2; // two or more letters, all upper case
export const POSS = 4; // followed by a possessive 's / ’s / s’
export const INITIAL = 8; // opens a sentence, a quotation, or lies in a title-case line
export const LOWER = 16; // no upper-case letter
export const LETTER = 32; // holds a letter

/** What lies between a word and the one before it. */
export const GAP_SPACE = 0; // spaces, at most one line break
export const GAP_HYPHEN = 1; // a hyphen, no spaces
export const GAP_DOT = 2; // a period then spaces (after an initial or an abbreviation), or a period alone
export const GAP_BREAK = 3; // anything else: punctuation, a blank line, a possessive

export interface Words {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** The word as written, without a possessive ending. */
  raw: string[];
  /** Folded form: lower case, no apostrophes, periods or diacritics. */
  key: string[];
  flags: Uint8Array;
  /** Gap between word i-1 and word i (GAP_*); GAP_BREAK for the first word. */
  gap: Uint8Array;
  /** 1 when a line break lies between word i-1 and word i. */
  lineBefore: Uint8Array;
}

// Initialisms (U.S., N.Y, A.P.), words with inner apostrophes (Shi'ite, Da'wa,
// O'Reilly, Maliki’s), and the ampersand of names such as "Crooks & Liars".
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\u02bc][\p{L}\p{M}\p{N}]+)*|&/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const STRIP = /['’\u02bc.]/g;
const SPACE_GAP = /^[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*(?:\r?\n|\r)?[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*$/;
const DOT_GAP = /^\.[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The folded key of a word: lower case, apostrophes, periods and diacritics removed. */
export function fold(word: string): string {
  let s = word.toLowerCase().replace(STRIP, '');
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return s;
}

function classifyGap(g: string): number {
  if (g.length === 0) return GAP_HYPHEN;
  if (g.length === 1 && HYPHENS.has(g)) return GAP_HYPHEN;
  if (SPACE_GAP.test(g)) return GAP_SPACE;
  if (DOT_GAP.test(g)) return GAP_DOT;
  return GAP_BREAK;
}

const LINE_BREAK = /[\n\r\u2028\u2029\v\f\u0085]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Flags of a word from its characters (ASCII fast path). */
function flagsOf(raw: string): number {
  let f = 0;
  let letters = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let isUpper: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) isUpper = true;
      else if (c >= 97 && c <= 122) isUpper = false;
      else continue;
    } else {
      const ch = raw[i]!;
      const l = ch.toLowerCase();
      const u = ch.toUpperCase();
      if (l === u) continue;
      isUpper = ch === u;
    }
    letters++;
    if (isUpper) upper++;
    else lower++;
    if (letters === 1 && isUpper) f |= CAP;
  }
  if (letters > 0) f |= LETTER;
  if (letters >= 2 && lower === 0) f |= UPPER;
  if (upper === 0) f |= LOWER;
  return f;
}

/** Folded key, with a fast path for plain ASCII words. */
function keyOf(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127 || c === 39 || c === 46) return fold(w);
  }
  return w.toLowerCase();
}

const isPossessiveMark = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/** Scans `text` (the view) into words. */
export function scanWords(text: string): Words {
  const start: number[] = [];
  const end: number[] = [];
  const raw: string[] = [];
  const key: string[] = [];
  const flags: number[] = [];
  const gap: number[] = [];
  const lineBefore: number[] = [];
  WORD.lastIndex = 0;
  let prevEnd = -1;
  let prevPoss = false;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    const s = m.index;
    let e = s + w.length;
    let poss = false;
    const len = w.length;
    const last = w.charCodeAt(len - 1);
    if (last === 115 || last === 83) {
      if (len > 2 && isPossessiveMark(w.charCodeAt(len - 2))) {
        w = w.slice(0, -2);
        e -= 2;
        poss = true;
      } else if (len > 1 && isPossessiveMark(text.charCodeAt(e)) && !LETTER_OR_DIGIT.test(text[e + 1] ?? '')) {
        poss = true; // plural possessive: Kurds’
      }
    }
    let f = flagsOf(w);
    if (poss) f |= POSS;
    let g: number;
    let lb = 0;
    if (prevEnd < 0) g = GAP_BREAK;
    else {
      const d = s - prevEnd;
      const c = text.charCodeAt(prevEnd);
      if (d === 1 && c === 32) g = GAP_SPACE;
      else if (d === 1 && c === 45) g = GAP_HYPHEN;
      else {
        const between = text.slice(prevEnd, s);
        g = classifyGap(between);
        if (LINE_BREAK.test(between)) lb = 1;
      }
      if (prevPoss) g = GAP_BREAK;
    }
    gap.push(g);
    lineBefore.push(lb);
    start.push(s);
    end.push(e);
    raw.push(w);
    key.push(keyOf(w));
    flags.push(f);
    prevEnd = e;
    prevPoss = poss;
  }
  return {
    n: raw.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    raw,
    key,
    flags: Uint8Array.from(flags),
    gap: Uint8Array.from(gap),
    lineBefore: Uint8Array.from(lineBefore),
  };
}

/** Lower-case, hyphenated slug of a name, for entity ids. */
export function slug(name: string): string {
  return fold(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

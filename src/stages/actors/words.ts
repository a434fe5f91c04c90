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
}

// Initialisms (U.S., N.Y, A.P.), words with inner apostrophes (Shi'ite, Da'wa,
// O'Reilly, Maliki’s), and the ampersand of names such as "Crooks & Liars".
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\u02bc][\p{L}\p{M}\p{N}]+)*|&/gu;
const POSSESSIVE_END = /['’\u02bc][sS]$/;
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

function flagsOf(raw: string): number {
  let f = 0;
  let letters = 0;
  let upper = 0;
  let lower = 0;
  for (const ch of raw) {
    const l = ch.toLowerCase();
    const u = ch.toUpperCase();
    if (l === u) continue;
    letters++;
    if (ch === u) upper++;
    else lower++;
    if (letters === 1 && ch === u) f |= CAP;
  }
  if (letters > 0) f |= LETTER;
  if (letters >= 2 && lower === 0) f |= UPPER;
  if (upper === 0) f |= LOWER;
  return f;
}

/** Scans `text` (the view) into words. */
export function scanWords(text: string): Words {
  const start: number[] = [];
  const end: number[] = [];
  const raw: string[] = [];
  const key: string[] = [];
  const flags: number[] = [];
  const gap: number[] = [];
  WORD.lastIndex = 0;
  let prevEnd = -1;
  let prevPoss = false;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    const s = m.index;
    let e = s + w.length;
    let poss = false;
    if (w.length > 2 && POSSESSIVE_END.test(w)) {
      w = w.slice(0, -2);
      e -= 2;
      poss = true;
    } else if (w.length > 1 && (w.endsWith('s') || w.endsWith('S')) && /['’]/.test(text[e] ?? '') && !/[\p{L}\p{N}]/u.test(text[e + 1] ?? '')) {
      poss = true; // plural possessive: Kurds’
    }
    let f = flagsOf(w);
    if (poss) f |= POSS;
    gap.push(prevEnd < 0 || prevPoss ? GAP_BREAK : classifyGap(text.slice(prevEnd, s)));
    start.push(s);
    end.push(e);
    raw.push(w);
    key.push(fold(w));
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
  };
}

/** Lower-case, hyphenated slug of a name, for entity ids. */
export function slug(name: string): string {
  return fold(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

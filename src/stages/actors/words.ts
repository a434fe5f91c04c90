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
  /** Spelling id of each word (same characters, same id) and id of its key: valid while `epoch` is {@link spellingEpoch}(). */
  id: Int32Array;
  keyId: Int32Array;
  epoch: number;
}

// The pattern of a word, scanned by hand below (the regex is the specification):
//   \p{Lu}(?:\.\p{Lu})+\.?                                        initialisms: U.S., N.Y, A.P.
//   [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\u02bc][\p{L}\p{M}\p{N}]+)*   words, with inner apostrophes: Shi'ite, Da'wa, O'Reilly, Maliki’s
//   &                                                             the ampersand of names such as "Crooks & Liars"
// matched left to right, code point by code point, as the global /u regex would.
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const STRIP = /['’\u02bc.]/g;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The folded key of a word: lower case, apostrophes, periods and diacritics removed. */
export function fold(word: string): string {
  let s = word.toLowerCase().replace(STRIP, '');
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return s;
}

// Unicode classes of a code point, as bits.
const C_L = 1; // \p{L}
const C_LU = 2; // \p{Lu}
const C_M = 4; // \p{M}
const C_N = 8; // \p{N}
const C_KNOWN = 16; // the table entry is filled
const C_WIDE = 32; // (returned by classAt only) a surrogate pair: the code point takes two code units
const C_WORD = C_L | C_M | C_N;

const RE_L = /^\p{L}$/u;
const RE_LU = /^\p{Lu}$/u;
const RE_M = /^\p{M}$/u;
const RE_N = /^\p{N}$/u;

function classOf(ch: string): number {
  return (RE_L.test(ch) ? C_L : 0) | (RE_LU.test(ch) ? C_LU : 0) | (RE_M.test(ch) ? C_M : 0) | (RE_N.test(ch) ? C_N : 0) | C_KNOWN;
}

/** Classes of each UTF-16 code unit taken alone (a lone surrogate has none), filled on first use: no regex per character. */
const unitClasses = new Uint8Array(0x10000);
/** Classes of the astral code points met so far. */
const astralClasses = new Map<number, number>();

function unitClass(c: number): number {
  let k = unitClasses[c]!;
  if (k === 0) {
    k = classOf(String.fromCharCode(c));
    unitClasses[c] = k;
  }
  return k;
}

/** Classes of the code point at `i` (0 past the end), plus C_WIDE when it is a surrogate pair. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return unitClass(c);
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return unitClass(c);
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = astralClasses.get(cp);
  if (k === undefined) {
    k = classOf(String.fromCodePoint(cp));
    astralClasses.set(cp, k);
  }
  return k | C_WIDE;
}

// ASCII fast paths of the scan: 1 where a word may start (letter, digit, &), and for letters and digits.
const ASCII_START = new Uint8Array(128);
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_WORD[c] = 1;
  if (ASCII_WORD[c] || c === 38) ASCII_START[c] = 1;
}

const widthOf = (k: number): number => (k & C_WIDE ? 2 : 1);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/** End of the run of letters, marks and digits from `j` (ASCII ones tested by table, the rest by class). */
function wordCharsEnd(text: string, j: number): number {
  for (;;) {
    const c = text.charCodeAt(j); // NaN past the end: the class test below gives 0
    if (c < 128) {
      if (ASCII_WORD[c] === 0) return j;
      j++;
      continue;
    }
    const k = classAt(text, j);
    if (!(k & C_WORD)) return j;
    j += widthOf(k);
  }
}

/** End of the word that starts at `i`, or -1 when no word starts there (alternatives tried in the pattern's order). */
function wordEnd(text: string, i: number): number {
  const k = classAt(text, i);
  // an initialism: a capital, then at least one period-and-capital, then maybe a period
  if (k & C_LU) {
    let j = i + widthOf(k);
    let pairs = 0;
    while (text.charCodeAt(j) === 46) {
      const next = classAt(text, j + 1);
      if (!(next & C_LU)) break;
      j += 1 + widthOf(next);
      pairs++;
    }
    if (pairs > 0) return text.charCodeAt(j) === 46 ? j + 1 : j;
  }
  // a word: a letter or digit, then letters, marks and digits, with apostrophes inside
  if (k & (C_L | C_N)) {
    let j = wordCharsEnd(text, i + widthOf(k));
    while (isApostrophe(text.charCodeAt(j)) && classAt(text, j + 1) & C_WORD) j = wordCharsEnd(text, j + 1);
    return j;
  }
  if (text.charCodeAt(i) === 38) return i + 1; // &
  return -1;
}


/** Spaces a gap of GAP_SPACE may hold ([ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]). */
const isGapSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
/** Spaces a gap of GAP_DOT may hold after its period ([ \t\u00a0]). */
const isDotSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** text[a, b) is spaces with at most one line break (\n, \r\n or \r). */
function isSpaceGap(text: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && isGapSpace(text.charCodeAt(i))) i++;
  if (i < b && text.charCodeAt(i) === 13) {
    i++;
    if (i < b && text.charCodeAt(i) === 10) i++;
  } else if (i < b && text.charCodeAt(i) === 10) i++;
  while (i < b && isGapSpace(text.charCodeAt(i))) i++;
  return i === b;
}

/** text[a, b) is a period, then spaces with at most one line break (\n or \r\n). */
function isDotGap(text: string, a: number, b: number): boolean {
  if (text.charCodeAt(a) !== 46) return false;
  let i = a + 1;
  while (i < b && isDotSpace(text.charCodeAt(i))) i++;
  if (i + 1 < b && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
  else if (i < b && text.charCodeAt(i) === 10) i++;
  while (i < b && isDotSpace(text.charCodeAt(i))) i++;
  return i === b;
}

/** Kind of the gap text[a, b) between two words. */
function classifyGap(text: string, a: number, b: number): number {
  if (b === a) return GAP_HYPHEN;
  if (b - a === 1 && HYPHENS.has(text[a]!)) return GAP_HYPHEN;
  if (isSpaceGap(text, a, b)) return GAP_SPACE;
  if (isDotGap(text, a, b)) return GAP_DOT;
  return GAP_BREAK;
}

/** text[a, b) holds a line break ([\n\r\u2028\u2029\v\f\u0085]). */
function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12 || c === 0x85) return true;
  }
  return false;
}

/** Flags of a word from its characters (ASCII fast path). */
export function flagsOf(raw: string): number {
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

// The spellings met so far: each distinct word as written gets an integer id,
// once, with what depends only on its characters (its string, folded key and
// flags). A word seen before costs no slice, no lower-casing and no flags loop,
// its strings come back already hashed for the stage's maps and sets, and the
// stage can keep per-word facts in arrays indexed by id instead of string maps.
//
// An open-addressing hash table keyed by the characters of the text itself:
// `slots` holds id + 1 (0: empty), and each spelling's hash and characters
// sit in arrays by id (`spellingHash`, one `pool` of characters), dense and
// small enough to stay in cache; a lookup touches no string object. Ids stay valid for the whole scan of one text: the table
// grows within a scan if it must, and is reset only when a scan starts with it
// more than half full (memory stays bounded; `spellingGeneration` changes).
const BASE_SLOTS = 1 << 16;
let slots = new Int32Array(BASE_SLOTS);
let slotMask = BASE_SLOTS - 1;
let spellingCount = 0;
let spellingGeneration = 0;
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
/** Start of each spelling's characters in `pool` (its end is the next one's start). */
let poolStart = new Int32Array((BASE_SLOTS >> 1) + 1);
let spellingHash = new Int32Array(BASE_SLOTS >> 1);
const spellingRaw: string[] = [];
const spellingKey: string[] = [];
const spellingFlags: number[] = [];
/** Id of each spelling's folded key (`Iraq`, `IRAQ` and `iraq` share one). */
const spellingKeyId: number[] = [];
const keyIds = new Map<string, number>();

/** Counter that changes whenever spelling ids are reset: per-id caches must be dropped then. */
export const spellingEpoch = (): number => spellingGeneration;
/** Number of spelling ids and key ids given so far (bounds for arrays indexed by id). */
export const spellingIds = (): number => spellingCount;
export const keyIdCount = (): number => keyIds.size;

function resetSpellings(): void {
  slots = new Int32Array(BASE_SLOTS);
  slotMask = BASE_SLOTS - 1;
  spellingCount = 0;
  poolUsed = 0;
  spellingRaw.length = 0;
  spellingKey.length = 0;
  spellingFlags.length = 0;
  spellingKeyId.length = 0;
  keyIds.clear();
  spellingGeneration++;
}

/** Doubles the table (a text with more distinct words than it holds). */
function growSlots(): void {
  slots = new Int32Array(slots.length * 2);
  slotMask = slots.length - 1;
  for (let id = 0; id < spellingCount; id++) {
    let slot = spellingHash[id]! & slotMask;
    while (slots[slot] !== 0) slot = (slot + 1) & slotMask;
    slots[slot] = id + 1;
  }
}

/** FNV-1a hash of text[s, e). */
function hashOf(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Spelling `id` has the characters text[s, e). */
function sameChars(id: number, text: string, s: number, e: number): boolean {
  const a = poolStart[id]!;
  if (poolStart[id + 1]! - a !== e - s) return false;
  for (let i = s; i < e; i++) if (pool[a + i - s] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * A copy of text[s, e) that keeps no reference to `text`: the table outlives
 * the document, and V8 keeps substrings of 13 or more characters as views of
 * the whole string. Flattening a concatenation makes a fresh string.
 */
function detached(text: string, s: number, e: number): string {
  const sub = text.slice(s, e);
  return e - s < 13 ? sub : (' ' + sub).slice(1);
}

/** Id of the spelling of the word text[s, e). */
function spellingAt(text: string, s: number, e: number): number {
  const h = hashOf(text, s, e);
  let slot = h & slotMask;
  for (let id1 = slots[slot]!; id1 !== 0; id1 = slots[slot]!) {
    if (spellingHash[id1 - 1] === h && sameChars(id1 - 1, text, s, e)) return id1 - 1;
    slot = (slot + 1) & slotMask;
  }
  const id = addSpelling(text, s, e, h);
  slots[slot] = id + 1;
  if (spellingCount * 2 > slotMask) growSlots(); // keep the table at most half full
  return id;
}

/** Records a new spelling text[s, e) and returns its id. */
function addSpelling(text: string, s: number, e: number, hash: number): number {
  const id = spellingCount++;
  if (id + 2 > poolStart.length) poolStart = grow(poolStart, id + 2);
  if (id + 1 > spellingHash.length) spellingHash = grow(spellingHash, id + 1);
  spellingHash[id] = hash;
  if (poolUsed + (e - s) > pool.length) pool = grow(pool, poolUsed + (e - s));
  for (let i = s; i < e; i++) pool[poolUsed++] = text.charCodeAt(i);
  poolStart[id + 1] = poolUsed;
  const raw = detached(text, s, e);
  const key = keyOf(raw);
  let keyId = keyIds.get(key);
  if (keyId === undefined) {
    keyId = keyIds.size;
    keyIds.set(key, keyId);
  }
  spellingRaw.push(raw);
  spellingKey.push(key);
  spellingFlags.push(flagsOf(raw));
  spellingKeyId.push(keyId);
  return id;
}

/** Growable typed arrays for the scan (a word takes at least one code unit, so the text length bounds their number). */
function grow<T extends Int32Array | Uint16Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Scans `text` (the view) into words. */
export function scanWords(text: string): Words {
  if (spellingCount > BASE_SLOTS >> 2 || slots.length > BASE_SLOTS) resetSpellings();
  const cap = (text.length >> 2) + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  let lineBefore = new Uint8Array(cap);
  let ids = new Int32Array(cap);
  let keyId = new Int32Array(cap);
  const len = text.length;
  let n = 0;
  let prevEnd = -1;
  let prevPoss = false;
  for (let s = 0; s < len; ) {
    const c0 = text.charCodeAt(s);
    if (c0 < 128 && ASCII_START[c0] === 0) {
      s++;
      continue;
    }
    const wEnd = wordEnd(text, s);
    if (wEnd < 0) {
      s += widthOf(classAt(text, s));
      continue;
    }
    let e = wEnd;
    let poss = false;
    const wl = e - s;
    const last = text.charCodeAt(e - 1);
    if (last === 115 || last === 83) {
      if (wl > 2 && isApostrophe(text.charCodeAt(e - 2))) {
        e -= 2;
        poss = true;
      } else if (wl > 1 && isApostrophe(text.charCodeAt(e)) && !(e + 1 < len && unitClass(text.charCodeAt(e + 1)) & (C_L | C_N))) {
        poss = true; // plural possessive: Kurds’
      }
    }
    const id = spellingAt(text, s, e);
    let f = spellingFlags[id]!;
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
        g = classifyGap(text, prevEnd, s);
        if (hasLineBreak(text, prevEnd, s)) lb = 1;
      }
      if (prevPoss) g = GAP_BREAK;
    }
    if (n === start.length) {
      start = grow(start, n + 1);
      end = grow(end, n + 1);
      flags = grow(flags, n + 1);
      gap = grow(gap, n + 1);
      lineBefore = grow(lineBefore, n + 1);
      ids = grow(ids, n + 1);
      keyId = grow(keyId, n + 1);
    }
    gap[n] = g;
    lineBefore[n] = lb;
    start[n] = s;
    end[n] = e;
    flags[n] = f;
    ids[n] = id;
    keyId[n] = spellingKeyId[id]!;
    n++;
    prevEnd = e;
    prevPoss = poss;
    s = wEnd;
  }
  // the strings of each word, filled after the scan into arrays of the right size
  const raw = new Array<string>(n);
  const key = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    raw[i] = spellingRaw[ids[i]!]!;
    key[i] = spellingKey[ids[i]!]!;
  }
  // views, not copies: the arrays were sized for at most one word per four code units
  return {
    n,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    raw,
    key,
    flags: flags.subarray(0, n),
    gap: gap.subarray(0, n),
    lineBefore: lineBefore.subarray(0, n),
    id: ids.subarray(0, n),
    keyId: keyId.subarray(0, n),
    epoch: spellingGeneration,
  };
}

/** Lower-case, hyphenated slug of a name, for entity ids. */
export function slug(name: string): string {
  return fold(name)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

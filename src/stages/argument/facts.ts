import type { Tokens } from '../../nlp/base.js';
import type { ArgumentLexicon, Head } from './lexicon.js';

/**
 * What the argument stage asks of every token, worked out once per document
 * in one pass (the steps after it read a bit or a number instead of
 * comparing strings, running a regular expression or a lexicon lookup per
 * token and per list).
 */

/**
 * Bit flags of a token. A const enum: tsc writes the numbers in place, where
 * exported constants would be read through a module binding on every use
 * (measurably slower in the loops over every token).
 */
export const enum Flag {
  /** A word: not punctuation or a symbol, with a letter or a digit. */
  Word = 1,
  /** A verb or an auxiliary. */
  Verb = 2,
  /** Has an ASCII digit (a number, a year, a percentage). Set on words only. */
  Digit = 4,
  // The flags below come from the token's lower-case form alone (WORD_FLAGS, and the lexicon's Heads).
  /** A first-person pronoun (I, we, our, …). */
  FirstPerson = 1 << 4,
  /** A form of "be" (is, are, 's, …). */
  Be = 1 << 5,
  /** "be" itself. */
  BeBase = 1 << 6,
  /** do, does, did. */
  DoForm = 1 << 7,
  /** "do" itself. */
  Do = 1 << 8,
  /** need, needs. */
  Need = 1 << 9,
  To = 1 << 10,
  Let = 1 << 11,
  /** "us" or "'s" after "let". */
  LetObject = 1 << 12,
  /** not, n't, never, no. */
  Negation = 1 << 13,
  /** "n't". */
  Nt = 1 << 14,
  /** Modals that hedge a "need" (may, might, could). */
  HedgeNeed = 1 << 15,
  /** Modals that hedge a view reported (may, might, could, would). */
  HedgingModal = 1 << 16,
  /** Words an imperative may follow at the start of a unit (please, just, so, now, then). */
  BeforeImperative = 1 << 17,
  /** I, we: the author as a subject. */
  FirstPersonSubject = 1 << 18,
  Of = 1 << 19,
  /** Some phrase or marker starts with the token (the lexicon has a Head for it). */
  Head = 1 << 20,
  /** Some marker that counts inside a unit starts with the token. */
  InnerMarker = 1 << 21,
  /** A norm an actor may be the subject of, negated after it (should, must, ought, can). */
  NegatableNorm = 1 << 22,
  /** n't, not, never: what negates such a norm. */
  NotNever = 1 << 23,
  /** know, knows: a verb that does not end the look for a negated norm ("he knows he shouldn't"). */
  Know = 1 << 24,
}

/** The flags a word carries by its lower-case form (the lexicon gives each an id, and these flags by id). */
export const WORD_FLAGS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  const add = (words: string[], f: Flag): void => {
    for (const w of words) out[w] = (out[w] ?? 0) | f;
  };
  add(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'myself', 'ourselves'], Flag.FirstPerson);
  add(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am'], Flag.Be);
  add(['be'], Flag.BeBase);
  add(['do', 'does', 'did'], Flag.DoForm);
  add(['do'], Flag.Do);
  add(['need', 'needs'], Flag.Need);
  add(['to'], Flag.To);
  add(['let'], Flag.Let);
  add(["'s", 'us'], Flag.LetObject);
  add(['not', "n't", 'never', 'no'], Flag.Negation);
  add(["n't"], Flag.Nt);
  add(['may', 'might', 'could'], Flag.HedgeNeed);
  add(['may', 'might', 'could', 'would'], Flag.HedgingModal);
  add(['please', 'just', 'so', 'now', 'then'], Flag.BeforeImperative);
  add(['i', 'we'], Flag.FirstPersonSubject);
  add(['of'], Flag.Of);
  add(['should', 'must', 'ought', 'can'], Flag.NegatableNorm);
  add(["n't", 'not', 'never'], Flag.NotNever);
  add(['knows', 'know'], Flag.Know);
  return out;
})();

/** A word's length, first and last character, folded into 12 bits: most words outside the vocabulary differ from all of it in these. */
export function shapeOf(w: string): number {
  return (w.length * 961 + w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) & 4095;
}

/** What `\s` matches: ASCII white space, NBSP, the Unicode spaces, line and paragraph separators, BOM. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space in s only as single plain spaces: what `s.replace(/\s+/g, ' ')` leaves as it is. */
export function singleSpaced(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c) && (c !== 32 || (k > 0 && s.charCodeAt(k - 1) === 32))) return false;
  }
  return true;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export interface TokenFacts {
  /** Flags of each token (Flag bits). */
  flags: Uint32Array;
  /** Word id of each token in the lexicon's vocabulary (0: a word the stage never compares with). */
  ids: Int32Array;
  /** By word id, the phrases and markers that start with the word (the lexicon's headById). */
  headById: ReadonlyArray<Head | undefined>;
}

/**
 * Word and Digit of a token that is not punctuation, in one pass over the
 * characters of its lower-case form: a letter or a number anywhere (ASCII
 * decides at once, anything else goes to the Unicode test), an ASCII digit
 * (what `\d` matches). Lower-casing turns no other character into a letter
 * or a digit, nor a letter or a digit into another character, so the form
 * tells what the token as written would; reading it alone keeps the pass
 * over the tokens to one string each (the one hashed for the lexicon).
 */
function wordFlags(lower: string): number {
  let alnum = false;
  let other = false;
  let digit = false;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 97 && c <= 122) alnum = true;
    else if (c >= 48 && c <= 57) alnum = digit = true;
    else if (c >= 128) other = true;
  }
  if (!alnum && !(other && LETTER_OR_NUMBER.test(lower))) return 0;
  return digit ? Flag.Word | Flag.Digit : Flag.Word;
}

/** Three or more capitals A-Z and nothing else: emphasis when it carries a stance (NOT, NEVER); asked only of the few tokens that may be. */
export function allCaps(s: string): boolean {
  if (s.length < 3) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Word id of a lower-case form in the lexicon's vocabulary (0: not in it). */
function vocabularyId(lower: string, { vocab, shapes }: ArgumentLexicon): number {
  // a word of no shape of the vocabulary's is not in it: most are told so without a lookup
  return lower.length > 0 && shapes[shapeOf(lower)] ? (vocab.get(lower) ?? 0) : 0;
}

/**
 * What the stage makes of each wink-nlp lexeme's form, by lexeme id (see
 * Tokens.lexeme): its vocabulary id and its wordFlags, worked out the first
 * time the lexeme is met, for one lexicon (one wink-nlp instance).
 */
interface FormFacts {
  /** 1 + the vocabulary id; 0 until worked out. */
  idPlus1: Int32Array;
  word: Uint8Array;
}

const formFactsOf = new WeakMap<ArgumentLexicon, FormFacts>();

function formFacts(lex: ArgumentLexicon): FormFacts {
  let m = formFactsOf.get(lex);
  if (!m) {
    m = { idPlus1: new Int32Array(1 << 16), word: new Uint8Array(1 << 16) };
    formFactsOf.set(lex, m);
  }
  return m;
}

/** Works out lexeme `x`'s form facts from its lower-case form. */
function learnForm(m: FormFacts, x: number, lower: string, lex: ArgumentLexicon): void {
  if (x >= m.idPlus1.length) {
    const size = Math.max(x + 1, m.idPlus1.length * 2);
    const ids = new Int32Array(size);
    ids.set(m.idPlus1);
    const word = new Uint8Array(size);
    word.set(m.word);
    m.idPlus1 = ids;
    m.word = word;
  }
  m.word[x] = wordFlags(lower);
  m.idPlus1[x] = vocabularyId(lower, lex) + 1;
}

export function tokenFacts(t: Tokens, lex: ArgumentLexicon): TokenFacts {
  const { flagsById } = lex;
  const flags = new Uint32Array(t.length);
  const ids = new Int32Array(t.length);
  const forms = formFacts(lex);
  for (let i = 0; i < t.length; i++) {
    const pos = t.pos[i]!;
    const lower = t.lower[i]!;
    const x = t.lexeme[i]!;
    // a token split at a line break (no lexeme id) is worked out on its own
    if (x >= 0 && (x >= forms.idPlus1.length || forms.idPlus1[x] === 0)) learnForm(forms, x, lower, lex);
    const id = x >= 0 ? forms.idPlus1[x]! - 1 : vocabularyId(lower, lex);
    ids[i] = id;
    // a first-person word is always a word (letters only), as the other flags of its form
    let f = flagsById[id]!;
    if (pos !== 'PUNCT' && pos !== 'SYM') f |= x >= 0 ? forms.word[x]! : wordFlags(lower);
    else f &= ~Flag.FirstPerson;
    if (pos === 'VERB' || pos === 'AUX') f |= Flag.Verb;
    flags[i] = f;
  }
  return { flags, ids, headById: lex.headById };
}

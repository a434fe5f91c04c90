import type { Tokens } from '../../nlp/base.js';
import type { ArgumentLexicon, Head } from './lexicon.js';

/**
 * What the argument stage asks of every token, worked out once per document
 * in one pass (the steps after it read a bit or an array slot instead of
 * running a regular expression or a lexicon lookup per token and per list).
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
  /** Has an ASCII digit (a number, a year, a percentage). Digit, Caps and FirstPerson are set on words only. */
  Digit = 4,
  /** Three or more capitals A-Z and nothing else: emphasis when it carries a stance (NOT, NEVER). */
  Caps = 8,
  /** A first-person pronoun (I, we, our, …). */
  FirstPerson = 16,
}

const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'myself', 'ourselves']);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export interface TokenFacts {
  /** Flags of each token (Flag bits). */
  flags: Uint8Array;
  /** Per token, the phrases and markers that start with it (undefined when none does). */
  heads: Array<Head | undefined>;
}

/**
 * Word, Digit and Caps of a token that is not punctuation, in one pass over
 * its characters: a letter or a number anywhere (ASCII decides at once,
 * anything else goes to the Unicode test), an ASCII digit (what `\d`
 * matches), only capitals A-Z and at least three of them.
 */
function wordFlags(s: string): number {
  let alnum = false;
  let other = false;
  let digit = false;
  let caps = s.length >= 3;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) alnum = true;
    else {
      caps = false;
      if (c >= 97 && c <= 122) alnum = true;
      else if (c >= 48 && c <= 57) alnum = digit = true;
      else if (c >= 128) other = true;
    }
  }
  if (!alnum && !(other && LETTER_OR_NUMBER.test(s))) return 0;
  return Flag.Word | (digit ? Flag.Digit : 0) | (caps ? Flag.Caps : 0);
}

/** A first-person pronoun; the first letter rules out most words before the set is asked. */
function firstPerson(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c === 105 || c === 109 || c === 119 || c === 117 || c === 111) && FIRST_PERSON_WORDS.has(lower);
}

export function tokenFacts(t: Tokens, lex: ArgumentLexicon): TokenFacts {
  const flags = new Uint8Array(t.length);
  const heads = new Array<Head | undefined>(t.length);
  for (let i = 0; i < t.length; i++) {
    const pos = t.pos[i]!;
    const lower = t.lower[i]!;
    let f = pos !== 'PUNCT' && pos !== 'SYM' ? wordFlags(t.value[i]!) : 0;
    if (f & Flag.Word && firstPerson(lower)) f |= Flag.FirstPerson;
    if (pos === 'VERB' || pos === 'AUX') f |= Flag.Verb;
    flags[i] = f;
    heads[i] = lex.heads.get(lower);
  }
  return { flags, heads };
}

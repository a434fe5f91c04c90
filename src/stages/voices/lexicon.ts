import type { Tokens } from '../../nlp/base.js';
import { lowerBound } from '../../model/span.js';
import type { Resources } from '../../resources.js';

/**
 * What the reporting lexicon says of each token's word, looked up once per
 * token: the rules for reported speech then skip, with one read of a byte,
 * the many tokens no rule can start at (one lookup in one map instead of one
 * per word list, per rule).
 */

/** The word opens an attribution marker ("according" of "according to"). */
export const MARKER = 1;
/** The word is a reporting verb form or the first word of a reporting phrase. */
export const REPORTING = 2;
/** The word is a reporting noun ("claim", "warning"). */
export const REPORTING_NOUN = 4;
/** The word is the first word of a multi-word reporting verb ("pointed" of "pointed out"). */
export const PHRASE = 8;

/** The lexicon bits of a text's tokens. */
export interface TokenLexicon {
  /** The bits of every token (0 for most). */
  bits: Uint8Array;
  /** The indices of the tokens with any bit, in order: the rules visit these and not the others. */
  marked: Int32Array;
}

/** Word -> its bits, per resources (the lexicon is fixed once loaded). */
const lexicons = new WeakMap<Resources, Map<string, number>>();

function lexicon(r: Resources): Map<string, number> {
  let words = lexicons.get(r);
  if (!words) {
    const w = new Map<string, number>();
    const add = (word: string, bit: number): void => {
      w.set(word, (w.get(word) ?? 0) | bit);
    };
    for (const m of r.attributionBefore) if (m.length) add(m[0]!, MARKER);
    for (const word of r.reportingClass.keys()) add(word, REPORTING);
    for (const word of r.reportingPhrases.keys()) add(word, REPORTING | PHRASE);
    for (const word of r.reportingNouns) add(word, REPORTING_NOUN);
    words = w;
    lexicons.set(r, words);
  }
  return words;
}

/** The lexicon bits of every token of a text, and the list of the tokens that have any. */
export function tokenLexicon(t: Tokens, r: Resources): TokenLexicon {
  const words = lexicon(r);
  const bits = new Uint8Array(t.length);
  const marked = new Int32Array(t.length);
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const b = words.get(t.lower[i]!);
    if (b === undefined) continue;
    bits[i] = b;
    marked[n++] = i;
  }
  return { bits, marked: marked.subarray(0, n) };
}

/** Position in `lex.marked` of the first marked token at or after token `i`. */
export const firstMarked = (lex: TokenLexicon, i: number): number => lowerBound(lex.marked, i);

import type { Tokens } from '../../nlp/base.js';
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
    for (const word of r.reportingPhrases.keys()) add(word, REPORTING);
    for (const word of r.reportingNouns) add(word, REPORTING_NOUN);
    words = w;
    lexicons.set(r, words);
  }
  return words;
}

/** The lexicon bits of every token of a text (0 for most). */
export function tokenLexicon(t: Tokens, r: Resources): Uint8Array {
  const words = lexicon(r);
  const bits = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) bits[i] = words.get(t.lower[i]!) ?? 0;
  return bits;
}

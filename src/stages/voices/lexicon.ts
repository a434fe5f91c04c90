import { lowerBound } from '../../model/span.js';
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
/** The word is the first word of a multi-word reporting verb ("pointed" of "pointed out"). */
export const PHRASE = 8;
/** The word is a form of a verb that characterizes its object ("admires Putin as a “strong leader”"). */
export const CHARACTERIZING = 16;

/** The tokens of a text that the reporting lexicon knows (most tokens it does not). */
export interface TokenLexicon {
  /** Their indices, in order: the rules visit these tokens and not the others. */
  marked: number[];
  /** The bits of each, in step with `marked`. */
  bits: number[];
  /** The indices of the commas, in order (found in the same pass: the rules look for the next comma after a verb). */
  commas: number[];
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
    for (const word of r.characterizingForms.keys()) add(word, CHARACTERIZING);
    words = w;
    lexicons.set(r, words);
  }
  return words;
}

/**
 * The tokens of a text the lexicon knows, with their bits. (One lookup per
 * token: a test of the tags or of the word's ending first, to skip some
 * lookups, costs about as much as the lookup. Two short lists, not an array
 * per token: a tenth of the tokens are in the lexicon.)
 */
export function tokenLexicon(t: Tokens, r: Resources): TokenLexicon {
  const words = lexicon(r);
  const marked: number[] = [];
  const bits: number[] = [];
  const commas: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const low = t.lower[i]!;
    if (low === ',') {
      commas.push(i);
      continue;
    }
    const b = words.get(low);
    if (b === undefined) continue;
    marked.push(i);
    bits.push(b);
  }
  return { marked, bits, commas };
}

/** The first comma at or after token `from` and not after token `to`, or `to + 1` if there is none. */
export function firstComma(lex: TokenLexicon, from: number, to: number): number {
  const commas = lex.commas;
  const lo = lowerBound(commas, from);
  return lo < commas.length && commas[lo]! <= to ? commas[lo]! : Math.max(from, to + 1);
}

/** Position in `lex.marked` of the first marked token at or after token `i`. */
export function firstMarked(lex: TokenLexicon, i: number): number {
  return lowerBound(lex.marked, i);
}

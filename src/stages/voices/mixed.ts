import type { Tokens } from '../../nlp/base.js';
import type { Resources } from '../../resources.js';

/**
 * Mixed quotations: a sentence that runs into a quotation and closes with its attribution, "However laudable the
 * goal, using the capital gains tax ''is a misguided approach,'' said Mr. Burman", "Yet Trump is also a “change
 * agent,” Cole said". The words before the opening mark are the speaker's too, paraphrased: the report is the
 * clause up to the end of the quotation (PARC 3.0 and PolNeAR annotate it so), and the quoted words stay a direct
 * quotation inside it.
 */

/** Marks that keep a sentence's opening words out of the quotation's report: another quotation, a colon lead-in. */
const STOPS = new Set(['"', '“', '”', "''", '``', ':', ';']);

/**
 * Where the report of a quotation whose opening mark is token `open` begins, in the sentence starting at token
 * `first`: the sentence's start, or the word after a reporting verb in it ("placed a card in what he called a
 * “burn bag,”" → after "called"); -1 when fewer than two words stand before the mark or another quotation or a
 * colon stands among them.
 */
export function mixedStart(t: Tokens, first: number, open: number, r: Resources): number {
  let start = first;
  for (let k = first; k < open; k++) {
    if (STOPS.has(t.value[k]!)) return -1;
    if (t.pos[k] === 'VERB' && r.reportingClass.has(t.lower[k]!)) start = t.lower[k + 1] === 'that' ? k + 2 : k + 1;
  }
  while (start < open && t.pos[start] === 'PUNCT') start++;
  let words = 0;
  for (let k = start; k < open; k++) if (t.pos[k] !== 'PUNCT') words++;
  return words >= 2 ? start : -1;
}

import type { Span } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import type { Resources } from '../../resources.js';
import { make } from './speakers.js';
import type { Speaker } from './speakers.js';
import { endsWithIng } from './text.js';

/**
 * A report in a headline set in title case: `Rubio Says Abandoning
 * Immigration Reform Was A Sign Of Leadership`, `Pentagon Warns Of Cuts`.
 * wink-nlp tags every capitalised word of such a line a proper noun, so the
 * sentence rules do not see the verb; here the verb is found by its form
 * (a finite form of a verb of saying), the speaker is the words before it
 * and the content the words after it.
 */

export interface HeadlineReport {
  content: Span;
  speaker: Speaker;
  cue: Span;
}

/** A headline is a short line. */
const MAX_TOKENS = 30;
/** The speaker is at most this many words. */
const MAX_SPEAKER = 6;
/** Verb classes that report words or views. */
const REPORTING = new Set(['speech', 'writing', 'argument', 'announcement', 'belief', 'disagreement', 'agreement']);

const WORD_START = /^[\p{L}\p{N}]/u;
const CAPITAL_START = /^[\p{Lu}\p{N}]/u;
/** `/^[\p{L}\p{N}]/u.test(v)`, from the first code unit for ASCII (most tokens). */
const isWord = (v: string): boolean => {
  const c = v.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return WORD_START.test(v);
};
/** `/^[\p{Lu}\p{N}]/u.test(v)`, from the first code unit for ASCII. */
const capitalised = (v: string): boolean => {
  const c = v.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL_START.test(v);
};

/** A finite form: "Says", "Warns", "Said", "Told" (not "Saying", not the base form "Address" or "Discuss"). */
const finite = (low: string): boolean => !endsWithIng(low) && ((low.endsWith('s') && !low.endsWith('ss')) || low.endsWith('ed') || low === 'said' || low === 'told' || low === 'wrote');
/** Words that open a headline which is not "Speaker Verbs …": a question ("Why Clinton's Attacks …", "How Ryan Thinks …"). */
const NOT_SPEAKER = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);
/** After a past form, these make it a passive or an adjective ("FDIC Accused Of …", "Voters Worried About …"). */
const PASSIVE_NEXT = new Set(['of', 'about', 'by', 'over', 'with', 'as']);
/**
 * Function words before the verb that make it a noun or a bare form or part
 * of a longer verb ("Clinton's Attacks", "The Attacks", "Could Address",
 * "May Not Have Suggested"). A plural noun after a noun ("Paris Terror
 * Attacks Highlight …") is not told from a verb: such a headline is misread.
 */
const NOT_BEFORE_VERB = new Set(["'s", "'", 'could', 'would', 'may', 'might', 'will', 'can', 'should', 'must', 'to', 'not', 'the', 'a', 'an', 'have', 'has', 'had', 'be', 'been']);

/** Token k is a capitalised finite verb of saying ("Says", "Warns"). */
function headlineVerb(t: Tokens, k: number, r: Resources): boolean {
  if (!capitalised(t.value[k]!)) return false;
  const low = t.lower[k]!;
  const cls = r.reportingClass.get(low);
  return cls !== undefined && REPORTING.has(cls) && finite(low);
}

/** Some token where the speaker's verb may stand in the line [first, last] is a headline verb. */
function verbAhead(t: Tokens, first: number, last: number, r: Resources): boolean {
  for (let k = first + 1; k <= Math.min(last - 2, first + MAX_SPEAKER); k++) if (headlineVerb(t, k, r)) return true;
  return false;
}

/** The report in the line of tokens [first, last], when the line is a title-case headline with a verb of saying. */
export function headlineReport(view: string, t: Tokens, first: number, last: number, r: Resources): HeadlineReport | null {
  if (last < first || last - first + 1 > MAX_TOKENS) return null;
  // most lines have no capitalised verb of saying among their first words: they are ruled out before the
  // title-case count (the loop below looks at the same words)
  if (!verbAhead(t, first, last, r)) return null;
  // title case: most words of four letters or more are capitalised (short function words may not be)
  let long = 0;
  let upper = 0;
  for (let i = first; i <= last; i++) {
    const v = t.value[i]!;
    if (v.length < 4 || !isWord(v)) continue;
    long++;
    if (capitalised(v)) upper++;
  }
  if (long < 3 || upper < long * 0.8) return null;
  for (let k = first + 1; k <= Math.min(last - 2, first + MAX_SPEAKER); k++) {
    if (!headlineVerb(t, k, r)) continue;
    const low = t.lower[k]!;
    if (NOT_SPEAKER.has(t.lower[first]!) || NOT_BEFORE_VERB.has(t.lower[k - 1]!)) return null;
    if (low.endsWith('ed') && PASSIVE_NEXT.has(t.lower[k + 1]!)) return null;
    // a label before a colon ("Pat Caddell: Voters Worried …") is the colon rule's
    for (let i = first; i < k; i++) if (t.value[i] === ':') return null;
    // the speaker: every word before the verb capitalised, a name or a noun
    let ok = true;
    for (let i = first; i < k && ok; i++) ok = !isWord(t.value[i]!) || capitalised(t.value[i]!) || /^(of|the|and|for|in|on|at|to|de|al)$/.test(t.lower[i]!);
    if (!ok) return null;
    const speaker = make(view, t, first, k - 1);
    if (!speaker) return null;
    let c = k + 1;
    if (t.lower[c] === 'that') c++;
    let e = last;
    while (e > c && !isWord(t.value[e]!)) e--;
    let words = 0;
    for (let i = c; i <= e; i++) if (isWord(t.value[i]!)) words++;
    if (words < 2) return null;
    return { content: { start: t.start[c]!, end: t.end[e]! }, speaker, cue: { start: t.start[k]!, end: t.end[k]! } };
  }
  return null;
}

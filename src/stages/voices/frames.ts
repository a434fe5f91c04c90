import type { Span } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import type { Resources } from '../../resources.js';
import { sentenceSubject, subjectLike } from './reported.js';
import { AUTHOR_PRONOUNS, phraseBefore } from './speakers.js';
import type { Speaker } from './speakers.js';
import { endsWithIng } from './text.js';

/**
 * A short quotation that no report took in may still be someone's words: the
 * verb of saying, naming or judging that frames it stands a few words before
 * it in the same clause ("telling CNN that Trump is a “faker”", "called the
 * report “outrageous”", "vowing to “fight for every vote”"). The frame's
 * subject is the speaker and the words from the verb to the quotation's end
 * are the report. Without such a verb and a subject (or with the author as
 * subject) the quotation stays a scare quote.
 */

export interface Frame {
  /** From after the verb (and its "that") to the end of the quotation. */
  content: Span;
  speaker: Speaker;
  cue: Span;
  /** Token index of the verb. */
  verb: number;
}

/** How far before a quotation its framing verb may stand, in tokens. */
const REACH = 25;
/** Verb classes that frame someone's words (not perception: "saw a “miracle”" is the author's word). */
const FRAMING = new Set(['speech', 'writing', 'argument', 'announcement', 'agreement', 'disagreement', 'belief', 'question']);
/** Tokens that close the clause a verb governs: a frame never reaches across them. */
const CLAUSE_END = new Set([';', ':', '.', '!', '?', '(', ')', '—', '–']);

/** Prepositions that open the setting of a reporting act ("said on “Meet the Press”", "in an interview with “Fox News Sunday”"). */
const SETTING = new Set(['on', 'in', 'during', 'at', 'by', 'via', 'through']);

const isVerb = (t: Tokens, k: number): boolean => t.pos[k] === 'VERB' || t.pos[k] === 'AUX';

/** Does token k report, name or judge words (a verb of the reporting lexicon)? */
function framingVerb(r: Resources, t: Tokens, k: number): boolean {
  if (!isVerb(t, k)) return false;
  const low = t.lower[k]!;
  if (r.namingForms.has(low)) return true;
  const cls = r.reportingClass.get(low);
  return cls !== undefined && FRAMING.has(cls) && !r.factiveForms.has(low);
}

/**
 * The frame of a quotation whose first token is `qa` and last `qz`, in the
 * sentence that starts at token `first`; `taken(i)` says whether token i lies
 * in another quotation or report (a frame does not reach into it).
 */
export function frameOf(view: string, t: Tokens, first: number, qa: number, qz: number, r: Resources, taken: (i: number) => boolean): Frame | null {
  let k = qa - 1;
  while (k >= first && /^["“”'‘’«»]+$/.test(t.value[k]!)) k--;
  for (const stop = Math.max(first, qa - REACH); k >= stop; k--) {
    if (CLAUSE_END.has(t.value[k]!) || taken(k)) return null;
    if (framingVerb(r, t, k)) break;
  }
  if (k < first || k < qa - REACH || !framingVerb(r, t, k)) return null;
  // the subject: the phrase before the verb, else the sentence's ("…, saying", "… and called")
  let sp: Speaker | null = null;
  const prev = t.value[k - 1];
  if (k > first && prev !== ',' && t.pos[k - 1] !== 'CCONJ' && !endsWithIng(t.lower[k]!)) {
    const found = phraseBefore(view, t, k - 1, first);
    if (found && subjectLike(t, found, first)) sp = found;
  }
  sp ??= sentenceSubject(view, t, first, k);
  if (!sp || (sp.pronoun && AUTHOR_PRONOUNS.has(t.lower[sp.first]!))) return null;
  // a named speaker or a personal pronoun: "possibilities that could … deny the United States any “victory”" frames nobody's words
  if (!sp.proper && !sp.pronoun) return null;
  // a passive ("was said to be “furious”", "being asked") names no speaker before it
  if (k > first && /^(is|are|was|were|be|been|being)$/.test(t.lower[k - 1]!)) return null;
  let c = k + 1;
  // "said on “Meet the Press”", "told CNN’s “State of the Union”": a quoted title in the setting of the act frames no words
  if (SETTING.has(t.lower[c]!) || (t.pos[c] === 'PROPN' && SETTING.has(t.lower[c + 1] ?? '') && !t.lower[c + 2]?.match(/^["“”'‘’]/))) return null;
  if (t.lower[c] === 'that') c++;
  // "while chanting, “Hands up …”": the punctuation after the verb is no part of the report
  while (c < qa && (t.value[c] === ',' || t.value[c] === ':' || /^["“”'‘’«»]+$/.test(t.value[c]!))) c++;
  // (the report ends with the quotation's closing mark)
  const end = t.end[qz + 1 < t.length && /^["“”'‘’«»]+$/.test(t.value[qz + 1]!) ? qz + 1 : qz]!;
  return { content: { start: t.start[Math.min(c, qa)]!, end }, speaker: sp, cue: { start: t.start[k]!, end: t.end[k]! }, verb: k };
}

import type { Span } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import type { Resources } from '../../resources.js';
import { possessive, sentenceSubject, subjectLike } from './reported.js';
import { byAuthor, phraseBefore } from './speakers.js';
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

/** A token made only of quotation marks. */
const QUOTE_MARKS = /^["“”'‘’«»]+$/;
/** Forms of "be" before a verb that make it a passive ("was said to be “furious”"). */
const BE = /^(is|are|was|were|be|been|being)$/;

const isVerb = (t: Tokens, k: number): boolean => t.pos[k] === 'VERB' || t.pos[k] === 'AUX';

/** Does token k report, name or judge words (a verb of the reporting lexicon)? */
function framingVerb(r: Resources, t: Tokens, k: number): boolean {
  if (!isVerb(t, k)) return false;
  const low = t.lower[k]!;
  // "the so-called “moderates”": the writer's distance, nobody's words
  if (t.lower[k - 1] === 'so' || (t.value[k - 1] === '-' && t.lower[k - 2] === 'so')) return false;
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
  const term = termFrame(view, t, first, qa, qz, r, taken);
  if (term) return term;
  let k = qa - 1;
  while (k >= first && QUOTE_MARKS.test(t.value[k]!)) k--;
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
  if (!sp || byAuthor(t, sp)) return null;
  // a named speaker or a personal pronoun: "possibilities that could … deny the United States any “victory”" frames nobody's words
  if (!sp.proper && !sp.pronoun) return null;
  // a passive ("was said to be “furious”", "being asked") names no speaker before it
  if (k > first && BE.test(t.lower[k - 1]!)) return null;
  let c = k + 1;
  // "said on “Meet the Press”", "told CNN’s “State of the Union”": a quoted title in the setting of the act frames no words
  if (SETTING.has(t.lower[c]!) || (t.pos[c] === 'PROPN' && SETTING.has(t.lower[c + 1] ?? '') && !t.lower[c + 2]?.match(/^["“”'‘’]/))) return null;
  if (t.lower[c] === 'that') c++;
  // "while chanting, “Hands up …”": the punctuation after the verb is no part of the report
  while (c < qa && (t.value[c] === ',' || t.value[c] === ':' || QUOTE_MARKS.test(t.value[c]!))) c++;
  // (the report ends with the quotation's closing mark)
  const end = t.end[qz + 1 < t.length && QUOTE_MARKS.test(t.value[qz + 1]!) ? qz + 1 : qz]!;
  return { content: { start: t.start[Math.min(c, qa)]!, end }, speaker: sp, cue: { start: t.start[k]!, end: t.end[k]! }, verb: k };
}

/** Parts of speech between a verb and the noun of wording it governs ("used the new phrase", "ran on the slogan"). */
const TERM_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PRON', 'NUM']);

/**
 * A quotation right after a noun of wording (`r.termNouns`): "Trump has used the phrase “Islamic terrorism”",
 * "chants of “USA! USA!”", "Trump’s signature slogan, “Make America Great Again.”" The wording is the noun's
 * possessor's, else the subject's of the verb before the noun; the quotation is the whole report.
 */
function termFrame(view: string, t: Tokens, first: number, qa: number, qz: number, r: Resources, taken: (i: number) => boolean): Frame | null {
  let k = qa - 1;
  while (k >= first && QUOTE_MARKS.test(t.value[k]!)) k--;
  if (t.value[k] === ',' || t.value[k] === ':') k--;
  if (t.lower[k] === 'of') k--;
  if (k < first || !r.termNouns.has(t.lower[k]!) || t.pos[k] !== 'NOUN') return null;
  const whole = (sp: Speaker, verb: number): Frame => ({ content: { start: t.start[qa]!, end: t.end[qz]! }, speaker: sp, cue: { start: t.start[verb]!, end: t.end[verb]! }, verb });
  // the possessor: "Trump’s signature slogan", "their chants of"
  let d = k - 1;
  while (d > first && (t.pos[d] === 'ADJ' || t.pos[d] === 'NOUN')) d--;
  if (d > first && possessive(t.value[d]!)) {
    const owner = phraseBefore(view, t, d - 1, first);
    if (owner && owner.proper) return whole(owner, k);
  }
  // the verb before the noun phrase, and its subject
  let v = d;
  while (v >= first && v > k - 8 && TERM_PHRASE.has(t.pos[v]!) && !taken(v)) v--;
  if (v < first || t.pos[v] !== 'VERB' || taken(v)) return null;
  if (v > first && BE.test(t.lower[v - 1]!)) return null;
  let sp: Speaker | null = null;
  if (t.pos[v - 1] !== 'CCONJ' && t.value[v - 1] !== ',' && !endsWithIng(t.lower[v]!)) {
    const found = phraseBefore(view, t, v - 1, first);
    if (found && subjectLike(t, found, first)) sp = found;
  }
  sp ??= sentenceSubject(view, t, first, v);
  if (!sp || byAuthor(t, sp) || (sp.pronoun && t.lower[sp.first] === 'it')) return null;
  return whole(sp, v);
}

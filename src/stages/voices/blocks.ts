import leadInsData from '../../../data/lead-ins.json' with { type: 'json' };
import registerData from '../../../data/register.json' with { type: 'json' };
import type { Cue, Paragraph, Span } from '../../model/types.js';
import { tokenAt } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import { isJsSpace, trimmedEnd } from './text.js';

/**
 * Block quotations without markup: a lead-in naming a source (`From NY
 * Times:`, `Allahpundit writes:`, `Hell, even Allahpundit doesn't like what
 * he's seeing…`) followed by one or more paragraphs in another voice, up to
 * where the author's voice returns. The end is decided from evidence in each
 * following paragraph (a rhetorical question, first or second person the
 * quoted text does not use, informal register, a new lead-in, the title line,
 * a sign-off), and the cue that decided it is recorded.
 */

interface LeadInData {
  openers: Array<{ text: string; position: string; source: string; then: string; comma?: boolean; credit?: boolean }>;
  prefixes: string[];
  verbs: Array<{ lemma: string; forms: string[]; inverted?: boolean }>;
  sourceless: Array<{ text: string; role: string; genericSource?: string }>;
  documentNouns: string[];
  documentDeterminers: string[];
  terminators: string[];
  signoffs: Array<{ text: string; match: string }>;
}

const DATA = leadInsData as unknown as LeadInData;
const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const OPENERS = DATA.openers.filter((o) => o.position === 'start' || o.credit).map((o) => ({ ...o, text: norm(o.text) })).sort((a, b) => b.text.length - a.text.length);
const PREFIXES = DATA.prefixes.map(norm).sort((a, b) => b.length - a.length);
const VERB_FORMS = DATA.verbs.flatMap((v) => v.forms.map(norm)).sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any lead-in verb form as a whole word, longest first (compiled once). */
const VERB_RE = new RegExp(`(^|\\s)(?:${VERB_FORMS.map(escape).join('|')})(?=\\s|:|,|…|$)`, 'g');
const SOURCELESS = DATA.sourceless.filter((s) => s.role === 'lead-in').map((s) => ({ ...s, text: norm(s.text) }));
const SIGNOFFS = DATA.signoffs.map((s) => ({ ...s, text: norm(s.text) }));
const DOC_NOUNS = new Set(DATA.documentNouns.map(norm));

export interface LeadIn {
  /** The lead-in sentence or line. */
  span: Span;
  /** The source as the lead-in names it, or null (`Money quote:`). */
  source: { name: string; mention: Span } | null;
  /** Paragraph index of the lead-in. */
  paragraph: number;
  shape: string;
}

export interface Block extends Span {
  leadIn: LeadIn;
  /** First and last paragraph (inclusive). */
  first: number;
  last: number;
  /** What showed the author's voice returning (or `end of text`). */
  endCue: Cue;
}

/**
 * The text of [start, end) ends, before any trailing `\s`, with a lead-in's
 * terminator (`/(?::|…|\.\.\.|,)\s*$/` read from the end instead of tried at
 * every position of the line).
 */
function endsWithTerminator(view: string, start: number, end: number): boolean {
  const e = trimmedEnd(view, start, end);
  if (e === start) return false;
  const c = view[e - 1];
  if (c === ':' || c === '…' || c === ',') return true;
  return c === '.' && e - 3 >= start && view[e - 2] === '.' && view[e - 3] === '.';
}

/** The text of [start, end) ends with a colon before any trailing `\s` (`/:\s*$/`). */
function endsWithColon(view: string, start: number, end: number): boolean {
  const e = trimmedEnd(view, start, end);
  return e > start && view[e - 1] === ':';
}

const PARTICLES = '(?:al|el|bin|ibn|de|del|da|di|van|von|der|la|le|of|the|and|for|on|du|abu|abd|bint)';
const NAME_WORD = `(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'’-]*|(?:al|el|ad|ar|as|an|at|az|ash)-[\\p{L}\\p{M}'’-]+)`;
const NAME = new RegExp(`^(?:(?:the|The|THE)\\s+)?${NAME_WORD}(?:\\s+(?:${PARTICLES}\\s+)*${NAME_WORD})*`, 'u');
const DOC_NAME = new RegExp(`^(?:${DATA.documentDeterminers.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?:\\S+\\s+){0,2}?(?:${[...DOC_NOUNS].map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');

/** The source's name at the start of [start, end): a capitalised name (`NY Times`, `Patrick Cockburn`, `the AP`) or a document (`the article`). */
function sourceSpan(view: string, start: number, end: number): Span | null {
  let s = start;
  while (s < end && /\s/.test(view[s]!)) s++;
  const rest = view.slice(s, end);
  const doc = DOC_NAME.exec(rest);
  if (doc) {
    // "the statement from ISAF headquarters": the source is whose document it is
    const by = /^\s+(?:from|by|of)\s+/i.exec(rest.slice(doc[0].length));
    if (by) {
      const inner = sourceSpan(view, s + doc[0].length + by[0].length, end);
      if (inner) return inner;
    }
  }
  const m = NAME.exec(rest) ?? doc;
  if (!m) return null;
  let name = m[0].replace(/(?:['’]s?)$/, '');
  name = name.replace(/\s+(?:the|of|and|for|on)$/i, '');
  if (!name || /^(?:the|The|THE)$/.test(name)) return null;
  // a leading article is not part of the name ("the AP" -> "AP"), unless it is all there is before a document noun
  const article = /^(?:the|The|THE)\s+/.exec(name);
  if (article && m !== doc) return { start: s + article[0].length, end: s + name.length };
  return { start: s, end: s + name.length };
}

/** True when a lead-in verb form starts right after the source (past adverbs: "As X noted,", "X has more:"). */
function verbFollows(view: string, at: number, end: number): boolean {
  const rest = norm(view.slice(at, end)).replace(/^(?:also|just|recently|rightly|correctly|aptly|once|famously|today|yesterday)\s+/, '');
  return VERB_FORMS.some((v) => rest.startsWith(v) && /^(?:\s|:|,|…|\.\.\.|$)/.test(rest.slice(v.length)));
}

/**
 * For every k, the position in the view of character k of the line `span`
 * as `norm` reads it (leading spaces skipped, a run of spaces one
 * character); the last entry is where the walk leaves the line.
 */
function normalisedPositions(view: string, span: Span): number[] {
  const out: number[] = [];
  let i = span.start;
  while (i < span.end && isJsSpace(view.charCodeAt(i))) i++;
  out.push(i);
  while (i < span.end) {
    if (isJsSpace(view.charCodeAt(i))) while (i + 1 < span.end && isJsSpace(view.charCodeAt(i + 1))) i++;
    i++;
    out.push(i);
  }
  return out;
}

const FIRST_PERSON_SOURCE = /^(?:i|me|we|us|my|our|myself)$/i;

/** Reads a lead-in from one line or sentence; null when it is not one. */
export function readLeadIn(view: string, span: Span, paragraph: number, strict: boolean): LeadIn | null {
  if (!endsWithTerminator(view, span.start, span.end)) return null;
  const line = view.slice(span.start, span.end);
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words > 30) return null;
  const low = norm(line);
  const endsComma = /,\s*$/.test(line);
  // skip prefixes ("Hell,", "even")
  let offset = 0;
  let even = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      if (low.startsWith(p, offset) && (low.length === offset + p.length || /[\s,]/.test(low[offset + p.length]!) || p.endsWith(','))) {
        if (p === 'even') even = true;
        offset += p.length;
        while (low[offset] === ' ') offset++;
        changed = true;
        break;
      }
    }
  }
  // position in the view of character k of the normalised line (a table made once, when first needed:
  // walking the line from its start on every question was quadratic for long lines)
  let positions: number[] | null = null;
  const at = (k: number): number => {
    positions ??= normalisedPositions(view, span);
    return positions[Math.min(k, positions.length - 1)]!;
  };
  // (C) sourceless: "Money quote:"
  for (const s of SOURCELESS) {
    if (low.startsWith(s.text, offset) && /^[\s:…,.]*$/.test(low.slice(offset + s.text.length).replace(/\.\.\./g, ''))) {
      return { span, source: null, paragraph, shape: 'sourceless' };
    }
  }
  // (A) opener + source: "From NY Times:", "Via Cernig:", "As Patrick Cockburn noted,", "Here's the AP:"
  for (const o of OPENERS) {
    if (!low.startsWith(o.text, offset) || !/[\s:]/.test(low[offset + o.text.length] ?? ' ')) continue;
    if (endsComma && !o.comma) continue;
    const src = sourceSpan(view, at(offset + o.text.length), span.end);
    if (!src) continue;
    const name = view.slice(src.start, src.end);
    if (FIRST_PERSON_SOURCE.test(name)) continue;
    const tail = view.slice(src.end, span.end).trim();
    // "From NY Times:", "Here's the AP on the deal:", "…from ISAF headquarters, in full:"
    const terminatorNext = tail.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 6 && !verbFollows(view, src.end, span.end);
    if (o.text === 'even') even = true;
    if (o.then === 'terminator' && !terminatorNext) continue;
    if (o.then === 'verb' && !verbFollows(view, src.end, span.end)) continue;
    if (o.then === 'either' && !terminatorNext && !verbFollows(view, src.end, span.end) && !even) continue;
    return { span, source: { name: name.replace(/\s+/g, ' '), mention: src }, paragraph, shape: 'opener' };
  }
  if (endsComma) return null;
  // (B) source + verb: "Allahpundit writes:", "The Washington Post reports that the deal is off:",
  // and at the end of a sentence: "…, and Sam Whitfield, who has better sources than most, reports:"
  const rest = low.slice(offset);
  {
    const re = VERB_RE;
    re.lastIndex = 0;
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const k = m.index + m[1]!.length;
      if (k <= 0) continue;
      // a capitalised "Post" or "Reports" is part of a name, not the verb
      if (/\p{Lu}/u.test(view[at(offset + k)] ?? '')) continue;
      // the source just before the verb (past an appositive between commas)
      let before = view.slice(at(offset), at(offset + k)).replace(/\s+$/, '');
      const appositive = /,[^,]{1,90},$/.exec(before);
      if (appositive) before = before.slice(0, appositive.index);
      const nameAtEnd = new RegExp(`(?:^|[\\s,;(])((?:(?:the|The)\\s+)?${NAME_WORD}(?:\\s+(?:${PARTICLES}\\s+)*${NAME_WORD}){0,5})$`, 'u').exec(before);
      if (!nameAtEnd) continue;
      const startsLine = nameAtEnd.index === 0;
      // mid-sentence sources only where a lead-in ends the sentence ("reports:"), and never in a long predicate
      if (!startsLine && (!/:\s*$/.test(line) || rest.length - k > 40)) continue;
      let nameStart = at(offset) + nameAtEnd.index + (startsLine ? 0 : 1);
      let name = nameAtEnd[1]!;
      const article = /^(?:the|The)\s+/.exec(name);
      if (article) {
        nameStart += article[0].length;
        name = name.slice(article[0].length);
      }
      if (FIRST_PERSON_SOURCE.test(name) || name.split(/\s+/).length > 6) continue;
      return { span, source: { name: name.replace(/\s+/g, ' '), mention: { start: nameStart, end: nameStart + name.length } }, paragraph, shape: startsLine ? 'source-verb' : 'sentence-source-verb' };
    }
  }
  // "Hell, even Allahpundit doesn't like what he's seeing…": `even` + a name + any predicate
  if (even && !strict && /(?:…|\.\.\.|:)\s*$/.test(line)) {
    const m = /^\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u.exec(view.slice(at(offset), span.end));
    if (m) {
      const start = at(offset);
      return { span, source: { name: m[1]!, mention: { start, end: start + m[1]!.length } }, paragraph, shape: 'even-source' };
    }
  }
  return null;
}

export function isSignoff(view: string, p: Span): boolean {
  const low = norm(view.slice(p.start, p.end));
  return SIGNOFFS.some((s) => (s.match === 'prefix' ? low.startsWith(s.text) : low === s.text || low === `${s.text}:`));
}

/** Features of a paragraph that show whose voice it is. */
interface Register {
  question: Span | null;
  firstSingular: Span | null;
  firstPlural: Span | null;
  second: Span | null;
  contraction: Span | null;
  ellipsisJoin: Span | null;
  emphasis: Span | null;
  exclamation: Span | null;
  informal: Span | null;
  imperative: Span | null;
  words: number;
}

const REGISTER = registerData as { interjections: string[]; openers: string[]; vocatives: string[] };
const INTERJECTIONS = new Set(REGISTER.interjections);
const OPENER_WORDS = new Set(REGISTER.openers);
const VOCATIVES = new Set(REGISTER.vocatives);
const SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** (two or three characters: the regex is tried only on tokens that short) */
const CONTRACTION = /^(?:n't|n’t|'re|’re|'m|’m|'ve|’ve|'ll|’ll|'d|’d)$/i;
const S_CONTRACTION = /^(?:'s|’s)$/;

function register(view: string, t: Tokens, p: Span, sentences: Span[], inQuote: (pos: number) => boolean): Register {
  const r: Register = { question: null, firstSingular: null, firstPlural: null, second: null, contraction: null, ellipsisJoin: null, emphasis: null, exclamation: null, informal: null, imperative: null, words: 0 };
  const tok = (i: number): Span => ({ start: t.start[i]!, end: t.end[i]! });
  const starts = new Set(sentences.map((s) => s.start));
  for (let i = tokenAt(t, p.start); i < t.length && t.start[i]! < p.end; i++) {
    if (t.pos[i] !== 'PUNCT') r.words++;
    if (inQuote(t.start[i]!)) continue;
    const low = t.lower[i]!;
    const v = t.value[i]!;
    const first = starts.has(t.start[i]!);
    if (!r.firstSingular && SINGULAR.has(low) && (low !== 'i' || v === 'I')) r.firstSingular = tok(i);
    else if (!r.firstPlural && PLURAL.has(low) && !(low === 'us' && v === 'US')) r.firstPlural = tok(i);
    else if (!r.second && SECOND.has(low)) r.second = tok(i);
    else if (!r.contraction && ((v.length <= 3 && CONTRACTION.test(v)) || (v.length === 2 && S_CONTRACTION.test(v) && t.pos[i - 1] === 'PRON'))) r.contraction = tok(i);
    else if (!r.question && v === '?') r.question = tok(i);
    else if (!r.exclamation && v === '!') r.exclamation = tok(i);
    else if (!r.ellipsisJoin && (v === '…' || v === '...') && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1]) r.ellipsisJoin = tok(i);
    else if (!r.emphasis && v.length >= 3 && /^\p{Lu}+$/u.test(v) && t.pos[i] !== 'PROPN' && t.pos[i] !== 'NOUN' && t.pos[i] !== 'X') r.emphasis = tok(i);
    if (!r.informal && (INTERJECTIONS.has(low) || (first && OPENER_WORDS.has(low) && t.value[i + 1] === ',') || (VOCATIVES.has(low) && t.value[i - 1] === ','))) r.informal = tok(i);
    // an imperative addressed to the reader: a sentence opening with a bare verb ("Pass the bill.", "Read that again.")
    if (!r.imperative && first && t.pos[i] === 'VERB' && /^\p{Lu}/u.test(v) && !/(?:ing|ed|s)$/.test(low) && t.pos[i + 1] !== 'PUNCT') r.imperative = tok(i);
  }
  return r;
}

interface Evidence {
  score: number;
  cue: Cue | null;
}

/**
 * How strongly a paragraph shows the author's voice, against the register of
 * the quotation's first paragraph: a feature the quoted text itself uses
 * (a blogger quoting a blogger who says "I") counts for little.
 */
function authorEvidence(r: Register, base: Register): Evidence {
  const personal = base.firstSingular !== null || base.firstPlural !== null;
  const parts: Array<[number, Span | null, string]> = [
    [base.question ? 1 : 2, r.question, 'rhetorical question'],
    [base.second ? 0.5 : 2, r.second, 'second person'],
    [personal ? 0.5 : 2, r.firstSingular, 'first person'],
    [personal ? 0.5 : 1.5, r.firstPlural, 'first person plural'],
    [base.informal ? 0.5 : 1.5, r.informal, 'informal register'],
    [base.imperative ? 0.5 : 1.5, r.imperative, 'imperative'],
    [base.emphasis ? 0.5 : 1, r.emphasis, 'emphasis in capitals'],
    [base.contraction ? 0 : 0.5, r.contraction, 'informal register (contraction)'],
    [base.ellipsisJoin ? 0 : 0.5, r.ellipsisJoin, 'informal register (ellipsis)'],
    [base.exclamation ? 0 : 0.5, r.exclamation, 'exclamation'],
  ];
  let score = r.words <= 12 && base.words > 30 ? 0.5 : 0;
  let best: [number, Span, string] | null = null;
  for (const [w, s, name] of parts) {
    if (!s || w === 0) continue;
    score += w;
    if (!best || w > best[0]) best = [w, s, name];
  }
  return { score, cue: best ? { start: best[1].start, end: best[1].end, cue: best[2] } : null };
}

/** Evidence this strong ends a block quotation. */
const THRESHOLD = 2;

export interface BlockInput {
  view: string;
  tokens: Tokens;
  paragraphs: readonly Paragraph[];
  /** Sentences of each paragraph (spans), to find a lead-in that ends a paragraph. */
  sentencesOf: (p: number) => Span[];
  /** Offsets inside direct quotations (their words do not count as the author's). */
  inQuote: (pos: number) => boolean;
  /** Paragraphs already inside a quotation that markup states. */
  markupParagraph: (p: number) => boolean;
  /** Token i is a verb that introduces or closes a quotation ("said", "told", "added"). */
  reportingVerb: (i: number) => boolean;
}

/**
 * Paragraph p reports someone's words in the third person: most of it lies in quotation marks and a verb of
 * saying stands outside them ("Mook told CBS, “We’re really focused …”"). After a block of someone's own talk
 * (first or second person, questions), that is the reporter's voice again.
 */
function attributedQuotation(input: BlockInput, p: Span): boolean {
  const t = input.tokens;
  let quoted = 0;
  let words = 0;
  let verb = false;
  for (let i = tokenAt(t, p.start); i < t.length && t.start[i]! < p.end; i++) {
    if (t.pos[i] === 'PUNCT') continue;
    words++;
    if (input.inQuote(t.start[i]!)) quoted++;
    else if (!verb && input.reportingVerb(i)) verb = true;
  }
  return verb && quoted >= 0.6 * words;
}

/** Finds the lead-in of paragraph i: the whole paragraph when short, else its last sentence. */
export function leadInAt(input: BlockInput, i: number): LeadIn | null {
  const p = input.paragraphs[i]!;
  if (p.kind === 'title') return null;
  const whole = readLeadIn(input.view, p, i, false);
  if (whole) return whole;
  const sents = input.sentencesOf(i);
  if (sents.length > 1) {
    const last = sents[sents.length - 1]!;
    if (endsWithColon(input.view, last.start, last.end)) return readLeadIn(input.view, last, i, true);
  }
  return null;
}

export function findBlocks(input: BlockInput): Block[] {
  const { view, tokens, paragraphs } = input;
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const lead = leadInAt(input, i);
    if (!lead) continue;
    const first = i + 1;
    const p0 = paragraphs[first]!;
    // a paragraph that opens with a quotation mark is a quotation the marks delimit, not a block
    const opensQuoted = /^["“„«‘'`]/.test(view.slice(p0.start, p0.start + 1)) && input.inQuote(p0.start + 1);
    if (p0.kind === 'title' || isSignoff(view, p0) || input.markupParagraph(first) || leadInAt(input, first) || opensQuoted) continue;
    const base = register(view, tokens, p0, input.sentencesOf(first), input.inQuote);
    // (a block of someone's own talk: a reported quotation after it is the reporter's voice)
    const talk = base.firstSingular !== null || base.firstPlural !== null || base.second !== null || base.question !== null;
    let last = first;
    let end: Cue = { start: p0.end, end: p0.end, cue: 'end of text' };
    for (let k = first + 1; k <= paragraphs.length; k++) {
      if (k === paragraphs.length) {
        last = k - 1;
        end = { start: paragraphs[k - 1]!.end, end: paragraphs[k - 1]!.end, cue: 'end of text' };
        break;
      }
      const p = paragraphs[k]!;
      let stop: Cue | null = null;
      if (p.kind === 'title') stop = { start: p.start, end: p.end, cue: 'title line' };
      else if (isSignoff(view, p)) stop = { start: p.start, end: p.end, cue: 'sign-off' };
      else if (input.markupParagraph(k)) stop = { start: p.start, end: p.end, cue: 'quotation in markup' };
      else if (leadInAt(input, k)) stop = { start: p.start, end: p.end, cue: 'new lead-in' };
      else if (talk && attributedQuotation(input, p)) stop = { start: p.start, end: p.end, cue: 'reported quotation' };
      else {
        const ev = authorEvidence(register(view, tokens, p, input.sentencesOf(k), input.inQuote), base);
        if (ev.score >= THRESHOLD && ev.cue) stop = ev.cue;
      }
      if (stop) {
        last = k - 1;
        end = stop;
        break;
      }
    }
    const start = paragraphs[first]!.start;
    blocks.push({ start, end: paragraphs[last]!.end, leadIn: lead, first, last, endCue: end });
    i = last; // the search goes on after the block (a new lead-in that ended it is read next)
  }
  return blocks;
}

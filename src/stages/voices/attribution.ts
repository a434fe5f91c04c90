import type { Span } from '../../model/types.js';
import { tokenAt } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import { reportingPhraseAt } from '../../resources.js';
import type { Resources } from '../../resources.js';
import type { Quoted } from './quotemarks.js';
import { sentenceSubject } from './reported.js';
import { byAuthor, phraseAfter, phraseBefore } from './speakers.js';
import { atMostWords, endsWithIng, PLAIN_WORD } from './text.js';
import { firstMarked, MARKER } from './lexicon.js';
import type { TokenLexicon } from './lexicon.js';
import type { Speaker } from './speakers.js';

/**
 * Attribution of a quotation to its speaker, one rule per pattern:
 * - after the quotation: `“…,” Maliki said.`, `“…,” said Ali al-Dabbagh, a spokesman …`;
 * - before it: `Maliki said: “…”`, `Hugh Hill, a doctor, said: “…”`, `He told reporters, “…”`;
 * - `according to X` in the same sentence.
 */

export interface Attribution {
  speaker: Speaker;
  /** The reporting verb or phrase. */
  cue: Span;
  rule: string;
}

export interface SentenceIndex {
  /** Token range [first, last] of each sentence (in order; a range with last < first holds no token). */
  ranges: ReadonlyArray<readonly [number, number]>;
}

export function indexSentences(tokens: Tokens, ranges: ReadonlyArray<readonly [number, number]>): SentenceIndex {
  return { ranges };
}

/**
 * The sentence holding token i, or -1: a binary search over the ranges (a
 * few questions per quotation do not need an index entry per token).
 */
export function sentenceOf(s: SentenceIndex, i: number): number {
  const ranges = s.ranges;
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= i) lo = mid + 1;
    else hi = mid;
  }
  // the last range that starts at or before i, past the empty ones
  let k = lo - 1;
  while (k >= 0 && ranges[k]![1] < ranges[k]![0]) k--;
  return k >= 0 && i <= ranges[k]![1] ? k : -1;
}

const isReporting = (r: Resources, t: Tokens, i: number): boolean =>
  (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && r.reportingVerbForms.has(t.lower[i]!) && !(i > 0 && t.lower[i - 1] === 'to');

const cueOf = (t: Tokens, a: number, b = a): Span => ({ start: t.start[a]!, end: t.end[b]! });

const QUOTE_MARK_CHARS = '"“”„«»‹›‘’\'`';
/** A token of double quotation marks (an apostrophe, "Sanders’ campaign manager", is none). */
const DOUBLE_QUOTE = /^["“”„«»]+$/;
/** Marks that end a sentence or a clause an appositive cannot run across. */
const FINAL_MARKS = new Set(['.', '!', '?', ';', ':']);
/** A token made only of quotation marks (`/^["“”„«»‹›‘’'`]+$/`, without a regex per token). */
export function isQuoteMark(v: string): boolean {
  if (v.length === 0) return false;
  for (let k = 0; k < v.length; k++) if (!QUOTE_MARK_CHARS.includes(v[k]!)) return false;
  return true;
}

/** A quotation of at most four words (`[\p{L}\p{N}]+`), counted only as far as needed. */
const isShort = (view: string, q: Quoted): boolean => atMostWords(view.slice(q.start, q.end), 4, PLAIN_WORD);

/** `“…,” Maliki said` / `“…,” said Ali al-Dabbagh`: the attribution right after the closing mark. */
function after(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  let i = tokenAt(t, q.closeEnd ?? q.close + 1);
  if (i >= t.length) return null;
  const sent = sentenceOf(s, i);
  // the attribution belongs to the sentence the quotation closes in
  const closing = tokenAt(t, q.close);
  if (sent < 0 || (closing < t.length && t.start[closing] === q.close && sentenceOf(s, closing) !== sent)) return null;
  const last = Math.min(s.ranges[sent]![1], i + 14);
  while (i <= last && (t.value[i] === ',' || t.value[i] === '—' || t.value[i] === '–' || isQuoteMark(t.value[i]!))) i++;
  if (i > last) return null;
  if (isReporting(r, t, i) && r.directVerbForms.has(t.lower[i]!)) {
    const sp = phraseAfter(view, t, i + 1, last);
    if (sp) return { speaker: sp, cue: cueOf(t, i), rule: 'after:verb-speaker' };
  }
  const sp = phraseAfter(view, t, i, last);
  if (sp) {
    let v = sp.last + 1;
    // an appositive between the name and the verb: "“…,” Murphy, the head of Right to Rise USA, tweeted"
    // (or a party and state in brackets: "“…,” Rep. Jim McDermott (D-Wash.) said")
    if ((t.value[v] === ',' || t.value[v] === '(') && sp.proper) {
      const close = t.value[v] === '(' ? ')' : ',';
      let k = v + 1;
      while (k <= last && k - v <= 12 && t.value[k] !== close && !(FINAL_MARKS.has(t.value[k]!) && !(t.value[k] === '.' && close === ')')) && !DOUBLE_QUOTE.test(t.value[k]!)) k++;
      if (k <= last && t.value[k] === close && k > v + 1) v = k + 1;
    }
    while (v <= last && t.pos[v] === 'ADV') v++;
    // a short quotation needs a verb of saying ("“surge,” the White House wants us to believe" is a scare quote)
    if (v <= last && isReporting(r, t, v) && (r.directVerbForms.has(t.lower[v]!) || !isShort(view, q))) return { speaker: sp, cue: cueOf(t, v), rule: 'after:speaker-verb' };
    // a multi-word verb of direct speech: "“…?” Trump went on", "“…,” Rubio shot back"
    const n = v <= last ? directPhraseAt(r, t, v, last) : 0;
    if (n) return { speaker: sp, cue: cueOf(t, v, v + n - 1), rule: 'after:speaker-phrase' };
  }
  return null;
}

/** Length of the multi-word verb of direct speech ("went on", "shot back") starting at token v, or 0. */
function directPhraseAt(r: Resources, t: Tokens, v: number, last: number): number {
  return t.pos[v] === 'VERB' ? reportingPhraseAt(r, t.lower, v, last, (p) => p.direct) : 0;
}

/** `Maliki said: “…”`, `He told reporters, “…”`: the attribution right before the opening mark. */
function before(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  const open = tokenAt(t, q.open);
  let i = open - 1;
  if (i < 0) return null;
  const sent = sentenceOf(s, i);
  if (sent < 0) return null;
  const floor = s.ranges[sent]![0];
  const punct = t.value[i] === ':' || t.value[i] === ',';
  if (punct) i--;
  if (t.lower[i] === 'that') i--;
  // a short quotation run into the sentence ("what Washington calls a “managed transition”", "made “a demand”")
  // is attributed only by a verb of saying set off by a colon or comma: otherwise it is a scare quote
  let short: boolean | undefined; // counted at the first reporting verb, if there is one
  // the verb, possibly with a short object between it and the quotation ("told reporters")
  for (let v = i; v >= Math.max(floor, i - 3); v--) {
    if (!isReporting(r, t, v)) continue;
    short ??= isShort(view, q);
    if (short && (!punct || !r.directVerbForms.has(t.lower[v]!) || r.namingForms.has(t.lower[v]!))) continue;
    // "…, adding: “…”": a participle after a comma speaks with the subject of the sentence (not the phrase before the comma)
    if (punct && v === i && t.value[v - 1] === ',' && endsWithIng(t.lower[v]!)) {
      const a = subjectSpeaks(view, t, floor, v, v, 'before:comma-participle');
      if (a) return a;
      continue;
    }
    const a = speakerOfVerb(view, t, v, floor);
    if (a) return a;
    // "Carson did not mention his rivals, but told his supporters, “…”": a coordinated verb speaks with the sentence's subject
    if (t.pos[v - 1] === 'CCONJ' && v - 1 > floor) {
      const b = subjectSpeaks(view, t, floor, v - 1, v, 'before:coordinated-verb');
      if (b) return b;
    }
    // "said Maliki: “…”" (inverted)
    const inv = phraseAfter(view, t, v + 1, i);
    if (inv && inv.proper) return { speaker: inv, cue: cueOf(t, v), rule: 'before:verb-speaker' };
  }
  // "Bush tells reporters outside a polling place in Greenville that “…”": a verb of saying, its object and an
  // adjunct, then "that"
  if (!punct && t.lower[open - 1] === 'that') {
    for (let v = i - 4; v >= Math.max(floor, i - ADJUNCT_REACH); v--) {
      if (t.pos[v] !== 'VERB' && t.pos[v] !== 'AUX' && t.value[v] !== ',' && !isQuoteMark(t.value[v]!)) continue;
      if (!isReporting(r, t, v) || r.namingForms.has(t.lower[v]!) || !SAYING_CLASSES.has(r.reportingClass.get(t.lower[v]!) ?? '')) return null;
      return speakerOfVerb(view, t, v, floor, 'before:speaker-verb-that');
    }
    return null;
  }
  // "said on Friday at a rally in Ohio, “…”", "saying during the debate last week, “…”": a verb of saying, then only
  // an adjunct (no verb, no comma) before the comma or colon
  if (!punct) return null;
  const colon = t.value[i + 1] === ':' ? colonSentence(view, t, i, floor, r) : null;
  for (let v = i - 4; v >= Math.max(floor, i - ADJUNCT_REACH); v--) {
    if (t.pos[v] === 'VERB' || t.pos[v] === 'AUX' || t.value[v] === ',' || isQuoteMark(t.value[v]!)) {
      if (!isReporting(r, t, v) || !r.directVerbForms.has(t.lower[v]!) || r.namingForms.has(t.lower[v]!) || t.pos[v + 1] !== 'ADP') return colon;
      return speakerOfVerb(view, t, v, floor, 'before:speaker-verb-adjunct') ?? (endsWithIng(t.lower[v]!) ? subjectSpeaks(view, t, floor, v, v, 'before:participle-adjunct') : null) ?? colon;
    }
  }
  return colon;
}

/**
 * A sentence ending in a colon with a verb of the reporting lexicon anywhere in it, right before the quotation:
 * "The email goes on to say: “…”", "He explained the headline by saying: “…”", "Article 33 affirms: “…”",
 * "She recites, to a roar of applause, the line: “…”". The verb's subject speaks, else the sentence's.
 */
function colonSentence(view: string, t: Tokens, i: number, floor: number, r: Resources): Attribution | null {
  for (let v = i; v >= floor; v--) {
    if (!isReporting(r, t, v) || r.namingForms.has(t.lower[v]!) || r.factiveForms.has(t.lower[v]!)) continue;
    return speakerOfVerb(view, t, v, floor, 'before:colon-sentence') ?? subjectSpeaks(view, t, floor, v, v, 'before:colon-sentence');
  }
  return null;
}

/** How far before the comma or colon a verb of saying may stand when only an adjunct lies between, in tokens. */
const ADJUNCT_REACH = 12;

/** The subject right before the reporting verb at v, unless it is the author. */
function speakerOfVerb(view: string, t: Tokens, v: number, floor: number, rule = 'before:speaker-verb'): Attribution | null {
  const sp = phraseBefore(view, t, v - 1, floor);
  return sp && !byAuthor(t, sp) ? { speaker: sp, cue: cueOf(t, v), rule } : null;
}

/**
 * The subject of the sentence (before token `before`) speaks with the verb at v, unless it is the author: "…, adding:
 * “…”", "…, but told his supporters, “…”", "…, saying during the debate, “…”".
 */
function subjectSpeaks(view: string, t: Tokens, floor: number, before: number, v: number, rule: string): Attribution | null {
  const subject = sentenceSubject(view, t, floor, before);
  return subject && !byAuthor(t, subject) ? { speaker: subject, cue: cueOf(t, v), rule } : null;
}

/**
 * `according to X` anywhere in the sentences the quotation touches (a marker
 * is looked for only at a token whose word opens one: the tokens of the
 * lexicon with the MARKER bit).
 */
function accordingTo(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources, lex: TokenLexicon): Attribution | null {
  const a = tokenAt(t, q.open);
  const b = Math.max(a, tokenAt(t, q.close) - 1);
  const s1 = sentenceOf(s, Math.max(0, a - 1));
  const s2 = sentenceOf(s, Math.min(t.length - 1, b + 1));
  if (s1 < 0 || s2 < 0) return null;
  // the sentences around the quotation, but not further than a few words from it (long sentences stay linear)
  const from = Math.max(s.ranges[Math.min(s1, s2)]![0], a - 30);
  const to = Math.min(s.ranges[Math.max(s1, s2)]![1], b + 30);
  const markerAt = markerMatcher(t, r.attributionBefore);
  const { marked, bits } = lex;
  for (let n = firstMarked(lex, from); n < marked.length && marked[n]! <= to; n++) {
    const i = marked[n]!;
    if (i > a && i < b) continue; // skip the quotation itself
    if (!(bits[n]! & MARKER) || (t.start[i]! > q.open && t.start[i]! < q.close)) continue;
    const m = markerAt(i, to);
    if (m) {
      const sp = phraseAfter(view, t, i + m, to);
      if (sp) return { speaker: sp, cue: cueOf(t, i, i + m - 1), rule: 'according-to' };
    }
  }
  return null;
}

type MarkerList = ReadonlyArray<readonly string[]>;

/** Markers by their first token, each list in the order of the full list (longest first): one lookup per token. */
const byFirstToken = new WeakMap<MarkerList, Map<string, Array<readonly string[]>>>();

function markerIndex(markers: MarkerList): Map<string, Array<readonly string[]>> {
  let index = byFirstToken.get(markers);
  if (!index) {
    index = new Map();
    for (const m of markers) {
      const list = index.get(m[0]!);
      if (list) list.push(m);
      else index.set(m[0]!, [m]);
    }
    byFirstToken.set(markers, index);
  }
  return index;
}

/**
 * Finds markers at tokens of one text: `at(i, last)` is `matchMarker(t, i, last, markers)`,
 * with the markers indexed once by their first token.
 */
export function markerMatcher(t: Tokens, markers: MarkerList): (i: number, last: number) => number {
  const index = markerIndex(markers);
  return (i, last) => {
    const list = index.get(t.lower[i]!);
    return list ? matchFrom(t, i, last, list) : 0;
  };
}

/** Length of the marker (a token sequence) matched at token i, or 0. */
export function matchMarker(t: Tokens, i: number, last: number, markers: MarkerList): number {
  const list = markerIndex(markers).get(t.lower[i]!);
  return list ? matchFrom(t, i, last, list) : 0;
}

/** The first of `markers` (all starting with token i's word) that matches at i: its length, or 0. */
function matchFrom(t: Tokens, i: number, last: number, markers: MarkerList): number {
  for (const m of markers) {
    if (i + m.length - 1 > last) continue;
    let ok = true;
    for (let k = 0; k < m.length && ok; k++) ok = t.lower[i + k] === m[k];
    if (ok) return m.length;
  }
  return 0;
}

export const ATTRIBUTION_RULES = [after, before, accordingTo] as const;

/** The attribution of a quotation; `lex`: the tokens the reporting lexicon knows (`tokenLexicon`). */
export function attribute(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources, lex: TokenLexicon): Attribution | null {
  for (const rule of ATTRIBUTION_RULES) {
    const a = rule(view, t, q, s, r, lex);
    if (a) return a;
  }
  return null;
}

/**
 * The speaker of a quotation that opens a paragraph after a sentence ending in a colon ("As Joel Pollak observed,
 * the biggest victor was the stage itself:⏎⏎“…”", "Eaton said that given the candidates:⏎⏎“…”"): the subject of
 * the last verb of saying in that sentence (`lastToken`: the token before the quotation's paragraph).
 */
export function colonLeadIn(view: string, t: Tokens, lastToken: number, s: SentenceIndex, r: Resources): Attribution | null {
  if (lastToken < 0 || t.value[lastToken] !== ':') return null;
  const sent = sentenceOf(s, lastToken);
  if (sent < 0) return null;
  const floor = s.ranges[sent]![0];
  for (let v = lastToken - 1; v >= floor; v--) {
    if (!isReporting(r, t, v) || !SAYING_CLASSES.has(r.reportingClass.get(t.lower[v]!) ?? '')) continue;
    // "…, saying:" speaks with the sentence's subject; "as X noted" and "X said" with the phrase before the verb
    const sp = t.value[v - 1] === ',' && endsWithIng(t.lower[v]!) ? sentenceSubject(view, t, floor, v) : phraseBefore(view, t, v - 1, floor);
    if (!sp || byAuthor(t, sp)) return null;
    return { speaker: sp, cue: cueOf(t, v), rule: 'colon-lead-in' };
  }
  return null;
}

/** Verb classes whose colon introduces the words that follow ("as X observed:", "X noted:"). */
const SAYING_CLASSES = new Set(['speech', 'writing', 'announcement', 'argument', 'perception']);

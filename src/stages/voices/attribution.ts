import type { Span } from '../../model/types.js';
import { tokenAt } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import type { Resources } from '../../resources.js';
import type { Quoted } from './quotemarks.js';
import { sentenceSubject } from './reported.js';
import { AUTHOR_PRONOUNS, phraseAfter, phraseBefore } from './speakers.js';
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
  /** Token range [first, last] of each sentence. */
  ranges: ReadonlyArray<readonly [number, number]>;
  /** Sentence holding each token. */
  ofToken: Int32Array;
}

export function indexSentences(tokens: Tokens, ranges: ReadonlyArray<readonly [number, number]>): SentenceIndex {
  const ofToken = new Int32Array(tokens.length).fill(-1);
  ranges.forEach(([a, b], s) => {
    for (let i = a; i <= b; i++) ofToken[i] = s;
  });
  return { ranges, ofToken };
}

const isReporting = (r: Resources, t: Tokens, i: number): boolean =>
  (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && r.reportingVerbForms.has(t.lower[i]!) && !(i > 0 && t.lower[i - 1] === 'to');

const cueOf = (t: Tokens, a: number, b = a): Span => ({ start: t.start[a]!, end: t.end[b]! });

const isQuoteMark = (v: string): boolean => /^["“”„«»‹›‘’'`]+$/.test(v);

/** `“…,” Maliki said` / `“…,” said Ali al-Dabbagh`: the attribution right after the closing mark. */
function after(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  let i = tokenAt(t, q.closeEnd ?? q.close + 1);
  if (i >= t.length) return null;
  const sent = s.ofToken[i]!;
  // the attribution belongs to the sentence the quotation closes in
  const closing = tokenAt(t, q.close);
  if (sent < 0 || (closing < t.length && t.start[closing] === q.close && s.ofToken[closing] !== sent)) return null;
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
    while (v <= last && t.pos[v] === 'ADV') v++;
    // a short quotation needs a verb of saying ("“surge,” the White House wants us to believe" is a scare quote)
    const short = (view.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4;
    if (v <= last && isReporting(r, t, v) && (!short || r.directVerbForms.has(t.lower[v]!))) return { speaker: sp, cue: cueOf(t, v), rule: 'after:speaker-verb' };
  }
  return null;
}

/** `Maliki said: “…”`, `He told reporters, “…”`: the attribution right before the opening mark. */
function before(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  const open = tokenAt(t, q.open);
  let i = open - 1;
  if (i < 0) return null;
  const sent = s.ofToken[i]!;
  if (sent < 0) return null;
  const floor = s.ranges[sent]![0];
  const punct = t.value[i] === ':' || t.value[i] === ',';
  if (punct) i--;
  if (t.lower[i] === 'that') i--;
  // a short quotation run into the sentence ("what Washington calls a “managed transition”", "made “a demand”")
  // is attributed only by a verb of saying set off by a colon or comma: otherwise it is a scare quote
  const short = (view.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4;
  // the verb, possibly with a short object between it and the quotation ("told reporters")
  for (let v = i; v >= Math.max(floor, i - 3); v--) {
    if (!isReporting(r, t, v)) continue;
    if (short && (!punct || !r.directVerbForms.has(t.lower[v]!) || r.namingForms.has(t.lower[v]!))) continue;
    const sp = phraseBefore(view, t, v - 1, floor);
    if (sp && !(sp.pronoun && AUTHOR_PRONOUNS.has(t.lower[sp.first]!))) return { speaker: sp, cue: cueOf(t, v), rule: 'before:speaker-verb' };
    // "said Maliki: “…”" (inverted)
    const inv = phraseAfter(view, t, v + 1, i);
    if (inv && inv.proper) return { speaker: inv, cue: cueOf(t, v), rule: 'before:verb-speaker' };
    // "…, adding: “…”": a participle after a comma speaks with the subject of the sentence
    if (punct && v === i && t.value[v - 1] === ',' && t.lower[v]!.endsWith('ing')) {
      const subject = sentenceSubject(view, t, floor, v);
      if (subject && !(subject.pronoun && AUTHOR_PRONOUNS.has(t.lower[subject.first]!))) return { speaker: subject, cue: cueOf(t, v), rule: 'before:comma-participle' };
    }
  }
  return null;
}

/** `according to X` anywhere in the sentences the quotation touches. */
function accordingTo(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  const a = tokenAt(t, q.open);
  const b = Math.max(a, tokenAt(t, q.close) - 1);
  const s1 = s.ofToken[Math.max(0, a - 1)] ?? -1;
  const s2 = s.ofToken[Math.min(t.length - 1, b + 1)] ?? -1;
  if (s1 < 0 || s2 < 0) return null;
  // the sentences around the quotation, but not further than a few words from it (long sentences stay linear)
  const from = Math.max(s.ranges[Math.min(s1, s2)]![0], a - 30);
  const to = Math.min(s.ranges[Math.max(s1, s2)]![1], b + 30);
  for (let i = from; i <= to; i++) {
    if (i > a && i < b) i = b; // skip the quotation itself
    if (t.start[i]! > q.open && t.start[i]! < q.close) continue;
    const m = matchMarker(t, i, to, r.attributionBefore);
    if (m) {
      const sp = phraseAfter(view, t, i + m, to);
      if (sp) return { speaker: sp, cue: cueOf(t, i, i + m - 1), rule: 'according-to' };
    }
  }
  return null;
}

/** Length of the marker (a token sequence) matched at token i, or 0. */
export function matchMarker(t: Tokens, i: number, last: number, markers: ReadonlyArray<readonly string[]>): number {
  for (const m of markers) {
    if (i + m.length - 1 > last) continue;
    let ok = true;
    for (let k = 0; k < m.length && ok; k++) ok = t.lower[i + k] === m[k];
    if (ok) return m.length;
  }
  return 0;
}

export const ATTRIBUTION_RULES = [after, before, accordingTo] as const;

export function attribute(view: string, t: Tokens, q: Quoted, s: SentenceIndex, r: Resources): Attribution | null {
  for (const rule of ATTRIBUTION_RULES) {
    const a = rule(view, t, q, s, r);
    if (a) return a;
  }
  return null;
}

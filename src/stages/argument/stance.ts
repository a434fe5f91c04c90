import type { ArgumentMap, Cue, Entity, Quote, Span } from '../../model/types.js';
import { tokenAt, type Tokens } from '../../nlp/base.js';
import { findSpanIndex } from '../../model/span.js';
import { Flag, type TokenFacts } from './facts.js';
import { phraseIn, type IndicatorList, type Phrase } from './lexicon.js';
import { Hit, type Info } from './signals.js';

/**
 * The author's stance toward each quoted source (endorses, disputes,
 * reports) and toward each actor (supportive, critical, neutral), with the
 * words that show it.
 */

export type QuoteStance = 'endorses' | 'disputes' | 'reports';
export type EntityStance = 'supportive' | 'critical' | 'neutral';

interface Tally {
  endorse: Cue[];
  dispute: Cue[];
  report: Cue[];
}

/** A phrase found at token i as a cue (its text put together only when read: the cues of the side that loses are never shown). */
function cueAt(t: Tokens, view: string, i: number, p: Phrase, label: string): Cue {
  return new Hit(t.start[i]!, t.end[i + p.tokens.length - 1]!, label, label, view, null);
}

/** Phrases of a list found in the token range [a, b], as cues (a phrase found, the scan goes on after it). */
function scan(t: Tokens, { ids, headById }: TokenFacts, view: string, a: number, b: number, list: IndicatorList, label: string): Cue[] {
  const out: Cue[] = [];
  for (let i = a; i <= b; i++) {
    const p = phraseIn(ids, i, b, headById[ids[i]!]?.lists[list]);
    if (!p) continue;
    out.push(cueAt(t, view, i, p, label));
    i += p.tokens.length - 1;
  }
  return out;
}

/**
 * The phrases of each of `lists` in tokens [a, b], in one pass: what a scan
 * of each list alone would find, each resuming after its own last find.
 * `found(k, i, p)` is called token by token, and in the order of `lists`
 * at one token.
 */
function scanLists(facts: TokenFacts, a: number, b: number, lists: readonly IndicatorList[], found: (k: number, i: number, p: Phrase) => void): void {
  const { ids, headById } = facts;
  const from = lists.map(() => a);
  for (let i = a; i <= b; i++) {
    const h = headById[ids[i]!];
    if (!h) continue;
    for (let k = 0; k < lists.length; k++) {
      if (i < from[k]!) continue;
      const p = phraseIn(ids, i, b, h.lists[lists[k]!]);
      if (p) {
        found(k, i, p);
        from[k] = i + p.tokens.length;
      }
    }
  }
}

const JUDGEMENT_LISTS: readonly IndicatorList[] = ['negative', 'positive'];

/** The words of judgement in [a, b] outside the mention m, added to `critical` and `supportive`. */
function judgementsAround(t: Tokens, facts: TokenFacts, view: string, a: number, b: number, m: Span, critical: Cue[], supportive: Cue[]): void {
  scanLists(facts, a, b, JUDGEMENT_LISTS, (k, i, p) => {
    const c = cueAt(t, view, i, p, k === 0 ? 'critical' : 'supportive');
    if (c.end <= m.start || c.start >= m.end) (k === 0 ? critical : supportive).push(c);
  });
}

const STANCE_LISTS: readonly IndicatorList[] = ['quoteEndorse', 'quoteDispute', 'quoteReport'];

/** The endorsing, disputing and reporting words in [a, b], added to the tally. */
function scanStance(t: Tokens, facts: TokenFacts, view: string, a: number, b: number, tally: Tally): void {
  scanLists(facts, a, b, STANCE_LISTS, (k, i, p) => {
    if (k === 0) tally.endorse.push(cueAt(t, view, i, p, 'endorses'));
    else if (k === 1) tally.dispute.push(cueAt(t, view, i, p, 'disputes'));
    else tally.report.push(cueAt(t, view, i, p, 'reports'));
  });
}

/**
 * Token range of a span (first token starting at or after start, last token
 * ending at or before end). An object, read by name: a pair read by array
 * destructuring goes through the iterator protocol, which makes the
 * optimising compiler's work on the callers several times larger.
 */
function tokenRange(t: Tokens, s: Span): { first: number; last: number } {
  const lo = tokenAt(t, s.start);
  let b = lo;
  while (b < t.length && t.end[b]! <= s.end) b++;
  return { first: lo, last: b - 1 };
}

/**
 * The author's stance toward a quotation's source, from:
 * - the lead-in or reporting verb and the author's clause around it:
 *   factive and approving words (`points out`, `rightly`, `even X admits`)
 *   endorse, counter-factive and dismissive ones (`claims`, `so-called`,
 *   `would have us believe`) dispute, neutral reporting verbs report;
 * - the author's first words after the quotation: a contrast (`But …`) or
 *   a dismissal disputes it;
 * - the use the argument makes of it: a quotation the author's claim rests
 *   on (it supports the author) is endorsed, one reported as the other side
 *   (`Critics point out that …`) is disputed.
 * With no cue either way, a block quotation (quoted at length as evidence)
 * is endorsed and any other quotation reported.
 */
export function quoteStances(map: ArgumentMap, view: string, t: Tokens, facts: TokenFacts, infos: readonly Info[], unitCon: (i: number) => boolean | null): void {
  const units = map.units;
  for (const q of map.quotes) {
    if (q.kind === 'scare') continue;
    const tally: Tally = { endorse: [], dispute: [], report: [] };
    // the lead-in or reporting verb, and the author's unit that holds it
    const around: Span[] = [];
    if (q.cue) around.push(q.cue);
    const holder = q.cue ? findSpanIndex(units, q.cue.start) : -1;
    if (holder >= 0 && holder < units.length && units[holder]!.start <= q.cue!.start && units[holder]!.voice !== q.id) around.push(units[holder]!);
    for (const s of around) {
      let { first: a, last: b } = tokenRange(t, s);
      if (s !== q.cue && q.cue) {
        // the holder unit: the words near the cue only (bounded)
        const c = tokenRange(t, q.cue);
        a = Math.max(a, c.first - 24);
        b = Math.min(b, c.last + 24);
      }
      scanStance(t, facts, view, a, b, tally);
      if (s !== q.cue) break;
    }
    // the author's words around the quotation in its sentence ("As Senator Smith rightly points out, “…”")
    const si = findSpanIndex(map.sentences, q.start);
    const sent = map.sentences[si];
    if (sent && sent.start <= q.start) {
      const parts = [{ start: sent.start, end: q.start }, { start: q.end, end: sent.end }];
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        if (part.end <= part.start) continue;
        let { first: a, last: b } = tokenRange(t, part);
        if (b < a) continue;
        // the words next to the quotation: a few before it, fewer after (bounded, whatever the sentence's length)
        if (k === 0) a = Math.max(a, b - 24);
        else b = Math.min(b, a + 12);
        scanStance(t, facts, view, a, b, tally);
      }
    }
    // one cue counted once even when the lead-in and its unit both hold it
    const dedupe = (list: Cue[]): Cue[] => list.filter((c, k) => list.findIndex((d) => d.start === c.start && d.end === c.end) === k);
    tally.endorse = dedupe(tally.endorse);
    tally.dispute = dedupe(tally.dispute);
    tally.report = dedupe(tally.report);
    // the author's words right after the quotation
    const after = findSpanIndex(units, q.end);
    for (let k = after; k < units.length && k <= after + 1; k++) {
      const u = units[k]!;
      if (u.voice !== 'author' || u.start < q.end) continue;
      const x = infos[k]!;
      if (x.open?.relation === 'contrast' && x.inSentence === 0) tally.dispute.push({ start: x.open.start, end: x.open.end, cue: `the author answers with "${x.open.cue}"` });
      const a = x.first;
      const b = Math.min(x.last, x.first + 5);
      tally.dispute.push(...scan(t, facts, view, a, b, 'quoteDispute', 'disputes'));
      break;
    }
    // the use the argument makes of it
    const inside = findSpanIndex(units, q.start);
    let con: boolean | null = null;
    for (let k = inside; k < units.length && units[k]!.start < q.end; k++) {
      if (units[k]!.voice === q.id) {
        con = unitCon(k);
        const x = infos[k]!;
        if (x.opposing) tally.dispute.push({ start: x.opposing.start, end: x.opposing.end, cue: x.opposing.cue });
        break;
      }
    }
    let stance: QuoteStance;
    let cues: Cue[];
    if (tally.dispute.length > tally.endorse.length) {
      stance = 'disputes';
      cues = tally.dispute;
    } else if (tally.endorse.length > 0) {
      stance = 'endorses';
      cues = tally.endorse;
    } else if (con === true) {
      stance = 'disputes';
      cues = [{ ...(q.cue ?? { start: q.start, end: q.end }), cue: 'the quotation argues against the thesis' }];
    } else if (q.kind === 'block' && con === false) {
      stance = 'endorses';
      cues = [{ ...(q.cue ?? { start: q.start, end: q.end }), cue: 'quoted at length as evidence for the author' }];
    } else {
      stance = 'reports';
      cues = tally.report.length ? tally.report : [{ ...(q.cue ?? { start: q.start, end: q.end }), cue: 'reported without comment' }];
    }
    q.stance = stance;
    q.stanceCues = cues.map((c) => ({ start: c.start, end: c.end, cue: c.cue }));
  }
}

const PLACE_TYPES = new Set<Entity['type']>(['country', 'city', 'place']);

/**
 * The author's stance toward each actor, from the author's own clauses that
 * name it: words of judgement (data/argument-indicators.json `negative`,
 * `positive`) near the mention; the actor as the subject of a negated norm
 * (`he shouldn't misuse our help`); and the stance toward quotations the
 * actor is the source of. A country, city or place counts only where it is
 * the subject of its clause (`Iran is meddling`, not `a mess in Iraq`).
 * Mentions inside quotations are the quoted source's words, not the
 * author's, and do not count.
 */
export function entityStances(map: ArgumentMap, view: string, t: Tokens, facts: TokenFacts, infos: readonly Info[]): void {
  const units = map.units;
  const flags = facts.flags;
  const WINDOW = 6;
  const bySource = new Map<string, Quote[]>();
  for (const q of map.quotes) {
    if (!q.source?.entity || !q.stance) continue;
    const list = bySource.get(q.source.entity) ?? [];
    list.push(q);
    bySource.set(q.source.entity, list);
  }
  for (const e of map.entities) {
    const critical: Cue[] = [];
    const supportive: Cue[] = [];
    for (const m of e.mentions) {
      const k = findSpanIndex(units, m.start);
      if (k >= units.length) continue;
      const u = units[k]!;
      if (u.start > m.start || u.end < m.end || u.voice !== 'author') continue;
      const x = infos[k]!;
      const { first: ma, last: mb } = tokenRange(t, m);
      if (mb < ma) continue;
      if (PLACE_TYPES.has(e.type)) {
        // the subject: no verb before the mention in its unit (looked for over a few words: a subject opens its clause)
        if (ma - x.first > 12) continue;
        let verbBefore = false;
        for (let i = x.first; i < ma; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') verbBefore = true;
        if (verbBefore) continue;
      }
      const a = Math.max(x.first, ma - WINDOW);
      const b = Math.min(x.last, mb + WINDOW);
      judgementsAround(t, facts, view, a, b, m, critical, supportive);
      // the actor (or the pronoun after it) as the subject of a negated norm: "he shouldn't misuse our help"
      for (let i = mb + 1; i <= Math.min(x.last - 1, mb + 5); i++) {
        if (flags[i]! & Flag.NegatableNorm && (flags[i + 1] ?? 0) & Flag.NotNever) {
          critical.push({ start: t.start[i]!, end: t.end[i + 1]!, cue: `critical: the author's norm "${view.slice(t.start[i]!, t.end[i + 1]!)}"` });
          break;
        }
        if (t.pos[i] === 'VERB' && !(flags[i]! & Flag.Know)) break;
      }
    }
    for (const q of bySource.get(e.id) ?? []) {
      const at = q.source?.mention ?? q.cue ?? { start: q.start, end: q.end };
      if (q.stance === 'endorses') supportive.push({ start: at.start, end: at.end, cue: `supportive: the author endorses the quotation ${q.id}` });
      if (q.stance === 'disputes') critical.push({ start: at.start, end: at.end, cue: `critical: the author disputes the quotation ${q.id}` });
    }
    const stance: EntityStance = critical.length > supportive.length ? 'critical' : supportive.length > critical.length ? 'supportive' : 'neutral';
    e.stance = stance;
    e.stanceCues = (stance === 'critical' ? critical : stance === 'supportive' ? supportive : [...critical, ...supportive]).map((c) => ({ start: c.start, end: c.end, cue: c.cue }));
  }
}

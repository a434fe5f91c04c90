/**
 * Quotations against PolNeAR attributions, and against the testimony
 * segments of the Webis editorials.
 *
 * - A predicted quotation (any kind but `scare`, and not nested in another
 *   predicted quotation: `within`, unless that one is a block quotation)
 *   matches a gold Content when they overlap by at least 30% of each (greedy
 *   one-to-one matching); a quotation interrupted by its attribution counts
 *   as its parts.
 * - Direct recall: recall on gold contents that contain a quotation mark.
 * - Speaker accuracy, on matched pairs whose gold has a Source: the predicted
 *   source's mention overlaps the gold Source, or the two names share their
 *   last word (`Mr. Maliki` ~ `Nouri al-Maliki`).
 */
import type { ArgumentMap, Quote, Span } from '../../model/types.js';
import { greedyMatch, overlapLength } from '../align.js';
import { prf } from '../metrics.js';
import type { PolnearDoc } from '../readers/brat.js';
import type { WebisDoc } from '../readers/webis.js';
import type { MetricRow, TaskReport } from '../report.js';
import type { AnalyzeFn } from './segmentation.js';

const THRESHOLD = 0.3;

const lastWord = (s: string): string =>
  s
    .replace(/['’]s$/, '')
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w))
    .pop()
    ?.toLowerCase() ?? '';

export interface QuoteScores {
  tp: number;
  fp: number;
  fn: number;
  directGold: number;
  directFound: number;
  indirectGold: number;
  indirectFound: number;
  speakerTotal: number;
  speakerRight: number;
  byKind: Record<string, { predicted: number; matched: number }>;
}

export function emptyScores(): QuoteScores {
  return { tp: 0, fp: 0, fn: 0, directGold: 0, directFound: 0, indirectGold: 0, indirectFound: 0, speakerTotal: 0, speakerRight: 0, byKind: {} };
}

/** Scores one document's predicted quotations against its gold attributions, adding to `s`. */
export function scoreQuotes(text: string, predicted: readonly Quote[], gold: PolnearDoc['attributions'], s: QuoteScores): void {
  // one attribution is one top-level quotation: a partial quotation inside reported speech is part of it; but a
  // block quotation is a text of its own, and the quotations it reports are attributions (PolNeAR annotates them)
  const blocks = new Set(predicted.filter((q) => q.kind === 'block').map((q) => q.id));
  const pred = predicted.filter((q) => q.kind !== 'scare' && (!q.within || blocks.has(q.within)));
  // (a quotation interrupted by its attribution is its parts: the attribution between them is no quoted text)
  const m = greedyMatch(pred.map((q) => q.parts ?? q), gold.map((g) => g.content), { threshold: THRESHOLD });
  s.tp += m.pairs.length;
  s.fp += m.unmatchedPred.length;
  s.fn += m.unmatchedGold.length;
  for (const q of pred) (s.byKind[q.kind] ??= { predicted: 0, matched: 0 }).predicted++;
  for (const g of gold) if (g.direct) s.directGold++;
  else s.indirectGold++;
  for (const p of m.pairs) {
    const g = gold[p.gold]!;
    const q = pred[p.pred]!;
    s.byKind[q.kind]!.matched++;
    if (g.direct) s.directFound++;
    else s.indirectFound++;
    if (!g.source?.length) continue;
    s.speakerTotal++;
    const src = q.source;
    if (!src) continue;
    const goldName = g.source.map((x: Span) => text.slice(x.start, x.end)).join(' ');
    const byMention = src.mention !== undefined && overlapLength(src.mention, g.source) > 0;
    const byName = lastWord(src.name) !== '' && lastWord(src.name) === lastWord(goldName);
    if (byMention || byName) s.speakerRight++;
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function quoteRows(s: QuoteScores): MetricRow[] {
  const all = prf(s.tp, s.fp, s.fn);
  const rows: MetricRow[] = [
    { key: 'quotes.all', metric: 'quotations (overlap ≥ 30% each)', ...all, tp: s.tp, fp: s.fp, fn: s.fn, n: s.tp + s.fn },
    { key: 'quotes.direct.recall', metric: 'direct quotations: recall', r: ratio(s.directFound, s.directGold), n: s.directGold },
    { key: 'quotes.indirect.recall', metric: 'indirect (reported) speech: recall', r: ratio(s.indirectFound, s.indirectGold), n: s.indirectGold },
    { key: 'quotes.speaker', metric: 'speaker of matched quotations', accuracy: ratio(s.speakerRight, s.speakerTotal), n: s.speakerTotal },
  ];
  for (const [kind, k] of Object.entries(s.byKind).sort()) {
    rows.push({ key: `quotes.precision.${kind}`, metric: `precision of ${kind} quotations`, p: ratio(k.matched, k.predicted), n: k.predicted });
  }
  return rows;
}

export function evaluateQuotes(analyze: AnalyzeFn, docs: readonly PolnearDoc[]): TaskReport {
  const s = emptyScores();
  let errors = 0;
  for (const d of docs) {
    let map: ArgumentMap | null = null;
    try {
      map = analyze(d.text);
    } catch {
      errors++;
    }
    scoreQuotes(d.text, map?.quotes ?? [], d.attributions, s);
  }
  return {
    name: 'quotes',
    status: 'done',
    description: 'quotations (all kinds but scare) vs PolNeAR attributed Content; speaker vs Source',
    rows: quoteRows(s),
    counts: { documents: docs.length, errors },
    notes: errors ? [`${errors} documents failed to analyse`] : [],
  };
}

/** Share of Webis `testimony` segments lying (by at least half) inside a detected quotation. */
export function evaluateTestimony(analyze: AnalyzeFn, docs: readonly WebisDoc[]): TaskReport {
  let total = 0;
  let inside = 0;
  let otherInside = 0;
  let other = 0;
  for (const d of docs) {
    const quotes = analyze(d.text).quotes.filter((q) => q.kind !== 'scare');
    for (const seg of d.segments) {
      if (seg.label === 'no-unit' || seg.label === 'title') continue;
      const len = seg.end - seg.start;
      if (len <= 0) continue;
      const covered = quotes.reduce((n, q) => n + overlapLength(q, seg), 0);
      const hit = covered * 2 >= len;
      if (seg.label === 'testimony') {
        total++;
        if (hit) inside++;
      } else {
        other++;
        if (hit) otherInside++;
      }
    }
  }
  return {
    name: 'testimony',
    status: 'done',
    description: 'testimony segments inside a detected quotation (by at least half); other units, for contrast',
    rows: [
      { key: 'testimony.inside', metric: 'testimony segments inside a quotation', value: ratio(inside, total), n: total },
      { key: 'other.inside', metric: 'other unit segments inside a quotation', value: ratio(otherInside, other), n: other },
    ],
    counts: { documents: docs.length },
    notes: [],
  };
}

/**
 * Segmentation on arg-microtexts: how well the analyzer's argumentative units
 * match the gold EDUs, next to the baseline "every sentence is a unit", so
 * the table shows what the unit splitter adds over sentence splitting.
 *
 * - boundary P/R/F1: internal boundaries between consecutive units vs
 *   between consecutive EDUs, compared modulo whitespace and punctuation
 *   ({@link boundaries}); counts summed over texts (micro average);
 * - exact P/R/F1: unit spans equal to an EDU span once both are trimmed of
 *   whitespace and punctuation at either end ({@link compareTrimmedSpans}).
 */
import type { ArgumentMap, Span } from '../../model/types.js';
import { boundaries, compareBoundaries, compareTrimmedSpans } from '../align.js';
import { PRF, type PRFScores } from '../metrics.js';
import { readMicrotextsDir, type MicrotextDoc } from '../readers/microtexts.js';
import { formatTask, type MetricRow, type TaskReport } from '../report.js';

/** The analyzer under evaluation. */
export type AnalyzeFn = (text: string) => ArgumentMap;

export type SegmentationCounts = {
  texts: number;
  edus: number;
  units: number;
  sentences: number;
  /** Texts on which the analyzer threw (scored as if it returned nothing). */
  errors: number;
};

export interface SegmentationScores {
  /** Internal boundary P/R/F1. */
  boundaries: PRFScores;
  /** Exact span P/R/F1 (after trimming whitespace and punctuation). */
  exact: PRFScores;
}

export interface SegmentationTextResult {
  id: string;
  edus: number;
  units: number;
  sentences: number;
  units_boundaries: { tp: number; fp: number; fn: number };
  sentences_boundaries: { tp: number; fp: number; fn: number };
  error?: string;
}

export interface SegmentationReport extends TaskReport {
  name: 'segmentation';
  counts: SegmentationCounts;
  /** Scores of `map.units`. */
  units: SegmentationScores;
  /** Scores of the baseline: `map.sentences` taken as units. */
  sentences: SegmentationScores;
  /** Per-text counts, in corpus order, for error analysis. */
  perText: SegmentationTextResult[];
}

export interface SegmentationOptions {
  /** Evaluate on the first `limit` texts only. */
  limit?: number;
}

/** Boundary and exact-match counts of one predicted segmentation against gold spans. */
export function scoreSegmentation(
  text: string,
  gold: readonly Span[],
  predicted: readonly Span[],
): { boundaries: { tp: number; fp: number; fn: number }; exact: { tp: number; fp: number; fn: number } } {
  return {
    boundaries: compareBoundaries(boundaries(text, predicted), boundaries(text, gold)),
    exact: compareTrimmedSpans(text, predicted, gold),
  };
}

const rowOf = (key: string, metric: string, s: PRFScores): MetricRow => ({
  key,
  metric,
  p: s.p,
  r: s.r,
  f1: s.f1,
  tp: s.tp,
  fp: s.fp,
  fn: s.fn,
  n: s.gold,
});

/**
 * Runs `analyze` on every text of an arg-microtexts directory (or on documents
 * already read) and scores units and sentences against the gold EDUs.
 */
export function evaluateSegmentation(analyze: AnalyzeFn, corpus: string | readonly MicrotextDoc[], options: SegmentationOptions = {}): SegmentationReport {
  let docs = typeof corpus === 'string' ? readMicrotextsDir(corpus) : corpus;
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const counters = {
    units: { boundaries: new PRF(), exact: new PRF() },
    sentences: { boundaries: new PRF(), exact: new PRF() },
  };
  const counts: SegmentationCounts = { texts: 0, edus: 0, units: 0, sentences: 0, errors: 0 };
  const perText: SegmentationTextResult[] = [];
  const notes: string[] = [];

  for (const doc of docs) {
    const gold = doc.edus.map((e) => ({ start: e.start, end: e.end }));
    let units: Span[] = [];
    let sentences: Span[] = [];
    let error: string | undefined;
    try {
      const map = analyze(doc.text);
      if (map.text !== doc.text) throw new Error('the map\'s text differs from the input');
      units = map.units;
      sentences = map.sentences;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      counts.errors++;
    }
    const u = scoreSegmentation(doc.text, gold, units);
    const s = scoreSegmentation(doc.text, gold, sentences);
    counters.units.boundaries.add(u.boundaries.tp, u.boundaries.fp, u.boundaries.fn);
    counters.units.exact.add(u.exact.tp, u.exact.fp, u.exact.fn);
    counters.sentences.boundaries.add(s.boundaries.tp, s.boundaries.fp, s.boundaries.fn);
    counters.sentences.exact.add(s.exact.tp, s.exact.fp, s.exact.fn);
    counts.texts++;
    counts.edus += gold.length;
    counts.units += units.length;
    counts.sentences += sentences.length;
    const r: SegmentationTextResult = {
      id: doc.id,
      edus: gold.length,
      units: units.length,
      sentences: sentences.length,
      units_boundaries: u.boundaries,
      sentences_boundaries: s.boundaries,
    };
    if (error !== undefined) {
      r.error = error;
      if (notes.length < 5) notes.push(`${doc.id}: analyze failed: ${error}`);
    }
    perText.push(r);
  }
  if (counts.errors > 5) notes.push(`... ${counts.errors} texts failed in all`);

  const units = { boundaries: counters.units.boundaries.scores(), exact: counters.units.exact.scores() };
  const sentences = { boundaries: counters.sentences.boundaries.scores(), exact: counters.sentences.exact.scores() };
  const rows: MetricRow[] = [
    rowOf('units.boundaries', 'unit boundaries', units.boundaries),
    rowOf('sentences.boundaries', 'sentence boundaries (baseline)', sentences.boundaries),
    rowOf('units.exact', 'unit = EDU', units.exact),
    rowOf('sentences.exact', 'sentence = EDU (baseline)', sentences.exact),
  ];
  return {
    name: 'segmentation',
    status: 'done',
    description: 'argumentative units vs gold EDUs (arg-microtexts); baseline: one unit per sentence',
    rows,
    counts: { ...counts },
    notes,
    units,
    sentences,
    perText,
  };
}

/** The report as a plain-text table, with the counts below it. */
export function formatSegmentation(report: SegmentationReport): string {
  return formatTask(report);
}

/**
 * Alignment of predicted spans to gold spans: overlap ratios, threshold
 * matching, greedy one-to-one matching, and segment boundaries compared
 * modulo whitespace and punctuation.
 *
 * A "span set" is one span or several (a discontinuous annotation, as brat
 * writes `b e;b e`); the functions below accept both.
 */
import { lowerBound } from '../model/span.js';
import type { Span } from '../model/types.js';

export type SpanSet = Span | readonly Span[];

const asList = (s: SpanSet): readonly Span[] => (Array.isArray(s) ? (s as readonly Span[]) : [s as Span]);

/** Sorted, merged copy of a span set: overlapping or touching pieces become one, empty pieces vanish. */
export function normalizeSpans(s: SpanSet): Span[] {
  const list = asList(s)
    .filter((x) => x.end > x.start)
    .map((x) => ({ start: x.start, end: x.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const x of list) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push(x);
  }
  return out;
}

/** Code units a span set covers (overlaps counted once). */
export function coveredLength(s: SpanSet): number {
  return normalizeSpans(s).reduce((n, x) => n + x.end - x.start, 0);
}

/** Code units two span sets share. */
export function overlapLength(a: SpanSet, b: SpanSet): number {
  const x = normalizeSpans(a);
  const y = normalizeSpans(b);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    n += Math.max(0, Math.min(p.end, q.end) - Math.max(p.start, q.start));
    if (p.end < q.end) i++;
    else j++;
  }
  return n;
}

/** The share of `a` that `b` covers, in [0, 1] (0 for an empty `a`). */
export function overlapRatio(a: SpanSet, b: SpanSet): number {
  const len = coveredLength(a);
  return len === 0 ? 0 : overlapLength(a, b) / len;
}

/** Intersection over union, in [0, 1]. Two empty sets score 0. */
export function jaccard(a: SpanSet, b: SpanSet): number {
  const inter = overlapLength(a, b);
  const union = coveredLength(a) + coveredLength(b) - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * True when `a` and `b` overlap by at least `threshold` of each: the shared
 * part covers ≥ threshold of `a` and ≥ threshold of `b`. With threshold 1 the
 * two must cover the same code units; with a threshold ≤ 0 any overlap counts.
 */
export function spansMatch(a: SpanSet, b: SpanSet, threshold = 0.5): boolean {
  const inter = overlapLength(a, b);
  if (inter === 0) return false;
  return inter >= threshold * coveredLength(a) - 1e-9 && inter >= threshold * coveredLength(b) - 1e-9;
}

export interface MatchPair {
  /** Index into the predicted list. */
  pred: number;
  /** Index into the gold list. */
  gold: number;
  /** The pair's score (by default the smaller of the two overlap ratios). */
  score: number;
}

export interface MatchResult {
  pairs: MatchPair[];
  /** Indices of predicted items left without a partner (false positives). */
  unmatchedPred: number[];
  /** Indices of gold items left without a partner (false negatives). */
  unmatchedGold: number[];
}

export interface MatchOptions {
  /** Minimal overlap of each side, as in {@link spansMatch} (default 0.5). */
  threshold?: number;
  /**
   * Score of a candidate pair; pairs are taken best first. Default: the
   * smaller of the two overlap ratios (equivalently, the threshold each side
   * reaches).
   */
  score?: (pred: SpanSet, gold: SpanSet) => number;
}

/**
 * Greedy one-to-one matching of predicted to gold span sets: every pair that
 * passes the threshold is a candidate; candidates are taken best score first
 * (ties: earlier gold, then earlier prediction), each item used at most once.
 */
export function greedyMatch(pred: readonly SpanSet[], gold: readonly SpanSet[], options: MatchOptions = {}): MatchResult {
  const threshold = options.threshold ?? 0.5;
  const score = options.score ?? ((p: SpanSet, g: SpanSet) => Math.min(overlapRatio(p, g), overlapRatio(g, p)));
  const cands: MatchPair[] = [];
  pred.forEach((p, i) => {
    gold.forEach((g, j) => {
      if (spansMatch(p, g, threshold)) cands.push({ pred: i, gold: j, score: score(p, g) });
    });
  });
  cands.sort((a, b) => b.score - a.score || a.gold - b.gold || a.pred - b.pred);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of cands) {
    if (usedP.has(c.pred) || usedG.has(c.gold)) continue;
    usedP.add(c.pred);
    usedG.add(c.gold);
    pairs.push(c);
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return {
    pairs,
    unmatchedPred: pred.map((_, i) => i).filter((i) => !usedP.has(i)),
    unmatchedGold: gold.map((_, j) => j).filter((j) => !usedG.has(j)),
  };
}

/** Letters, digits and combining marks: the characters boundaries and trimming never skip. */
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** True when the character (code point) that ends just before `pos` is a word character. */
function wordBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false;
  const lo = text.charCodeAt(pos - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && pos >= 2) {
    const hi = text.charCodeAt(pos - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return WORD.test(text.slice(pos - 2, pos));
  }
  return WORD.test(text[pos - 1]!);
}

/** True when the character (code point) that starts at `pos` is a word character. */
function wordAt(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const cp = text.codePointAt(pos)!;
  return WORD.test(String.fromCodePoint(cp));
}

/**
 * The canonical form of a boundary position: moved left over whitespace,
 * punctuation and symbols to just after the last word character. So
 * `obvious, |because`, `obvious |, because` and `obvious|, because` all give
 * the position right after "obvious". A position inside a word stays put.
 */
export function normalizeBoundary(text: string, pos: number): number {
  let p = Math.max(0, Math.min(pos, text.length));
  while (p > 0 && !wordBefore(text, p)) p--;
  return p;
}

/**
 * Shrinks a span to its first and last word characters: leading and trailing
 * whitespace and punctuation go (`  "Yes, it is."` -> `Yes, it is`). A span
 * without any word character collapses to an empty span at its start.
 */
export function trimToWords(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && !wordAt(text, start)) start++;
  while (end > start && !wordBefore(text, end)) end--;
  return start < end ? { start, end } : { start: s.start, end: s.start };
}

/** A string key of a span after {@link trimToWords}, for set comparisons. */
export const trimmedKey = (text: string, s: Span): string => {
  const t = trimToWords(text, s);
  return `${t.start}:${t.end}`;
};

/**
 * The internal boundaries of a segmentation, normalised with
 * {@link normalizeBoundary}: for each pair of consecutive spans (sorted by
 * start), the end of the first and the start of the second. Where the spans
 * are adjacent up to whitespace and punctuation those are one boundary; where
 * words lie between them, two. Positions before the first word or after the
 * last word of the text are not boundaries. Sorted, without duplicates.
 */
export function boundaries(text: string, spans: readonly Span[]): number[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const last = normalizeBoundary(text, text.length);
  const set = new Set<number>();
  for (let i = 1; i < sorted.length; i++) {
    for (const pos of [sorted[i - 1]!.end, sorted[i]!.start]) {
      const b = normalizeBoundary(text, pos);
      if (b > 0 && b < last) set.add(b);
    }
  }
  return [...set].sort((a, b) => a - b);
}

/** Counts of a boundary comparison: predicted, gold, and the boundaries both have. */
export function compareBoundaries(predicted: readonly number[], gold: readonly number[]): { tp: number; fp: number; fn: number } {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const b of p) if (g.has(b)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/**
 * Counts of an exact span comparison after {@link trimToWords} on both sides:
 * a predicted span is correct when some gold span trims to the same range.
 * Spans with no word character are ignored.
 */
export function compareTrimmedSpans(text: string, predicted: readonly Span[], gold: readonly Span[]): { tp: number; fp: number; fn: number } {
  const keys = (list: readonly Span[]): Set<string> => {
    const out = new Set<string>();
    for (const s of list) {
      const t = trimToWords(text, s);
      if (t.end > t.start) out.add(`${t.start}:${t.end}`);
    }
    return out;
  };
  const p = keys(predicted);
  const g = keys(gold);
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export type AlignMethod = 'exact' | 'whitespace' | 'folded' | 'missing';

export interface AlignedPiece extends Span {
  /**
   * How the piece was found: verbatim; ignoring whitespace; ignoring
   * whitespace, case, quote and dash styles; or not at all (then an empty
   * span at the cursor).
   */
  method: AlignMethod;
  /** The text between the previous piece and this one, whitespace collapsed and trimmed ("" when only whitespace). */
  skipped: string;
}

/** Folds one UTF-16 unit for loose comparison: lower case, straight quotes, plain hyphen. */
function foldUnit(c: string): string {
  if (c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b' || c === '\u2032' || c === '`' || c === '\u00b4') return "'";
  if (c === '\u201c' || c === '\u201d' || c === '\u201e' || c === '\u201f' || c === '\u2033' || c === '\u00ab' || c === '\u00bb') return '"';
  if (c === '\u2010' || c === '\u2011' || c === '\u2012' || c === '\u2013' || c === '\u2014' || c === '\u2015' || c === '\u2212') return '-';
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

const SPACE_RE = /\s|[\u200b\ufeff]/;

interface Compact {
  chars: string;
  /** idx[k]: index in the original string of the k-th kept unit. */
  idx: number[];
}

function compact(s: string, fold: boolean): Compact {
  let chars = '';
  const idx: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (SPACE_RE.test(c)) continue;
    chars += fold ? foldUnit(c) : c;
    idx.push(i);
  }
  return { chars, idx };
}

/**
 * Locates `pieces` in `text`, in order, each after the previous one: the way
 * to recover offsets of annotated segments that come without them (each
 * segment's text occurs in the document in order, with whitespace that may
 * differ). For each piece: the first occurrence from the cursor, ignoring
 * whitespace ("exact" when it is also verbatim, else "whitespace"); failing
 * that, one that also ignores case, quote and dash styles ("folded"). A piece
 * found by neither gets an empty span at the cursor and method "missing"; the
 * cursor stays.
 */
export function alignPieces(text: string, pieces: readonly string[]): AlignedPiece[] {
  const plain = compact(text, false);
  const folded = compact(text, true);
  const firstKeptAtOrAfter = (c: Compact, pos: number): number => lowerBound(c.idx, pos);
  const findCompact = (c: Compact, piece: string, fold: boolean, pos: number): Span | null => {
    const needle = compact(piece, fold).chars;
    if (needle === '') return null;
    const k = c.chars.indexOf(needle, firstKeptAtOrAfter(c, pos));
    if (k < 0) return null;
    return { start: c.idx[k]!, end: c.idx[k + needle.length - 1]! + 1 };
  };
  const out: AlignedPiece[] = [];
  let pos = 0;
  for (const piece of pieces) {
    let found: Span | null = findCompact(plain, piece, false, pos);
    let method: AlignMethod = 'missing';
    if (found) method = text.slice(found.start, found.end) === piece.trim() ? 'exact' : 'whitespace';
    else if ((found = findCompact(folded, piece, true, pos))) method = 'folded';
    if (found) {
      out.push({ ...found, method, skipped: text.slice(pos, found.start).replace(/\s+/g, ' ').trim() });
      pos = found.end;
    } else out.push({ start: pos, end: pos, method, skipped: '' });
  }
  return out;
}

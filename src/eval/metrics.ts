/**
 * Counters and scores for the evaluation harness: precision / recall / F1
 * (micro-averaged by summing counts), macro-F1 over classes, accuracy, and a
 * plain-text table formatter.
 *
 * Convention: a ratio whose denominator is 0 is 0 (no predictions: precision
 * 0; no gold items: recall 0), so scores are always finite numbers and
 * serialise to JSON.
 */

/** Scores of one P/R/F1 counter, ready for JSON. */
export interface PRFScores {
  tp: number;
  fp: number;
  fn: number;
  /** Predicted items: tp + fp. */
  predicted: number;
  /** Gold items: tp + fn. */
  gold: number;
  p: number;
  r: number;
  f1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** F1 of a precision and a recall (0 when both are 0). */
export const f1Of = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores from raw counts. */
export function prf(tp: number, fp: number, fn: number): PRFScores {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return { tp, fp, fn, predicted: tp + fp, gold: tp + fn, p, r, f1: f1Of(p, r) };
}

/** A micro-averaged P/R/F1 counter: add counts per document, read scores at the end. */
export class PRF {
  tp = 0;
  fp = 0;
  fn = 0;

  /** Adds raw counts. */
  add(tp: number, fp: number, fn: number): this {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
    return this;
  }

  /** Adds counts given as sizes: `predicted` items, `gold` items, `correct` of them matched one to one. */
  addSizes(predicted: number, gold: number, correct: number): this {
    if (correct > predicted || correct > gold) throw new RangeError(`correct (${correct}) exceeds predicted (${predicted}) or gold (${gold})`);
    return this.add(correct, predicted - correct, gold - correct);
  }

  /** Merges another counter into this one. */
  merge(other: PRF): this {
    return this.add(other.tp, other.fp, other.fn);
  }

  get precision(): number {
    return ratio(this.tp, this.tp + this.fp);
  }

  get recall(): number {
    return ratio(this.tp, this.tp + this.fn);
  }

  get f1(): number {
    return f1Of(this.precision, this.recall);
  }

  scores(): PRFScores {
    return prf(this.tp, this.fp, this.fn);
  }

  toJSON(): PRFScores {
    return this.scores();
  }
}

/** Per-class P/R/F1 counters for a labelling task, with micro and macro averages. */
export class ClassCounts {
  readonly classes = new Map<string, PRF>();

  /** The counter of one class, created on first use. */
  of(label: string): PRF {
    let c = this.classes.get(label);
    if (!c) {
      c = new PRF();
      this.classes.set(label, c);
    }
    return c;
  }

  /**
   * Records one aligned item: its gold label and its predicted label
   * (`null` for an item missing on that side).
   */
  observe(gold: string | null, predicted: string | null): this {
    if (gold !== null && predicted !== null && gold === predicted) this.of(gold).add(1, 0, 0);
    else {
      if (predicted !== null) this.of(predicted).add(0, 1, 0);
      if (gold !== null) this.of(gold).add(0, 0, 1);
    }
    return this;
  }

  /** Micro average: counts summed over the classes. */
  micro(): PRFScores {
    const all = new PRF();
    for (const c of this.classes.values()) all.merge(c);
    return all.scores();
  }

  /** Macro average over `labels` (default: every class seen), see {@link macroF1}. */
  macro(labels?: readonly string[]): { p: number; r: number; f1: number } {
    return macroF1(labels ? labels.map((l) => this.of(l)) : [...this.classes.values()]);
  }

  toJSON(): { classes: Record<string, PRFScores>; micro: PRFScores; macro: { p: number; r: number; f1: number } } {
    const classes: Record<string, PRFScores> = {};
    for (const [k, v] of [...this.classes.entries()].sort((a, b) => a[0].localeCompare(b[0]))) classes[k] = v.scores();
    return { classes, micro: this.micro(), macro: this.macro() };
  }
}

/**
 * Macro average: the unweighted mean of the per-class precision, recall and
 * F1 (F1 is the mean of the class F1s, not the F1 of the mean P and R).
 * Zero classes give zeros.
 */
export function macroF1(classes: Iterable<PRF | PRFScores>): { p: number; r: number; f1: number } {
  let p = 0;
  let r = 0;
  let f = 0;
  let n = 0;
  for (const c of classes) {
    const s = c instanceof PRF ? c.scores() : c;
    p += s.p;
    r += s.r;
    f += s.f1;
    n++;
  }
  return n === 0 ? { p: 0, r: 0, f1: 0 } : { p: p / n, r: r / n, f1: f / n };
}

/** An accuracy counter. */
export class Accuracy {
  correct = 0;
  total = 0;

  add(isCorrect: boolean): this {
    this.total++;
    if (isCorrect) this.correct++;
    return this;
  }

  get value(): number {
    return ratio(this.correct, this.total);
  }

  toJSON(): { correct: number; total: number; accuracy: number } {
    return { correct: this.correct, total: this.total, accuracy: this.value };
  }
}

/** Accuracy of counts (0 for an empty set). */
export const accuracy = (correct: number, total: number): number => ratio(correct, total);

export interface TableOptions {
  /** Alignment per column; default: left for the first column, right for the others. */
  align?: readonly ('left' | 'right')[];
  /** Digits after the decimal point for non-integer numbers (default 3). */
  digits?: number;
  /** Characters between columns (default two spaces). */
  gap?: string;
}

export type Cell = string | number | null | undefined;

/** Renders a cell: integers as they are, other numbers with `digits` decimals, nullish as "-". */
export function formatCell(c: Cell, digits = 3): string {
  if (c === null || c === undefined) return '-';
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return String(c);
    return Number.isInteger(c) ? String(c) : c.toFixed(digits);
  }
  return c;
}

/**
 * A plain-text table with aligned columns: a header row, a rule of dashes,
 * then the rows. Lines carry no trailing spaces.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  const digits = options.digits ?? 3;
  const gap = options.gap ?? '  ';
  const cols = Math.max(headers.length, ...rows.map((r) => r.length));
  const cells: string[][] = [
    Array.from({ length: cols }, (_, i) => headers[i] ?? ''),
    ...rows.map((r) => Array.from({ length: cols }, (_, i) => formatCell(r[i], digits))),
  ];
  const width = Array.from({ length: cols }, (_, i) => Math.max(...cells.map((r) => [...r[i]!].length)));
  const align = (i: number): 'left' | 'right' => options.align?.[i] ?? (i === 0 ? 'left' : 'right');
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(width[i]! - [...c].length);
        return align(i) === 'left' ? c + pad : pad + c;
      })
      .join(gap)
      .replace(/\s+$/, '');
  const rule = width.map((w) => '-'.repeat(w)).join(gap);
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * The shape of evaluation reports: plain data (JSON-ready), one entry per
 * task, each with rows of metrics. New tasks add a TaskReport; new metrics
 * add rows.
 */
import { formatTable } from './metrics.js';

/** `corpora`: the folder holding several corpora (tasks that read more than one, such as actors). */
export type CorpusKind = 'arg-microtexts' | 'polnear' | 'webis-editorials' | 'web-discourse' | 'corpora';

/** One line of a task's results. Scores are in [0, 1]. */
export interface MetricRow {
  /** Stable machine key, e.g. `units.boundaries`. */
  key?: string;
  /** Human label, e.g. `unit boundaries`. */
  metric: string;
  p?: number;
  r?: number;
  f1?: number;
  accuracy?: number;
  /** A single score that is none of the above. */
  value?: number;
  tp?: number;
  fp?: number;
  fn?: number;
  /** Number of gold items (or of evaluated items, for accuracy). */
  n?: number;
}

export interface TaskReport {
  name: string;
  /** `done`: scored; `planned`: the corpus supports the task, the scorer is still to come. */
  status: 'done' | 'planned';
  description?: string;
  rows: MetricRow[];
  counts?: Record<string, number>;
  notes: string[];
}

export interface EvalReport {
  corpus: CorpusKind;
  /** The path the corpus was read from. */
  path: string;
  /** The task asked for, or `all`. */
  task: string;
  tasks: TaskReport[];
  /** Size of the corpus as read (documents, annotations by kind, ...). */
  counts: Record<string, number>;
  /** The scored rows by task and row key: `metrics.segmentation['units.boundaries'].f1`. */
  metrics: Record<string, Record<string, MetricRow>>;
  /** Everything above as plain text. */
  table: string;
}

/** `metrics` of a report, from its tasks. */
export function metricsOf(tasks: readonly TaskReport[]): Record<string, Record<string, MetricRow>> {
  const out: Record<string, Record<string, MetricRow>> = {};
  for (const t of tasks) {
    if (t.status !== 'done') continue;
    const rows: Record<string, MetricRow> = {};
    for (const r of t.rows) rows[r.key ?? r.metric] = r;
    out[t.name] = rows;
  }
  return out;
}

const SCORES = new Set<keyof MetricRow>(['p', 'r', 'f1', 'accuracy', 'value']);

/** A task's rows as a table (P/R/F1 columns, plus accuracy/value when any row has them). */
export function formatTask(t: TaskReport): string {
  if (t.status === 'planned') return `${t.name}: planned${t.description ? ` (${t.description})` : ''}`;
  const has = (k: keyof MetricRow): boolean => t.rows.some((r) => r[k] !== undefined);
  const cols: (keyof MetricRow)[] = ['p', 'r', 'f1', 'accuracy', 'value', 'tp', 'fp', 'fn', 'n'].filter((k) => has(k as keyof MetricRow)) as (keyof MetricRow)[];
  const label: Partial<Record<keyof MetricRow, string>> = { p: 'P', r: 'R', f1: 'F1', accuracy: 'acc' };
  const table = formatTable(
    [t.name, ...cols.map((c) => label[c] ?? String(c))],
    t.rows.map((r) => [
      r.metric,
      ...cols.map((c) => {
        const v = r[c] as number | undefined;
        return v !== undefined && SCORES.has(c) ? v.toFixed(3) : v;
      }),
    ]),
  );
  const counts = t.counts ? Object.entries(t.counts).map(([k, v]) => `${k} ${v}`).join(', ') : '';
  return [table, counts, ...t.notes].filter((l) => l !== '').join('\n');
}

/** The whole report as text: corpus line, counts, then each task. */
export function formatReport(r: Omit<EvalReport, 'table'>): string {
  const counts = Object.entries(r.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [`corpus: ${r.corpus} (${r.path})`, counts, '', ...r.tasks.map(formatTask).join('\n\n').split('\n')].join('\n');
}

/**
 * Evaluation harness: finds which corpus a path holds, reads it, runs the
 * tasks that corpus supports, and reports scores as data and as a table.
 *
 * Runs from the CLI and the tests only (it reads files with node:fs); the
 * library core does not import it.
 */
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMicrotextsDir, readMicrotext, readMicrotextsDir, type MicrotextDoc } from './readers/microtexts.js';
import { findPolnearSplitDir, readPolnearDir, type PolnearDoc } from './readers/brat.js';
import { findWebisDirs, isWebisFile, readWebisDir, readWebisFile, type WebisDoc } from './readers/webis.js';
import { isWebDiscourseFile, readWebDiscourse, type WebDiscourseDoc } from './readers/webdiscourse.js';
import { evaluateSegmentation, type AnalyzeFn } from './tasks/segmentation.js';
import { runActorsEval } from './tasks/actors.js';
import { evaluateQuotes, evaluateTestimony } from './tasks/quotes.js';
import { evaluateArgument, evaluateWebDiscourse, type ArgumentReports } from './tasks/argument.js';
import { formatReport, metricsOf, type CorpusKind, type EvalReport, type TaskReport } from './report.js';

export type { CorpusKind, EvalReport, MetricRow, TaskReport } from './report.js';
export type { AnalyzeFn, SegmentationReport } from './tasks/segmentation.js';
export { evaluateSegmentation, scoreSegmentation } from './tasks/segmentation.js';
export { evaluateActors, scoreActorMentions, findCorporaRoot, runActorsEval } from './tasks/actors.js';
export type { ActorsReport, GoldActorMention } from './tasks/actors.js';
export { formatReport, formatTask } from './report.js';

export interface DetectedCorpus {
  kind: CorpusKind;
  /** The directory or file the reader takes (e.g. `.../corpus/en`, `.../data/dev`, `.../dev.jsonl`). */
  path: string;
}

export interface TaskInfo {
  name: string;
  status: 'done' | 'planned';
  description: string;
}

/** The tasks each corpus supports; `planned` ones have readers but no scorer yet. */
export const TASKS: Record<CorpusKind, TaskInfo[]> = {
  'arg-microtexts': [
    { name: 'segmentation', status: 'done', description: 'argumentative units vs gold EDUs; baseline: one unit per sentence' },
    { name: 'central-claim', status: 'done', description: 'mainClaim vs the gold central claim; baselines: first unit, last unit' },
    { name: 'relations', status: 'done', description: 'support/attack relations between units vs sup/exa and reb/und edges' },
    { name: 'stance', status: 'done', description: 'unit stance pro/con vs proponent/opponent role' },
  ],
  polnear: [
    { name: 'quotes', status: 'done', description: 'quotations vs attributed Content (overlap ≥ 30% of each), direct recall, speaker accuracy' },
  ],
  'webis-editorials': [
    { name: 'unit-types', status: 'planned', description: 'unit types vs segment labels (title, assumption ~ claim, anecdote/statistics ~ evidence)' },
    { name: 'testimony', status: 'done', description: 'testimony segments inside a detected quotation' },
  ],
  'web-discourse': [
    { name: 'argument', status: 'done', description: 'a second opinion on user-generated text: thesis vs the claim, stance (rebuttal = con), evidence vs backing, relations between explicit units' },
  ],
  // the shared folder: tasks that read several corpora (see CROSS_TASKS)
  corpora: [],
};

/**
 * Tasks scored across corpora, asked for by name (`--task actors`): the path
 * is the shared corpora folder (or a folder inside it); the seed post is
 * scored too, and alone when no corpora are found.
 */
export const CROSS_TASKS: TaskInfo[] = [
  { name: 'actors', status: 'done', description: 'actor mentions and their resolution: the seed (EXPECTED.md) and 20 hand-annotated PolNeAR/Webis paragraphs (test/gold/actors-*.json)' },
];

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();
const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();

/**
 * Which corpus a path holds, and the exact directory or file its reader
 * takes; null when none fits. Recognised:
 * - arg-microtexts: a folder of `micro_*.xml` + `.txt` pairs, or the corpus
 *   root / `corpus` folder above `en/`;
 * - PolNeAR: a split folder (`data/dev`, `data/train`), `data/` or the corpus
 *   root (both -> `data/dev`);
 * - Webis editorials: the corpus root, `data-source/`, an outlet folder, or
 *   one `.json` editorial;
 * - web-discourse: a `.jsonl` file of documents with units, or a folder
 *   holding `dev.jsonl`.
 * A folder holding several corpora (such as `shared/corpora`) is not a corpus.
 */
export function detectCorpus(path: string): DetectedCorpus | null {
  const p = resolve(path);
  if (isFile(p)) {
    if (/\.jsonl$/i.test(p) && isWebDiscourseFile(p)) return { kind: 'web-discourse', path: p };
    if (/\.json$/i.test(p) && isWebisFile(p)) return { kind: 'webis-editorials', path: p };
    if (/\.(xml|txt)$/i.test(p)) {
      const base = p.replace(/\.(xml|txt)$/i, '');
      if (isFile(`${base}.xml`) && isFile(`${base}.txt`)) return { kind: 'arg-microtexts', path: p };
    }
    return null;
  }
  if (!isDir(p)) return null;
  const micro = findMicrotextsDir(p);
  if (micro) return { kind: 'arg-microtexts', path: micro };
  const polnear = findPolnearSplitDir(p);
  if (polnear) return { kind: 'polnear', path: polnear };
  const jsonl = readdirSync(p)
    .filter((n) => /\.jsonl$/i.test(n))
    .sort((a, b) => (a === 'dev.jsonl' ? -1 : b === 'dev.jsonl' ? 1 : a.localeCompare(b)))
    .map((n) => join(p, n))
    .find(isWebDiscourseFile);
  if (jsonl) return { kind: 'web-discourse', path: jsonl };
  const webis = findWebisDirs(p);
  if (webis.length > 0) {
    const first = readdirSync(webis[0]!).find((n) => n.endsWith('.json'));
    if (first && isWebisFile(join(webis[0]!, first))) return { kind: 'webis-editorials', path: p };
  }
  return null;
}

export interface RunEvalOptions {
  /** One task by name (see {@link TASKS}); default: every task of the corpus. */
  task?: string;
  /** Read only the first `limit` documents. */
  limit?: number;
  /** PolNeAR split when the path is the corpus root or `data/` (default `dev`). */
  split?: string;
}

function microCounts(docs: readonly MicrotextDoc[]): Record<string, number> {
  const c: Record<string, number> = { texts: docs.length, edus: 0, edus_exact: 0, adus: 0, pro: 0, opp: 0 };
  for (const d of docs) {
    c.edus! += d.edus.length;
    c.edus_exact! += d.edus.filter((e) => e.alignment === 'exact').length;
    c.adus! += d.adus.length;
    for (const a of d.adus) c[a.role]!++;
    for (const e of d.edges) c[`edges.${e.type}`] = (c[`edges.${e.type}`] ?? 0) + 1;
  }
  return c;
}

function polnearCounts(docs: readonly PolnearDoc[]): Record<string, number> {
  const c: Record<string, number> = { documents: docs.length, multi_annotator: 0, attributions: 0, direct: 0, indirect: 0, with_source: 0, with_cue: 0, discontinuous: 0 };
  for (const d of docs) {
    if (d.annotators.length > 1) c.multi_annotator!++;
    for (const a of d.attributions) {
      c.attributions!++;
      c[a.direct ? 'direct' : 'indirect']!++;
      if (a.source) c.with_source!++;
      if (a.cue) c.with_cue!++;
      if (a.content.length > 1) c.discontinuous!++;
    }
  }
  return c;
}

function webisCounts(docs: readonly WebisDoc[]): Record<string, number> {
  const c: Record<string, number> = { documents: docs.length, paragraphs: 0, segments: 0 };
  for (const d of docs) {
    c.paragraphs! += d.paragraphs.length;
    c.segments! += d.segments.length;
    for (const s of d.segments) c[`label.${s.label}`] = (c[`label.${s.label}`] ?? 0) + 1;
  }
  return c;
}

function webDiscourseCounts(docs: readonly WebDiscourseDoc[]): Record<string, number> {
  const c: Record<string, number> = { documents: docs.length, units: 0, implicit: 0, relations: 0 };
  for (const d of docs) {
    c.units! += d.units.length;
    c.relations! += d.relations.length;
    for (const u of d.units) {
      c[`units.${u.type}`] = (c[`units.${u.type}`] ?? 0) + 1;
      if (u.implicit) c.implicit!++;
    }
    for (const r of d.relations) c[`relations.${r.type}`] = (c[`relations.${r.type}`] ?? 0) + 1;
  }
  return c;
}

const planned = (t: TaskInfo): TaskReport => ({ name: t.name, status: 'planned', description: t.description, rows: [], notes: [] });

/**
 * Evaluates `analyze` on the corpus at `path`. Throws when the path holds no
 * known corpus or the task is unknown for it. Tasks not yet scored appear in
 * the report with status `planned`.
 */
export function runEval(path: string, analyze: AnalyzeFn, options: RunEvalOptions = {}): EvalReport {
  if (options.task === 'actors') return runActorsEval(path, analyze, options.limit === undefined ? {} : { limit: options.limit });
  const found = detectCorpus(path);
  if (!found) {
    throw new Error(
      `no known corpus at ${path}: expected an arg-microtexts folder, a PolNeAR folder (data/dev), Webis editorials (data-source) or a web-discourse .jsonl`,
    );
  }
  const infos = TASKS[found.kind];
  let selected = infos;
  if (options.task !== undefined) {
    selected = infos.filter((t) => t.name === options.task);
    if (selected.length === 0) {
      throw new Error(`unknown task "${options.task}" for ${found.kind}; tasks: ${infos.map((t) => t.name).join(', ')}`);
    }
  }
  const take = <T>(docs: T[]): T[] => (options.limit === undefined ? docs : docs.slice(0, options.limit));
  let counts: Record<string, number>;
  const tasks: TaskReport[] = [];
  switch (found.kind) {
    case 'arg-microtexts': {
      const docs = take(isFile(found.path) ? [readMicrotext(found.path)] : readMicrotextsDir(found.path));
      counts = microCounts(docs);
      let argument: ArgumentReports | null = null;
      const argumentTask = (name: string): TaskReport => {
        argument ??= evaluateArgument(analyze, docs);
        return name === 'central-claim' ? argument.centralClaim : name === 'relations' ? argument.relations : argument.stance;
      };
      for (const t of selected) tasks.push(t.name === 'segmentation' ? evaluateSegmentation(analyze, docs) : ['central-claim', 'relations', 'stance'].includes(t.name) ? argumentTask(t.name) : planned(t));
      break;
    }
    case 'polnear': {
      const dir = options.split ? (findPolnearSplitDir(resolve(path), options.split) ?? found.path) : found.path;
      found.path = dir;
      const docs = take(readPolnearDir(dir));
      counts = polnearCounts(docs);
      for (const t of selected) tasks.push(t.name === 'quotes' ? evaluateQuotes(analyze, docs) : planned(t));
      break;
    }
    case 'webis-editorials': {
      const docs = take(isFile(found.path) ? [readWebisFile(found.path)] : readWebisDir(found.path));
      counts = webisCounts(docs);
      for (const t of selected) tasks.push(t.name === 'testimony' ? evaluateTestimony(analyze, docs) : planned(t));
      break;
    }
    case 'web-discourse': {
      const docs = take(readWebDiscourse(found.path));
      counts = webDiscourseCounts(docs);
      for (const t of selected) tasks.push(t.name === 'argument' ? evaluateWebDiscourse(analyze, docs) : planned(t));
      break;
    }
    default:
      counts = {};
  }
  const report = { corpus: found.kind, path: found.path, task: options.task ?? 'all', tasks, counts, metrics: metricsOf(tasks) };
  return { ...report, table: formatReport(report) };
}

export { readMicrotext, readMicrotextsDir, parseMicrotext, findMicrotextsDir } from './readers/microtexts.js';
export type { MicrotextDoc, MicroEdu, MicroAdu, MicroEdge } from './readers/microtexts.js';
export { parseBrat, attributionsOf, readPolnearDir, readPolnearDoc, findPolnearSplitDir } from './readers/brat.js';
export type { BratDocument, Attribution, PolnearDoc } from './readers/brat.js';
export { buildWebisText, parseWebis, readWebisFile, readWebisDir } from './readers/webis.js';
export type { WebisDoc, WebisSegment } from './readers/webis.js';
export { parseWebDiscourse, readWebDiscourse } from './readers/webdiscourse.js';
export type { WebDiscourseDoc, WebDiscourseUnit } from './readers/webdiscourse.js';

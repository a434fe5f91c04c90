/**
 * Actors: mentions and their resolution against hand-made gold.
 *
 * - the seed post: test/gold/actors-seed.json (the actors table of
 *   shared/seed/EXPECTED.md, with offsets into examples/basra-power-struggle.txt);
 * - 30 paragraphs of PolNeAR dev and Webis editorial texts annotated for this
 *   project, 20 the rules were tuned on (`dev`) and 10 annotated afterwards
 *   (`held-out`): test/gold/actors-corpora.json holds document paths, paragraph
 *   spans, a hash of each paragraph and the gold mentions (offsets, names,
 *   types), never the text, which is read from the shared corpora folder.
 *   Whole documents are analysed (resolution may use the rest of the text);
 *   only mentions within the annotated paragraph are scored.
 *
 * A predicted mention matches a gold one when their spans overlap (one to
 * one, preferring the right actor, then the larger overlap). Resolution is
 * right when the predicted entity is the gold actor: the same gazetteer id
 * when the gold actor has one; otherwise an entity outside the gazetteer with
 * the gold name, or the one entity that holds most of that actor's matched
 * mentions (names of actors no list knows are the annotator's choice).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArgumentMap, Entity, Span } from '../../model/types.js';
import { PRF, type PRFScores } from '../metrics.js';
import { readWebisFile } from '../readers/webis.js';
import { formatReport, metricsOf, type CorpusKind, type EvalReport, type MetricRow, type TaskReport } from '../report.js';
import type { AnalyzeFn } from './segmentation.js';

export interface GoldActorMention extends Span {
  /** Canonical name of the actor. */
  name: string;
  type: string;
  /** Gazetteer id, when the actor has one. */
  actor?: string;
}

export interface ActorsGoldDoc {
  id: string;
  /** `dev` (the rules were tuned on it) or `held-out` (annotated after, never tuned on). */
  set?: string;
  text: string;
  /** The part of the text that was annotated. */
  region: Span;
  mentions: GoldActorMention[];
}

export interface ActorsScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched mentions resolved to the gold actor. */
  resolved: number;
  /** Matched mentions whose entity has the gold type. */
  typed: number;
  errors: string[];
}

/** The repository root (this file runs from dist/src/eval/tasks/). */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** FNV-1a (32 bits) of a string's UTF-16 units, as 8 hex digits: detects a corpus file that changed. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Scores one document's entities against its gold mentions, within `region`. */
export function scoreActorMentions(text: string, gold: readonly GoldActorMention[], entities: readonly Entity[], region: Span = { start: 0, end: text.length }): ActorsScore {
  const preds: Array<{ span: Span; entity: Entity }> = [];
  for (const e of entities) for (const m of e.mentions) if (overlap(m, region) > 0) preds.push({ span: m, entity: e });
  // entities outside the gazetteer: which gold actor (without id) each stands for
  const counts = new Map<Entity, Map<string, number>>();
  for (const p of preds) {
    if (!p.entity.id.startsWith('e:')) continue;
    for (const g of gold) {
      if (g.actor || overlap(p.span, g) === 0) continue;
      const c = counts.get(p.entity) ?? new Map<string, number>();
      c.set(g.name, (c.get(g.name) ?? 0) + 1);
      counts.set(p.entity, c);
    }
  }
  const owner = new Map<string, { entity: Entity; n: number }>();
  for (const [e, c] of counts) {
    for (const [name, n] of c) {
      const cur = owner.get(name);
      if (!cur || n > cur.n) owner.set(name, { entity: e, n });
    }
  }
  const right = (e: Entity, g: GoldActorMention): boolean => {
    if (g.actor) return e.id === g.actor;
    if (fold(e.name) === fold(g.name)) return true;
    return e.id.startsWith('e:') && owner.get(g.name)?.entity === e;
  };
  const pairs: Array<{ g: number; p: number; right: boolean; o: number }> = [];
  gold.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const o = overlap(g, p.span);
      if (o > 0) pairs.push({ g: gi, p: pi, right: right(p.entity, g), o });
    }),
  );
  pairs.sort((a, b) => Number(b.right) - Number(a.right) || b.o - a.o);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  let resolved = 0;
  let typed = 0;
  const errors: string[] = [];
  const show = (s: Span): string => JSON.stringify(text.slice(s.start, s.end));
  for (const x of pairs) {
    if (gUsed.has(x.g) || pUsed.has(x.p)) continue;
    gUsed.add(x.g);
    pUsed.add(x.p);
    const g = gold[x.g]!;
    const p = preds[x.p]!;
    if (x.right) resolved++;
    else errors.push(`wrong actor: ${show(g)} is ${g.name}, got ${p.entity.name} (${p.entity.id})`);
    if (p.entity.type === g.type) typed++;
  }
  gold.forEach((g, i) => gUsed.has(i) || errors.push(`missed: ${show(g)} (${g.name})`));
  preds.forEach((p, i) => pUsed.has(i) || errors.push(`spurious: ${show(p.span)} (${p.entity.name}, ${p.entity.type})`));
  return { tp: gUsed.size, fp: preds.length - pUsed.size, fn: gold.length - gUsed.size, resolved, typed, errors };
}

interface GoldFileSeed {
  text: string;
  length: number;
  fnv1a: string;
  mentions: Array<GoldActorMention & { text?: string }>;
}

interface GoldFileCorpora {
  documents: Array<{ doc: string; set?: string; paragraph: Span; fnv1a: string; mentions: GoldActorMention[] }>;
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

/** The seed's gold, or null (with the reason) when the files are not there. */
export function readSeedGold(root = ROOT): { doc: ActorsGoldDoc | null; note?: string } {
  const file = join(root, 'test', 'gold', 'actors-seed.json');
  if (!existsSync(file)) return { doc: null, note: `seed gold not found (${file})` };
  const g = readJson<GoldFileSeed>(file);
  const textPath = join(root, g.text);
  if (!existsSync(textPath)) return { doc: null, note: `seed text not found (${textPath})` };
  const text = readFileSync(textPath, 'utf8');
  if (text.length !== g.length || fnv1a(text) !== g.fnv1a) return { doc: null, note: `${g.text} changed since the gold was made: seed skipped` };
  return { doc: { id: g.text, text, region: { start: 0, end: text.length }, mentions: g.mentions.map(({ start, end, name, type, actor }) => ({ start, end, name, type, ...(actor ? { actor } : {}) })) } };
}

/** The hand-annotated corpus paragraphs whose texts are found under `corpora`, and notes on the others. */
export function readCorporaGold(corpora: string, root = ROOT): { docs: ActorsGoldDoc[]; notes: string[] } {
  const file = join(root, 'test', 'gold', 'actors-corpora.json');
  if (!existsSync(file)) return { docs: [], notes: [`corpus gold not found (${file})`] };
  const g = readJson<GoldFileCorpora>(file);
  const docs: ActorsGoldDoc[] = [];
  const notes: string[] = [];
  const texts = new Map<string, string>();
  for (const d of g.documents) {
    const p = join(corpora, d.doc);
    if (!existsSync(p)) {
      notes.push(`${d.doc}: not found under ${corpora}`);
      continue;
    }
    let text = texts.get(p);
    if (text === undefined) {
      text = p.endsWith('.json') ? readWebisFile(p).text : readFileSync(p, 'utf8');
      texts.set(p, text);
    }
    if (fnv1a(text.slice(d.paragraph.start, d.paragraph.end)) !== d.fnv1a) {
      notes.push(`${d.doc}: the annotated paragraph changed: skipped`);
      continue;
    }
    docs.push({ id: d.doc, ...(d.set ? { set: d.set } : {}), text, region: d.paragraph, mentions: d.mentions });
  }
  return { docs, notes };
}

/**
 * The folder that holds the shared corpora (`polnear/`, `webis-editorials/`):
 * `path` itself, or the nearest folder above it; null when there is none.
 */
export function findCorporaRoot(path: string): string | null {
  let p = resolve(path);
  for (let k = 0; k < 6; k++) {
    try {
      if (statSync(p).isDirectory() && (existsSync(join(p, 'polnear')) || existsSync(join(p, 'webis-editorials')))) return p;
    } catch {
      // not there: look above
    }
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  return null;
}

const row = (key: string, metric: string, s: PRFScores): MetricRow => ({ key, metric, p: s.p, r: s.r, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn, n: s.gold });

export interface ActorsReport extends TaskReport {
  name: 'actors';
  /** Per part (`seed`, `corpora`): the error list (missed, spurious, wrong actor). */
  errors: Record<string, string[]>;
}

export interface ActorsOptions {
  /** Score only the first `limit` annotated corpus paragraphs. */
  limit?: number;
  /** Repository root holding test/gold and the seed (default: this package's). */
  root?: string;
  /** How many errors of each part to list in the notes (default 40). */
  showErrors?: number;
}

/**
 * Scores `analyze` on the seed and on the hand-annotated corpus paragraphs
 * (when `corpora`, the shared corpora folder, is given and found).
 */
export function evaluateActors(analyze: AnalyzeFn, corpora: string | null, options: ActorsOptions = {}): ActorsReport {
  const notes: string[] = [];
  const rows: MetricRow[] = [];
  const errors: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  const seed = readSeedGold(options.root);
  if (seed.note) notes.push(seed.note);
  let corpusDocs: ActorsGoldDoc[] = [];
  if (corpora) {
    const c = readCorporaGold(corpora, options.root);
    corpusDocs = options.limit === undefined ? c.docs : c.docs.slice(0, options.limit);
    notes.push(...c.notes);
  } else notes.push('shared corpora not found: the hand-annotated paragraphs were not scored');

  const maps = new Map<string, ArgumentMap>();
  const run = (doc: ActorsGoldDoc): ArgumentMap => {
    let m = maps.get(doc.id);
    if (!m) {
      m = analyze(doc.text);
      maps.set(doc.id, m);
    }
    return m;
  };
  const part = (label: string, key: string, docs: ActorsGoldDoc[]): void => {
    if (docs.length === 0) return;
    const prf = new PRF();
    let resolved = 0;
    let typed = 0;
    const errs: string[] = [];
    for (const d of docs) {
      let entities: Entity[] = [];
      try {
        entities = run(d).entities;
      } catch (e) {
        errs.push(`${d.id}: analyze failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      const s = scoreActorMentions(d.text, d.mentions, entities, d.region);
      prf.add(s.tp, s.fp, s.fn);
      resolved += s.resolved;
      typed += s.typed;
      for (const e of s.errors) errs.push(docs.length > 1 ? `${d.id.split('/').pop()}: ${e}` : e);
    }
    const sc = prf.scores();
    rows.push(row(`${key}.mentions`, `${label}: mentions`, sc));
    rows.push({ key: `${key}.resolution`, metric: `${label}: resolved to the gold actor`, accuracy: sc.tp ? resolved / sc.tp : 0, n: sc.tp });
    rows.push({ key: `${key}.types`, metric: `${label}: entity type = gold type`, accuracy: sc.tp ? typed / sc.tp : 0, n: sc.tp });
    counts[`${key}_documents`] = docs.length;
    counts[`${key}_gold`] = sc.gold;
    errors[key] = errs;
    const show = options.showErrors ?? 40;
    for (const e of errs.slice(0, show)) notes.push(`${key}: ${e}`);
    if (errs.length > show) notes.push(`${key}: ... ${errs.length - show} more`);
  };
  if (seed.doc) part('seed', 'seed', [seed.doc]);
  part('corpus paragraphs (dev)', 'corpora', corpusDocs.filter((d) => d.set !== 'held-out'));
  part('corpus paragraphs (held-out)', 'heldout', corpusDocs.filter((d) => d.set === 'held-out'));
  return {
    name: 'actors',
    status: 'done',
    description: 'actor mentions (overlap match) and their resolution: the seed post (EXPECTED.md) and 20 + 10 (held-out) hand-annotated PolNeAR/Webis paragraphs',
    rows,
    counts,
    notes,
    errors,
  };
}

/**
 * `argmap eval PATH --task actors`: PATH is the shared corpora folder (or any
 * folder inside it, or a path without corpora: the seed alone is scored).
 */
export function runActorsEval(path: string, analyze: AnalyzeFn, options: ActorsOptions = {}): EvalReport {
  const corpora = findCorporaRoot(path);
  const fn = analyze;
  const task = evaluateActors(fn, corpora, options);
  const kind: CorpusKind = 'corpora'; // the shared folder: several corpora plus the seed
  const report = { corpus: kind, path: corpora ?? resolve(path), task: 'actors', tasks: [task], counts: { ...task.counts }, metrics: metricsOf([task]) };
  return { ...report, table: formatReport(report) };
}

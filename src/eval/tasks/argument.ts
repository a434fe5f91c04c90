/**
 * The argument on arg-microtexts: the thesis, the support/attack relations
 * and the stance of each unit, against the gold argument graphs.
 *
 * Alignment: a predicted unit and a gold ADU align when they overlap by at
 * least half of each (both trimmed of whitespace and punctuation at either
 * end; an ADU made of several EDUs counts the EDUs' lengths). Each ADU aligns
 * with at most one unit (the one with the largest overlap), and a unit with at
 * most one ADU.
 *
 * - central-claim: the map's `mainClaim` aligns with the gold central claim
 *   (accuracy over texts); baselines: the first unit, the last unit.
 * - relations: gold edges become unit pairs (see {@link goldPairs}); a
 *   predicted relation is right for attachment when its two ends align, in
 *   that direction, with the ends of a gold pair not matched yet, and right
 *   for the typed score when its type matches too (support = sup/exa/add,
 *   attack = reb/und). A relation whose ends do not both align is a false
 *   positive. Baselines: every unit attached to the first unit, every unit
 *   attached to the unit before it (as support).
 * - stance: for each gold ADU, its role (pro -> `pro`, opp -> `con`) against
 *   the stance of its aligned unit (none when no unit aligns or the unit has
 *   no stance); macro-F1 over pro and con. Baseline: everything pro.
 */
import type { ArgumentMap, Relation, Span } from '../../model/types.js';
import { trimToWords } from '../align.js';
import { Accuracy, ClassCounts, PRF } from '../metrics.js';
import type { MicroEdge, MicrotextDoc } from '../readers/microtexts.js';
import type { MetricRow, TaskReport } from '../report.js';
import type { AnalyzeFn } from './segmentation.js';

export interface GoldPair {
  from: string;
  to: string;
  type: 'support' | 'attack';
  /** The corpus edge type it comes from. */
  edge: MicroEdge['type'];
}

/**
 * The gold relations as pairs of ADUs, the way Peldszus & Stede reduce their
 * graphs to dependency trees (evidencegraph, `get_relation_node_free_graph`):
 * - `sup`, `exa` (support) and `reb` (attack) join two ADUs as they are;
 * - `und` (an undercut: the target is an edge) attacks the source ADU of
 *   the edge it targets (following edges that target edges);
 * - `add` (a linked premise: the target is an edge, whose premise it joins)
 *   supports the source ADU of that edge, its co-premise.
 */
export function goldPairs(doc: MicrotextDoc): GoldPair[] {
  const byId = new Map(doc.edges.map((e) => [e.id, e]));
  const adus = new Set(doc.adus.map((a) => a.id));
  /** The ADU an edge comes from, for edges targeted by und/add. */
  const sourceAdu = (edgeId: string): string | null => {
    const e = byId.get(edgeId);
    return e && adus.has(e.src) ? e.src : null;
  };
  const out: GoldPair[] = [];
  for (const e of doc.edges) {
    if (e.type === 'seg') continue;
    const type = e.type === 'reb' || e.type === 'und' ? 'attack' : 'support';
    const to = e.targetKind === 'adu' ? e.trg : e.targetKind === 'edge' ? sourceAdu(e.trg) : null;
    if (to === null || !adus.has(e.src) || to === e.src) continue;
    out.push({ from: e.src, to, type, edge: e.type });
  }
  return out;
}

/** Length of a span once trimmed of whitespace and punctuation. */
const trimmed = (text: string, s: Span): Span => trimToWords(text, s);
const len = (s: Span): number => Math.max(0, s.end - s.start);
const ov = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Aligns units with gold ADUs by the half-overlap rule: returns the unit id
 * for each ADU id (ADUs without a unit are absent) and the reverse map.
 */
export function alignUnits(doc: MicrotextDoc, units: readonly (Span & { id: string })[]): { aduToUnit: Map<string, string>; unitToAdu: Map<string, string> } {
  const text = doc.text;
  const cands: Array<{ adu: string; unit: string; o: number }> = [];
  const tu = units.map((u) => ({ id: u.id, s: trimmed(text, u) }));
  for (const a of doc.adus) {
    const spans = a.spans.map((s) => trimmed(text, s));
    const aLen = spans.reduce((n, s) => n + len(s), 0);
    if (aLen === 0) continue;
    for (const u of tu) {
      if (u.s.end <= a.start || u.s.start >= a.end) continue;
      const o = spans.reduce((n, s) => n + ov(s, u.s), 0);
      if (o * 2 >= aLen && o * 2 >= len(u.s) && len(u.s) > 0) cands.push({ adu: a.id, unit: u.id, o });
    }
  }
  cands.sort((x, y) => y.o - x.o);
  const aduToUnit = new Map<string, string>();
  const unitToAdu = new Map<string, string>();
  for (const c of cands) {
    if (aduToUnit.has(c.adu) || unitToAdu.has(c.unit)) continue;
    aduToUnit.set(c.adu, c.unit);
    unitToAdu.set(c.unit, c.adu);
  }
  return { aduToUnit, unitToAdu };
}

/** Counts of one text's predicted relations against its gold pairs. */
export function scoreRelations(
  gold: readonly GoldPair[],
  predicted: readonly Pick<Relation, 'from' | 'to' | 'type'>[],
  unitToAdu: ReadonlyMap<string, string>,
): { attachment: { tp: number; fp: number; fn: number }; typed: { tp: number; fp: number; fn: number } } {
  const score = (typed: boolean): { tp: number; fp: number; fn: number } => {
    const used = new Set<number>();
    let tp = 0;
    for (const r of predicted) {
      const f = unitToAdu.get(r.from);
      const t = unitToAdu.get(r.to);
      if (f === undefined || t === undefined) continue;
      const k = gold.findIndex((g, i) => !used.has(i) && g.from === f && g.to === t && (!typed || g.type === r.type));
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
    return { tp, fp: predicted.length - tp, fn: gold.length - tp };
  };
  return { attachment: score(false), typed: score(true) };
}

export interface ArgumentTextResult {
  id: string;
  /** The predicted thesis aligns with the gold central claim. */
  centralClaim: boolean;
  attachment: { tp: number; fp: number; fn: number };
  typed: { tp: number; fp: number; fn: number };
  error?: string;
}

interface Counters {
  cc: Accuracy;
  ccFirst: Accuracy;
  ccLast: Accuracy;
  attachment: PRF;
  typed: PRF;
  baseFirst: PRF;
  basePrev: PRF;
  stance: ClassCounts;
  stanceAllPro: ClassCounts;
  byEdge: Record<string, { gold: number; found: number }>;
  texts: number;
  errors: number;
  perText: ArgumentTextResult[];
}

function run(analyze: AnalyzeFn, docs: readonly MicrotextDoc[]): Counters {
  const c: Counters = {
    cc: new Accuracy(),
    ccFirst: new Accuracy(),
    ccLast: new Accuracy(),
    attachment: new PRF(),
    typed: new PRF(),
    baseFirst: new PRF(),
    basePrev: new PRF(),
    stance: new ClassCounts(),
    stanceAllPro: new ClassCounts(),
    byEdge: {},
    texts: 0,
    errors: 0,
    perText: [],
  };
  for (const doc of docs) {
    c.texts++;
    let map: ArgumentMap | null = null;
    let error: string | undefined;
    try {
      map = analyze(doc.text);
      if (map.text !== doc.text) throw new Error("the map's text differs from the input");
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      c.errors++;
      map = null;
    }
    const units = map?.units.filter((u) => u.type !== 'title') ?? [];
    const { aduToUnit, unitToAdu } = alignUnits(doc, units);
    const cc = doc.centralClaim;
    const aligned = (unitId: string | null | undefined): boolean => cc !== null && unitId != null && aduToUnit.get(cc) === unitId;
    const right = aligned(map?.mainClaim);
    c.cc.add(right);
    c.ccFirst.add(aligned(units[0]?.id));
    c.ccLast.add(aligned(units[units.length - 1]?.id));

    const gold = goldPairs(doc);
    const r = scoreRelations(gold, map?.relations ?? [], unitToAdu);
    c.attachment.add(r.attachment.tp, r.attachment.fp, r.attachment.fn);
    c.typed.add(r.typed.tp, r.typed.fp, r.typed.fn);
    for (const g of gold) {
      const e = (c.byEdge[g.edge] ??= { gold: 0, found: 0 });
      e.gold++;
      const uf = aduToUnit.get(g.from);
      const ut = aduToUnit.get(g.to);
      if (uf && ut && map?.relations.some((x) => x.from === uf && x.to === ut)) e.found++;
    }
    const first = units[0];
    const toFirst = first ? units.slice(1).map((u) => ({ from: u.id, to: first.id, type: 'support' as const })) : [];
    const b1 = scoreRelations(gold, toFirst, unitToAdu).attachment;
    c.baseFirst.add(b1.tp, b1.fp, b1.fn);
    const toPrev = units.slice(1).map((u, i) => ({ from: u.id, to: units[i]!.id, type: 'support' as const }));
    const b2 = scoreRelations(gold, toPrev, unitToAdu).attachment;
    c.basePrev.add(b2.tp, b2.fp, b2.fn);

    const stanceOf = new Map(units.map((u) => [u.id, u.stance ?? null]));
    for (const a of doc.adus) {
      const g = a.role === 'opp' ? 'con' : 'pro';
      const u = aduToUnit.get(a.id);
      c.stance.observe(g, u !== undefined ? (stanceOf.get(u) ?? null) : null);
      c.stanceAllPro.observe(g, u !== undefined ? 'pro' : null);
    }
    c.perText.push({ id: doc.id, centralClaim: right, attachment: r.attachment, typed: r.typed, ...(error ? { error } : {}) });
  }
  return c;
}

const prfRow = (key: string, metric: string, p: PRF): MetricRow => {
  const s = p.scores();
  return { key, metric, p: s.p, r: s.r, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn, n: s.gold };
};

const accRow = (key: string, metric: string, a: Accuracy): MetricRow => ({ key, metric, accuracy: a.value, n: a.total });

export interface ArgumentReports {
  centralClaim: TaskReport;
  relations: TaskReport;
  stance: TaskReport;
  /** Per-text results, in corpus order, for error analysis. */
  perText: ArgumentTextResult[];
}

/** Scores the three argument tasks on arg-microtexts documents in one pass over the analyzer. */
export function evaluateArgument(analyze: AnalyzeFn, docs: readonly MicrotextDoc[]): ArgumentReports {
  const c = run(analyze, docs);
  const counts = { texts: c.texts, errors: c.errors };
  const notes = c.errors ? [`${c.errors} texts failed to analyse`] : [];
  const centralClaim: TaskReport = {
    name: 'central-claim',
    status: 'done',
    description: 'mainClaim vs the gold central claim (overlap ≥ half of each); baselines: first unit, last unit',
    rows: [
      accRow('central-claim.accuracy', 'mainClaim = central claim', c.cc),
      accRow('baseline.first', 'first unit (baseline)', c.ccFirst),
      accRow('baseline.last', 'last unit (baseline)', c.ccLast),
    ],
    counts,
    notes,
  };
  const edgeNotes = Object.entries(c.byEdge)
    .sort()
    .map(([k, v]) => `${k} ${v.found}/${v.gold}`)
    .join(', ');
  const relations: TaskReport = {
    name: 'relations',
    status: 'done',
    description: 'relations vs gold edges as ADU pairs (und: attacks the source of the undercut edge; add: supports its co-premise)',
    rows: [
      prfRow('attachment', 'attachment (ends align, direction kept)', c.attachment),
      prfRow('typed', 'typed (support = sup/exa/add, attack = reb/und)', c.typed),
      prfRow('baseline.first', 'all attached to the first unit (baseline)', c.baseFirst),
      prfRow('baseline.previous', 'each attached to the unit before (baseline)', c.basePrev),
    ],
    counts,
    notes: [...notes, ...(edgeNotes ? [`gold edges attached, by corpus type: ${edgeNotes}`] : [])],
  };
  const stanceRow = (key: string, metric: string, k: ClassCounts): MetricRow => {
    const m = k.macro(['pro', 'con']);
    return { key, metric, p: m.p, r: m.r, f1: m.f1, n: k.of('pro').scores().gold + k.of('con').scores().gold };
  };
  const classRow = (label: string): MetricRow => prfRow(`stance.${label}`, `${label} (${label === 'pro' ? 'proponent' : 'opponent'} units)`, c.stance.of(label));
  const stance: TaskReport = {
    name: 'stance',
    status: 'done',
    description: 'unit stance (pro/con toward the thesis) vs proponent/opponent role of the aligned ADU',
    rows: [stanceRow('stance.macro', 'macro-F1 over pro/con', c.stance), classRow('pro'), classRow('con'), stanceRow('baseline.all-pro', 'all units pro (baseline)', c.stanceAllPro)],
    counts,
    notes,
  };
  return { centralClaim, relations, stance, perText: c.perText };
}

/**
 * A second opinion on the web-discourse corpus (Habernal & Gurevych 2017:
 * comments, forum and blog posts on education, annotated with Toulmin
 * units). Its units are coarse (often several sentences), so a predicted
 * unit is read as lying in a gold unit when at least half of it does.
 *
 * - thesis: on documents with an explicit claim, `mainClaim` lies in it;
 *   baseline: the first unit;
 * - stance: units lying in a gold unit, `con` for a rebuttal (the objection
 *   the author raises), `pro` for the claim, premises, backing and
 *   refutations; macro-F1 over pro/con;
 * - evidence: units typed `evidence` vs units lying in `backing` (evidence,
 *   often anecdotes);
 * - relations: a gold relation between two explicit units is found when a
 *   predicted relation goes from a unit in its source to a unit in its
 *   target (recall); a predicted relation between units lying in two gold
 *   units is right when those are related that way (precision).
 * Not registered as a task yet (web-discourse tasks are listed as planned);
 * `argmap eval` users can call it from code.
 */
export function evaluateWebDiscourse(analyze: AnalyzeFn, docs: readonly import('../readers/webdiscourse.js').WebDiscourseDoc[]): TaskReport {
  const thesis = new Accuracy();
  const thesisFirst = new Accuracy();
  const stance = new ClassCounts();
  const evidence = new PRF();
  const relFound = new PRF();
  let relPredRight = 0;
  let relPred = 0;
  let errors = 0;
  for (const d of docs) {
    let map: ArgumentMap;
    try {
      map = analyze(d.text);
    } catch {
      errors++;
      continue;
    }
    const explicit = d.units.filter((u) => !u.implicit && u.end > u.start);
    const inside = (u: Span): (typeof explicit)[number] | undefined => explicit.find((g) => ov(g, u) * 2 >= u.end - u.start && u.end > u.start);
    const byUnit = new Map(map.units.map((u) => [u.id, inside(u)]));
    const claim = explicit.find((g) => g.type === 'claim');
    if (claim) {
      const main = map.units.find((u) => u.id === map.mainClaim);
      thesis.add(main !== undefined && byUnit.get(main.id)?.id === claim.id);
      const first = map.units.find((u) => u.type !== 'title' && u.type !== 'background');
      thesisFirst.add(first !== undefined && byUnit.get(first.id)?.id === claim.id);
    }
    for (const u of map.units) {
      const g = byUnit.get(u.id);
      if (!g) continue;
      stance.observe(g.type === 'rebuttal' ? 'con' : 'pro', u.stance ?? null);
      const isBacking = g.type === 'backing';
      const isEvidence = u.type === 'evidence';
      evidence.add(isBacking && isEvidence ? 1 : 0, !isBacking && isEvidence ? 1 : 0, isBacking && !isEvidence ? 1 : 0);
    }
    const goldRel = d.relations.filter((r) => explicit.some((g) => g.id === r.from) && explicit.some((g) => g.id === r.to));
    for (const r of goldRel) {
      const hit = map.relations.some((p) => byUnit.get(p.from)?.id === r.from && byUnit.get(p.to)?.id === r.to);
      relFound.add(hit ? 1 : 0, 0, hit ? 0 : 1);
    }
    for (const p of map.relations) {
      const f = byUnit.get(p.from);
      const t = byUnit.get(p.to);
      if (!f || !t || f.id === t.id) continue;
      relPred++;
      if (goldRel.some((r) => r.from === f.id && r.to === t.id)) relPredRight++;
    }
  }
  const m = stance.macro(['pro', 'con']);
  const e = evidence.scores();
  const rr = relFound.scores();
  const rp = relPred === 0 ? 0 : relPredRight / relPred;
  return {
    name: 'argument',
    status: 'done',
    description: 'thesis, stance, evidence and relations vs the Toulmin units of web-discourse (a predicted unit counts when half of it lies in a gold unit)',
    rows: [
      accRow('thesis.accuracy', 'mainClaim lies in the explicit claim', thesis),
      accRow('thesis.baseline.first', 'first unit (baseline)', thesisFirst),
      { key: 'stance.macro', metric: 'stance macro-F1 (rebuttal = con)', p: m.p, r: m.r, f1: m.f1, n: stance.of('pro').scores().gold + stance.of('con').scores().gold },
      { key: 'stance.con', metric: 'con units (in rebuttals)', p: stance.of('con').scores().p, r: stance.of('con').scores().r, f1: stance.of('con').scores().f1, n: stance.of('con').scores().gold },
      { key: 'evidence', metric: 'evidence units vs backing', p: e.p, r: e.r, f1: e.f1, tp: e.tp, fp: e.fp, fn: e.fn, n: e.gold },
      { key: 'relations', metric: 'relations between explicit units', p: rp, r: rr.r, f1: rp + rr.r === 0 ? 0 : (2 * rp * rr.r) / (rp + rr.r), n: rr.gold },
    ],
    counts: { documents: docs.length, errors },
    notes: [],
  };
}

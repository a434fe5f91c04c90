import type { Cue, Relation } from '../../model/types.js';
import { findSpanIndex } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { singleSpaced, tokenFacts } from './facts.js';
import { argumentLexicon } from './lexicon.js';
import { finish, isCon, linkRegion, newLinks, type Links, type RegionInput } from './relations.js';
import { collectSignals, type Found, type Info } from './signals.js';
import { entityStances, quoteStances } from './stance.js';
import { claimScore, titleClaim, type Place } from './thesis.js';
import { isBackground, typeUnits } from './unit-types.js';

/**
 * The argument: what each unit does (its type, with cues), the thesis
 * (`mainClaim`), support and attack between units (`relations`, with the
 * marker that signals each), each unit's stance toward the thesis, and the
 * author's stance toward each quoted source and each actor.
 *
 * Reads the units, their voices and the quotations; the actors when a stage
 * before it has filled `entities` (otherwise there is nothing to take a
 * stance toward). The steps, each in its own module:
 * 1. signals.ts: markers and indicators in every unit;
 * 2. thesis.ts: the thesis, the head claim of each paragraph, the main
 *    point of each block quotation;
 * 3. relations.ts: support and attack within the author's text and within
 *    each quotation; then each quotation's main point is tied to the
 *    author's claim it is cited for (supporting it, or attacking it when
 *    the author disputes the source);
 * 4. stance.ts: pro/con from the relations (a unit that supports a pro unit
 *    is pro, one that attacks it con), the author's stance toward quoted
 *    sources and actors;
 * 5. unit-types.ts: the type of each unit.
 * Linear in the number of units and tokens.
 */

/** The four places (opening sentence or not, closing sentence or not) in a kind of region: shared, not one object per unit scored. */
function places(kind: Omit<Place, 'firstSentence' | 'lastSentence'>): (firstSentence: boolean, lastSentence: boolean) => Place {
  const all = [false, true].flatMap((firstSentence) => [false, true].map((lastSentence) => ({ firstSentence, lastSentence, ...kind })));
  return (firstSentence, lastSentence) => all[(firstSentence ? 2 : 0) + (lastSentence ? 1 : 0)]!;
}

const TEXT_PLACE = places({ openingWeight: 2, closingWeight: 1.2, of: 'the text' });
const QUOTE_PLACE = places({ openingWeight: 2, closingWeight: 1.2, of: 'the quotation' });
const PARAGRAPH_PLACE = places({ openingWeight: 1, closingWeight: 0.3, of: 'its paragraph' });

/**
 * The claim cues of every unit scored: the cues themselves, or the place it
 * was last scored in (its cues are worked out from it when asked for: for the
 * few units typed as claims); and (for error analysis) the scores.
 */
interface Scores {
  cues: Map<number, Cue[] | Place>;
  debug: Map<number, number> | null;
}

function argmax(infos: readonly Info[], members: readonly number[], place: (x: Info) => Place, sc: Scores, allow: (x: Info) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (const i of members) {
    const x = infos[i]!;
    if (!allow(x)) continue;
    const p = place(x);
    const s = claimScore(x, p);
    sc.cues.set(i, p);
    sc.debug?.set(i, s);
    // a question stands for a claim only when nothing else does
    const score = s - (x.question ? 100 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Head claim of each paragraph of a region that does not hold its root. Members are in text order. */
function paragraphHeads(infos: readonly Info[], members: readonly number[], root: number, sc: Scores, allow: (x: Info) => boolean): Map<number, number> {
  const heads = new Map<number, number>();
  const rootParagraph = root >= 0 ? infos[root]!.paragraph : -1;
  let a = 0;
  while (a < members.length) {
    const p = infos[members[a]!]!.paragraph;
    let b = a;
    while (b + 1 < members.length && infos[members[b + 1]!]!.paragraph === p) b++;
    if (p !== rootParagraph) {
      const group = members.slice(a, b + 1);
      const firstS = infos[group[0]!]!.sentence;
      const lastS = infos[group[group.length - 1]!]!.sentence;
      const h = argmax(infos, group, (x) => PARAGRAPH_PLACE(x.sentence === firstS, x.sentence === lastS && lastS !== firstS), sc, allow);
      if (h >= 0) heads.set(p, h);
    }
    a = b + 1;
  }
  return heads;
}

/** Stance of every unit toward the root: one walk up each chain, memoised (linear). */
function stances(links: Links, root: number): Array<'pro' | 'con' | null> {
  const n = links.target.length;
  const out = new Array<'pro' | 'con' | null>(n).fill(null);
  const done = new Uint8Array(n);
  if (root < 0) return out;
  out[root] = 'pro';
  done[root] = 1;
  // one list for every walk (emptied before each): no array per unit
  const path: number[] = [];
  for (let s = 0; s < n; s++) {
    if (done[s]) continue;
    path.length = 0;
    let k = s;
    while (k >= 0 && !done[k] && path.length <= n) {
      path.push(k);
      done[k] = 2;
      k = links.target[k]!;
    }
    let base: 'pro' | 'con' | null = k >= 0 && done[k] === 1 ? out[k]! : null;
    for (let j = path.length - 1; j >= 0; j--) {
      const p = path[j]!;
      if (base !== null && links.target[p]! >= 0) base = links.type[p] === 'attack' ? (base === 'pro' ? 'con' : 'pro') : base;
      else base = null;
      out[p] = base;
      done[p] = 1;
    }
  }
  return out;
}

export const argumentStage: Stage = {
  name: 'argument',
  requires: ['paragraphs', 'sentences', 'units', 'tokens', 'quotes', 'voice'],
  provides: ['unit-types', 'mainClaim', 'relations', 'stance'],
  run(doc, ctx) {
    const { map, view } = doc;
    const t = doc.tokens;
    map.relations = [];
    map.mainClaim = null;
    if (!map.units.length || !t) return;
    const lex = argumentLexicon(ctx.nlp);
    // doc.scratch.argumentDebug = true (set by a stage before) keeps the working data for error analysis
    const sc: Scores = { cues: new Map(), debug: doc.scratch.argumentDebug === true ? new Map() : null };
    const claimCues = sc.cues;
    // what every token is and what may start at it, worked out once for the steps below
    const facts = tokenFacts(t, lex);
    const infos = collectSignals(map, view, t, facts);
    const n = infos.length;

    // by unit index, 1 for background (a table: read for every unit in several passes)
    const background = new Uint8Array(n);
    for (const x of infos) if (!x.title && isBackground(x, view)) background[x.index] = 1;

    // regions: the author's text (with quotations inside the author's sentences), and each block quotation
    const author: number[] = [];
    const titles: number[] = [];
    const quoted = new Map<string, number[]>();
    for (const x of infos) {
      if (background[x.index]) continue;
      if (x.title) titles.push(x.index);
      else if (x.embedded && x.quote) {
        const list = quoted.get(x.quote.id) ?? [];
        list.push(x.index);
        quoted.set(x.quote.id, list);
      } else author.push(x.index);
    }

    // the thesis: a title that states a position, else the author's unit that reads most as the claim argued for
    const own = (x: Info): boolean => x.quote === null;
    const body = author.filter((i) => own(infos[i]!));
    const firstS = body.length ? infos[body[0]!]!.sentence : -1;
    const lastS = body.length ? infos[body[body.length - 1]!]!.sentence : -1;
    let root = -1;
    for (const i of titles) {
      const c = titleClaim(infos[i]!);
      if (c) {
        root = i;
        claimCues.set(i, [{ start: c.start, end: c.end, cue: c.cue }, { start: infos[i]!.unit.start, end: infos[i]!.unit.end, cue: 'the title states a position' }]);
        break;
      }
    }
    if (root < 0) root = argmax(infos, body, (x) => TEXT_PLACE(x.sentence === firstS, x.sentence === lastS && lastS !== firstS), sc, () => true);
    else for (const i of body) claimCues.set(i, TEXT_PLACE(false, false));

    const links = newLinks(n);
    const regionRoot = new Int32Array(n).fill(-1);
    const authorMembers = root >= 0 && infos[root]!.title ? [root, ...author] : author;
    let authorHeads = new Map<number, number>();
    if (root >= 0) {
      const heads = paragraphHeads(infos, author, root, sc, own);
      authorHeads = heads;
      const region: RegionInput = { members: authorMembers, root, heads };
      linkRegion(infos, region, links);
      for (const i of authorMembers) regionRoot[i] = root;
    }
    // each block quotation: its own main point, its own structure
    const quoteRoots = new Map<string, number>();
    for (const [id, members] of quoted) {
      const fs = infos[members[0]!]!.sentence;
      const ls = infos[members[members.length - 1]!]!.sentence;
      const qRoot = argmax(infos, members, (x) => QUOTE_PLACE(x.sentence === fs, x.sentence === ls && ls !== fs), sc, () => true);
      if (qRoot < 0) continue;
      quoteRoots.set(id, qRoot);
      linkRegion(infos, { members, root: qRoot, heads: paragraphHeads(infos, members, qRoot, sc, () => true) }, links);
      for (const i of members) regionRoot[i] = qRoot;
    }

    // the author's stance toward each quotation decides how its main point enters the argument
    quoteStances(map, view, t, facts, infos, (k) => (infos[k]!.embedded ? false : root >= 0 && links.target[k]! >= 0 ? isCon(links, k, root) : null));
    // reported words the author disputes argue against the author's clause they stand next to
    for (let i = 0; i < n; i++) {
      const x = infos[i]!;
      if (x.quote && !x.embedded && x.quote.stance === 'disputes' && links.type[i] === 'support' && (links.rule[i] === 'quotation' || links.rule[i] === 'default')) links.type[i] = 'attack';
    }
    /** The claim of an author's unit's paragraph: the thesis, the paragraph's head, or the unit itself. */
    const headOf = (i: number): number => {
      const p = infos[i]!.paragraph;
      if (root >= 0 && infos[root]!.paragraph === p) return root;
      return authorHeads.get(p) ?? i;
    };
    // the nearest author's unit before and after each unit (one pass each way): where a quotation's point goes
    const ownUnit = (k: number): boolean => !infos[k]!.quote && !background[k] && !infos[k]!.title;
    const authorBefore = new Int32Array(n).fill(-1);
    const authorAfter = new Int32Array(n).fill(-1);
    for (let k = 0, last = -1; k < n; k++) {
      authorBefore[k] = last;
      if (ownUnit(k)) last = k;
    }
    for (let k = n - 1, next = -1; k >= 0; k--) {
      authorAfter[k] = next;
      if (ownUnit(k)) next = k;
    }
    const quoteById = new Map(map.quotes.map((q) => [q.id, q]));
    const leadIn = new Map<string, number>();
    for (const x of infos) if (x.leadInOf && !background[x.index] && !x.quote && !leadIn.has(x.leadInOf.id)) leadIn.set(x.leadInOf.id, x.index);
    for (const [id, h] of quoteRoots) {
      const q = quoteById.get(id)!;
      let target = -1;
      if (q.within && quoteRoots.has(q.within)) target = quoteRoots.get(q.within)!;
      if (target < 0) {
        // the author's clause that introduces it ("Hell, even Allahpundit doesn't like what he's seeing…")
        const lead = leadIn.get(id);
        if (lead !== undefined) target = lead;
      }
      if (target < 0 && root >= 0) {
        // else the claim of the author's paragraph before it, or after it
        const first = Math.min(findSpanIndex(map.units, q.start), n - 1);
        const before = ownUnit(first) ? first : authorBefore[first]!;
        const a0 = Math.min(findSpanIndex(map.units, q.end), n - 1);
        const after = ownUnit(a0) && infos[a0]!.unit.start >= q.end ? a0 : authorAfter[a0]!;
        target = before >= 0 ? headOf(before) : after >= 0 ? headOf(after) : root;
      }
      if (target < 0) continue;
      const cue = q.cue ? { start: q.cue.start, end: q.cue.end } : null;
      links.target[h] = target;
      links.type[h] = q.stance === 'disputes' ? 'attack' : 'support';
      links.rule[h] = 'quotation';
      links.cue[h] = cue;
      if (q.stance === 'disputes') {
        // the author's answer right after it attacks it
        let k = findSpanIndex(map.units, q.end);
        for (let skipped = 0; k < n && skipped < 8 && (infos[k]!.quote || background[k] || infos[k]!.unit.start < q.end); skipped++) k++;
        const after = k < n ? infos[k] : undefined;
        if (after && after.open?.relation === 'contrast' && (links.rule[after.index] === 'default' || links.rule[after.index] === 'objection')) {
          links.target[after.index] = h;
          links.type[after.index] = 'attack';
          links.rule[after.index] = 'rebuttal';
          links.cue[after.index] = { start: after.open.start, end: after.open.end };
        }
      }
    }
    finish(links, new Set([root, ...quoteRoots.values()]), (i) => (regionRoot[i]! >= 0 && regionRoot[i] !== i ? regionRoot[i]! : root));

    const st = stances(links, root);
    const relations: Relation[] = [];
    for (let i = 0; i < n; i++) {
      const target = links.target[i]!;
      if (target < 0) continue;
      const r: Relation = { from: infos[i]!.unit.id, to: infos[target]!.unit.id, type: links.type[i]! };
      const c = links.cue[i];
      if (c) r.cue = { start: c.start, end: c.end };
      relations.push(r);
    }
    map.relations = relations;
    if (sc.debug) {
      doc.scratch.argumentRules = links.rule.slice();
      doc.scratch.argumentScores = sc.debug;
      doc.scratch.argumentInfos = infos;
    }
    map.mainClaim = root >= 0 ? infos[root]!.unit.id : null;
    typeUnits(infos, links, root, view, t, background, (i) => {
      const c = claimCues.get(i);
      if (c === undefined || Array.isArray(c)) return c;
      const cues: Found[] = [];
      claimScore(infos[i]!, c, cues);
      return cues;
    });
    // the words that decided each relation, and so the unit's side, among the unit's cues
    for (let i = 0; i < n; i++) {
      const c = links.cue[i];
      const target = links.target[i]!;
      if (!c || target < 0) continue;
      const text = view.slice(c.start, c.end);
      const words = singleSpaced(text) ? text : text.replace(/\s+/g, ' ');
      const what = links.rule[i] === 'quotation' ? 'cited for' : links.type[i] === 'support' ? 'supports' : 'attacks';
      infos[i]!.unit.cues!.push({ start: c.start, end: c.end, cue: `${what} ${infos[target]!.unit.id}: "${words.length > 60 ? `${words.slice(0, 57)}…` : words}"` });
    }
    for (let i = 0; i < n; i++) {
      const s = st[i];
      if (s) infos[i]!.unit.stance = s;
    }
    entityStances(map, view, t, facts, infos);
  },
};

export const ARGUMENT_STAGES: readonly Stage[] = [argumentStage];

import type { Span } from '../../model/types.js';
import type { Info } from './signals.js';
import { frontedSubordinate } from './thesis.js';

/**
 * Support and attack between units, read the way a reader follows an
 * argument, unit by unit in text order, within each region (the author's
 * text; each block quotation on its own):
 *
 * - a reason (`because`, `since`, `for`, `after all`) supports the clause it
 *   is attached to: the one before it in the sentence, the main clause after
 *   a fronted `Since …,`, or the last unit of the sentence before;
 * - a conclusion (`so`, `therefore`, `that's why`, `hence`) is supported by
 *   the unit before it, and supports the thesis;
 * - a concession (`of course`, `admittedly`, `although`) or a reported
 *   opposing view (`critics point out`, `one could argue`) attacks the thesis
 *   (or, inside a sentence, the clause it is conceded to), and the units
 *   that follow it without a marker support it, until a contrast answers it;
 * - a contrast (`but`, `however`, `yet`, `still`) attacks the point it
 *   answers: the open concession, or the unit before it, which then is read
 *   as a concession; after the thesis, or after another answer, the
 *   contrast is itself an objection to the thesis;
 * - an addition (`and`, `also`, `besides`, `plus`) inside a sentence goes
 *   where the clause before it goes; an example or elaboration supports the
 *   unit before it;
 * - anything else supports the head claim of its paragraph, or the thesis.
 *
 * Each unit gets at most one outgoing relation (a tree rooted in the
 * thesis). Linear in the number of units: every look-back is to the unit or
 * sentence before, and chains are followed once.
 */

export type RelType = 'support' | 'attack';

/** How a unit's relation was decided: `default` and `parallel` ones may be revised by what follows. */
export type Rule =
  | 'default'
  | 'parallel'
  | 'reason'
  | 'conclusion'
  | 'consequence'
  | 'concession'
  | 'opposing'
  | 'rebuttal'
  | 'objection'
  | 'elaboration'
  | 'condition'
  | 'con-run'
  | 'evidence'
  | 'quotation'
  | 'flipped';

export interface Links {
  target: Int32Array;
  type: RelType[];
  cue: Array<Span | null>;
  rule: Array<Rule | null>;
  /** A unit that goes where another goes (resolved at the end). */
  parallel: Int32Array;
}

export interface RegionInput {
  /** Indices into infos of the region's units, in text order. */
  members: number[];
  /** The region's root (the thesis, or a quotation's main point). */
  root: number;
  /** Head claim of each paragraph of the region that does not hold the root. */
  heads: Map<number, number>;
}

export function newLinks(n: number): Links {
  return { target: new Int32Array(n).fill(-1), type: new Array<RelType>(n).fill('support'), cue: new Array<Span | null>(n).fill(null), rule: new Array<Rule | null>(n).fill(null), parallel: new Int32Array(n).fill(-1) };
}

const REVISABLE = new Set<Rule | null>(['default', 'parallel', 'conclusion', 'consequence', 'evidence', 'con-run', 'quotation']);
const flip = (t: RelType): RelType => (t === 'support' ? 'attack' : 'support');
const span = (c: Span | null | undefined): Span | null => (c ? { start: c.start, end: c.end } : null);

/** The unit a unit finally goes to and how (parallel units take the relation of the unit they follow). */
function resolved(links: Links, i: number): { target: number; type: RelType } {
  let k = i;
  for (let steps = 0; steps < 64 && links.parallel[k]! >= 0 && links.target[k]! < 0; steps++) k = links.parallel[k]!;
  return { target: links.target[k]!, type: links.type[k]! };
}

/** Whether a unit argues against the root, following its relations up (bounded: chains are short). */
export function isCon(links: Links, i: number, root: number): boolean {
  let con = false;
  let k = i;
  for (let steps = 0; steps < 64 && k !== root; steps++) {
    const r = resolved(links, k);
    if (r.target < 0) break;
    if (r.type === 'attack') con = !con;
    k = r.target;
  }
  return con;
}

export function linkRegion(infos: readonly Info[], region: RegionInput, links: Links): void {
  const { members, root, heads } = region;
  const set = (i: number, target: number, type: RelType, rule: Rule, cue?: Span | null): void => {
    if (target < 0 || target === i) target = i === root ? -1 : root;
    links.target[i] = target;
    links.type[i] = type;
    links.rule[i] = rule;
    links.cue[i] = span(cue);
    links.parallel[i] = -1;
  };
  const defaultTarget = (i: number): number => {
    const h = heads.get(infos[i]!.paragraph);
    return h !== undefined && h !== i ? h : root;
  };
  /** What a concession or an objection goes against: the paragraph's claim when it came before, else the thesis (a later claim is the answer). */
  const attackTarget = (i: number): number => {
    const h = heads.get(infos[i]!.paragraph);
    return h !== undefined && h < i ? h : root;
  };

  let prev = -1; // the unit before, in the region
  let prevSentenceLast = -1; // the last unit of the sentence before
  let runHead = -1; // an unanswered concession or objection stated as a main clause
  let runSentences = 0;
  let lastSentence = -1;
  /** The main clause after a fronted concession answers it. */
  let pendingAnswer: { to: number; by: number; cue: Span } | null = null;

  for (let pos = 0; pos < members.length; pos++) {
    const i = members[pos]!;
    const x = infos[i]!;
    if (prev >= 0 && infos[prev]!.paragraph !== x.paragraph) runHead = -1;
    if (x.sentence !== lastSentence) {
      if (lastSentence >= 0) {
        prevSentenceLast = prev;
        if (runHead >= 0) runSentences++;
      }
      lastSentence = x.sentence;
    }
    if (runHead >= 0 && runSentences > 2) runHead = -1;
    const samePrev = prev >= 0 && infos[prev]!.sentence === x.sentence ? prev : -1;
    const anchor = samePrev >= 0 ? samePrev : prevSentenceLast;
    const def = defaultTarget(i);
    const nextInSentence = (): number => {
      const n = members[pos + 1];
      return n !== undefined && infos[n]!.sentence === x.sentence ? n : -1;
    };
    const open = x.open;
    let rel = open?.relation;
    let innerRel = x.inner?.relation;
    // an addition that draws a conclusion or turns ("and must therefore be …"): the adverb tells more
    if ((rel === 'addition' || rel === 'elaboration') && (innerRel === 'conclusion' || innerRel === 'contrast' || innerRel === 'concession')) rel = undefined;
    else if (rel !== undefined) innerRel = undefined;
    // "so" inside a question is a purpose ("… start to draw back forces so al-Maliki knows …?")
    if (x.question && rel === 'conclusion' && samePrev >= 0) rel = 'purpose';
    const isRoot = i === root;

    if (isRoot) {
      // the thesis answering a concession ("Nevertheless, everybody should …", "Still, …"): the unit before it is the concession
      if ((rel === 'contrast' || innerRel === 'contrast') && anchor >= 0 && !isCon(links, anchor, root)) {
        let a = anchor;
        for (let steps = 0; links.rule[a] === 'parallel' && links.parallel[a]! >= 0 && steps < 64; steps++) a = links.parallel[a]!;
        if (links.rule[a] === 'default') set(a, root, 'attack', 'flipped', open ?? x.inner);
      }
      if ((rel === 'conclusion' || innerRel === 'conclusion') && anchor >= 0 && REVISABLE.has(links.rule[anchor]!) && links.target[anchor] !== root) {
        set(anchor, root, 'support', 'conclusion', open ?? x.inner);
      }
      prev = i;
      continue;
    }

    // a point granted only in passing ("Indeed …", "Sure, …", "they do offer …", "My parents say …"): the other side when a contrast answers it next
    const granted = rel === undefined || rel === 'addition' || rel === 'elaboration';
    // "Yes, for …" after a question answers it
    const afterQuestion = prev >= 0 && infos[prev]!.question !== null;
    const strong = granted && !afterQuestion ? (x.signals.concession?.[0] ?? null) : null;
    const weak = strong ?? (granted ? (x.signals.concessionAdverbs?.[0] ?? x.emphaticDo ?? x.reported ?? null) : null);
    const answered = weak !== null && contrastNext(infos, members, pos, strong ? 3 : 2);
    const concessionCue = (open && rel === 'concession' ? open : null) ?? x.opposing ?? x.signals.concessionFrames?.[0] ?? (innerRel === 'concession' ? x.inner : null) ?? (answered ? weak : null);

    if (concessionCue) {
      // a concession or an opposing view: against the thesis, or against the clause it is conceded to
      const rule: Rule = concessionCue === x.opposing ? 'opposing' : 'concession';
      const against = attackTarget(i);
      if (frontedSubordinate(x)) {
        // "Even if many think …, this is precisely …": the concession goes against the thesis, the main clause answers it
        const h = nextInSentence();
        set(i, against, 'attack', rule, concessionCue);
        if (h >= 0 && h !== root && h !== def) pendingAnswer = { to: i, by: h, cue: concessionCue };
      } else if (samePrev >= 0 && rel === 'concession') {
        set(i, samePrev, 'attack', rule, concessionCue);
      } else {
        set(i, against, 'attack', rule, concessionCue);
        runHead = i;
        runSentences = 0;
      }
    } else if (rel === 'contrast' || (rel !== 'premise' && rel !== 'conclusion' && innerRel === 'contrast')) {
      const cue = rel === 'contrast' ? open : x.inner;
      if (frontedSubordinate(x)) {
        // "While A, B", "Whereas A, B": A is the point conceded, B answers it
        const h = nextInSentence();
        set(i, attackTarget(i), 'attack', 'concession', cue);
        if (h >= 0 && h !== root && h !== def && cue) pendingAnswer = { to: i, by: h, cue };
      } else {
        const c = runHead >= 0 && (samePrev < 0 || samePrev === runHead || isCon(links, samePrev, root)) ? runHead : anchor;
        // the rule that decided c (through the unit it goes with)
        let cr = c;
        for (let steps = 0; cr >= 0 && links.rule[cr] === 'parallel' && links.parallel[cr]! >= 0 && steps < 64; steps++) cr = links.parallel[cr]!;
        const cRule = cr >= 0 ? links.rule[cr] : null;
        // "A, but B" inside a sentence: A is granted whatever it did; across sentences, only a plain statement is
        const grantable = samePrev >= 0 ? cRule !== 'rebuttal' && cRule !== 'objection' : REVISABLE.has(cRule!) && !(infos[cr]!.open?.relation === 'addition' && infos[cr]!.inSentence === 0);
        // "On the other hand": the other side, not an answer
        const otherSide = cue !== null && cue !== undefined && /other hand/i.test(cue.cue);
        if (c < 0) set(i, attackTarget(i), 'attack', 'objection', cue);
        else if (isCon(links, c, root)) set(i, c, 'attack', 'rebuttal', cue);
        else if (c === root || otherSide || !grantable) {
          set(i, attackTarget(i), 'attack', 'objection', cue);
          if (samePrev < 0) {
            runHead = i;
            runSentences = 0;
          }
        } else {
          // the unit before was a point granted: it goes against what it went for, and this answers it
          const r = resolved(links, c);
          set(c, r.target, flip(r.type), 'flipped', cue);
          set(i, c, 'attack', 'rebuttal', cue);
        }
        if (links.rule[i] === 'rebuttal') runHead = -1;
      }
    } else if (rel === 'premise' && open) {
      if (frontedSubordinate(x)) {
        const h = nextInSentence();
        set(i, h >= 0 ? h : def, 'support', 'reason', open);
      } else if (samePrev >= 0) set(i, samePrev, 'support', 'reason', open);
      else set(i, anchor >= 0 ? anchor : def, 'support', 'reason', open);
    } else if (rel === 'conclusion' || rel === 'consequence' || (rel !== 'premise' && innerRel === 'conclusion')) {
      const cue = rel === 'conclusion' || rel === 'consequence' ? open : x.inner;
      const rule: Rule = rel === 'consequence' ? 'consequence' : 'conclusion';
      // the unit before is its reason: within the sentence, the nearest revisable unit; else the last unit of the sentence before
      let from = -1;
      if (samePrev >= 0) {
        for (let k = pos - 1; k >= 0; k--) {
          const m = members[k]!;
          if (infos[m]!.sentence !== x.sentence) break;
          if (m !== root && REVISABLE.has(links.rule[m]!)) {
            from = m;
            break;
          }
        }
      } else if (prevSentenceLast >= 0 && prevSentenceLast !== root && REVISABLE.has(links.rule[prevSentenceLast]!) && !x.question) from = prevSentenceLast;
      // "However it's mainly temps who are employed, so this has hardly any effect": the conclusion carries the answer
      if (from < 0 && samePrev >= 0 && (links.rule[samePrev] === 'rebuttal' || links.rule[samePrev] === 'objection')) {
        const r = resolved(links, samePrev);
        set(i, r.target, r.type, links.rule[samePrev]!, links.cue[samePrev]);
        set(samePrev, i, 'support', rule, cue);
      } else {
        const inRun = from >= 0 && isCon(links, from, root) && runHead >= 0;
        if (from >= 0) set(from, i, 'support', rule, cue);
        if (inRun) set(i, runHead === from ? def : runHead, runHead === from ? 'attack' : 'support', rule, cue);
        // the marker ties the conclusion to its reason; where the conclusion itself goes has no word of its own
        else set(i, rule === 'consequence' ? def : root, 'support', rule, null);
        if (inRun && runHead === from) runHead = i;
      }
    } else if (rel === 'addition' && open) {
      if (samePrev >= 0) {
        links.parallel[i] = samePrev;
        links.rule[i] = 'parallel';
        links.cue[i] = span(open);
        links.target[i] = -1;
      } else if (runHead >= 0 && prev >= 0 && isCon(links, prev, root)) {
        links.parallel[i] = prev;
        links.rule[i] = 'parallel';
        links.cue[i] = span(open);
        links.target[i] = -1;
      } else if (/^and$/i.test(open.cue) && anchor >= 0 && anchor !== root && !['rebuttal', 'objection', 'concession', 'opposing', 'flipped'].includes(links.rule[anchor]!)) {
        links.parallel[i] = anchor;
        links.rule[i] = 'parallel';
        links.cue[i] = span(open);
        links.target[i] = -1;
      } else if (def !== root && anchor === def) {
        // "Not only that, …" after a paragraph's claim: a second point beside it, going where it goes
        links.parallel[i] = def;
        links.rule[i] = 'parallel';
        links.cue[i] = span(open);
        links.target[i] = -1;
      } else set(i, def, 'support', 'default', open);
    } else if (rel === 'elaboration' || innerRel === 'elaboration') {
      set(i, anchor >= 0 ? anchor : def, 'support', 'elaboration', rel === 'elaboration' ? open : x.inner);
    } else if (rel === 'condition' && open) {
      if (/^unless$/i.test(open.cue) && samePrev >= 0) set(i, samePrev, 'attack', 'condition', open);
      else if (frontedSubordinate(x)) {
        const h = nextInSentence();
        set(i, h >= 0 ? h : def, 'support', 'condition', open);
      } else set(i, anchor >= 0 ? anchor : def, 'support', 'condition', open);
    } else if ((rel === 'purpose' || rel === 'alternative') && open) {
      set(i, anchor >= 0 ? anchor : def, 'support', 'reason', open);
    } else if (x.quote && !x.embedded) {
      // reported words inside the author's sentence: evidence for the author's clause next to them
      const next = nextInSentence();
      const t = samePrev >= 0 && !infos[samePrev]!.quote ? samePrev : next >= 0 && !infos[next]!.quote ? next : def;
      set(i, t, 'support', 'quotation', null);
    } else if (runHead >= 0 && prev >= 0 && isCon(links, prev, root) && x.signals.opinion && x.firstPerson) {
      // "Critics point out that … . I do doubt that …": the author answers in the first person
      set(i, runHead, 'attack', 'rebuttal', x.signals.opinion[0]);
      runHead = -1;
    } else if (runHead >= 0 && prev >= 0 && isCon(links, prev, root) && !hasOwnStance(x)) {
      // an unanswered concession goes on: this backs it
      set(i, runHead, 'support', 'con-run', null);
    } else if ((x.numbers.length || x.signals.evidence) && samePrev < 0 && prevSentenceLast >= 0 && prevSentenceLast !== root && prevSentenceLast !== def && infos[prevSentenceLast]!.paragraph === x.paragraph && !infos[prevSentenceLast]!.numbers.length) {
      set(i, prevSentenceLast, 'support', 'evidence', x.signals.evidence?.[0] ?? x.numbers[0]);
    } else {
      set(i, def, 'support', 'default', x.inner);
    }
    if (pendingAnswer && pendingAnswer.by === i) {
      if (links.rule[i] === 'default' || links.rule[i] === 'evidence') set(i, pendingAnswer.to, 'attack', 'rebuttal', pendingAnswer.cue);
      pendingAnswer = null;
    }
    prev = i;
  }
}

/** A contrast answers the unit at `pos` next: the following unit (in its sentence or opening the next one), or the one after a reason for it. */
function contrastNext(infos: readonly Info[], members: readonly number[], pos: number, reach: number): boolean {
  const x = infos[members[pos]!]!;
  for (let k = pos + 1; k <= pos + reach && k < members.length; k++) {
    const y = infos[members[k]!]!;
    if (y.paragraph !== x.paragraph) return false;
    const contrast = y.open?.relation === 'contrast' || ((!y.open || y.open.relation === 'elaboration' || y.open.relation === 'addition') && y.inner?.relation === 'contrast');
    if (contrast && (y.sentence === x.sentence || y.inSentence === 0 || y.inner)) return true;
    // a reason for the point granted may come first ("Of course the camera could be better, as it only has …"); a strong "Yes, …" may take a sentence more
    if (reach < 3 && y.open?.relation !== 'premise' && y.open?.relation !== 'addition') return false;
    if (y.question || y.signals.opinion) return false;
  }
  return false;
}

/** The author speaks in their own voice here: an opinion, a norm, emphasis. */
function hasOwnStance(x: Info): boolean {
  return Boolean(x.question || x.signals.opinion || x.signals.normative || x.emphasis.length || (x.firstPerson && x.signals.evaluative));
}

/** Parallel units take the relation of the unit they follow; cycles are broken toward the root. */
export function finish(links: Links, roots: ReadonlySet<number>, fallback: (i: number) => number): void {
  const n = links.target.length;
  for (let i = 0; i < n; i++) {
    if (links.parallel[i]! < 0) continue;
    const r = resolved(links, links.parallel[i]!);
    const p = links.parallel[i]!;
    if (r.target < 0) {
      links.target[i] = p;
      links.type[i] = 'support';
    } else {
      links.target[i] = r.target;
      links.type[i] = r.type;
    }
    links.parallel[i] = -1;
  }
  // cycles: walk each chain once (colouring), redirect the edge that closes a cycle to the fallback
  const state = new Uint8Array(n); // 0 new, 1 on the current path, 2 done
  const path: number[] = []; // emptied before each walk: no array per unit
  for (let s = 0; s < n; s++) {
    if (state[s] !== 0) continue;
    path.length = 0;
    let k = s;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      path.push(k);
      const t = links.target[k]!;
      if (t >= 0 && state[t] === 1) {
        const f = fallback(k);
        links.target[k] = f === k || roots.has(k) ? -1 : f;
        break;
      }
      k = t;
    }
    for (const p of path) state[p] = 2;
  }
}

import type { Info, Found } from './signals.js';

/**
 * How strongly a unit reads as a claim that others argue for: the thesis of
 * the text, the head claim of a paragraph, the main point of a quotation.
 * Hand-set weights over what a reader uses (no weights learned from a
 * corpus): normative and evaluative language, first-person opinion, a
 * conclusion marker, the title line, the opening and closing sentence; a
 * reason, a concession, an objection, a question or an aside count against.
 */

export interface Place {
  /** The unit's sentence opens the region (the text, the paragraph, the quotation). */
  firstSentence: boolean;
  /** The unit's sentence closes the region. */
  lastSentence: boolean;
  /** Weight of an opening and a closing sentence in this kind of region. */
  openingWeight: number;
  closingWeight: number;
  /** What the sentence opens or closes, for the cue: "the text", "its paragraph", "the quotation". */
  of: string;
}

const has = (x: Info, list: keyof Info['signals']): Found | undefined => x.signals[list]?.[0];

/** The unit is the subordinate clause of its sentence (`Since …, we …`, `Although …, …`), with the main clause after it. */
export const frontedSubordinate = (x: Info): boolean => x.inSentence === 0 && x.sentenceUnits > 1 && x.open !== null && x.open.fronted;

/** A title that states a position (`Why We Should Leave Iraq`), not a topic (`Basra Power Struggle`). */
export function titleClaim(x: Info): Found | undefined {
  return has(x, 'normative') ?? has(x, 'opinion') ?? has(x, 'evaluative');
}

/** The cue of an opening or closing sentence, one string per kind of region (it is the same for every unit scored). */
const positionCues = new Map<string, { opening: string; closing: string }>();
function positionCue(of: string): { opening: string; closing: string } {
  let c = positionCues.get(of);
  if (!c) positionCues.set(of, (c = { opening: `position: opening sentence of ${of}`, closing: `position: closing sentence of ${of}` }));
  return c;
}

/** Weight w when the unit has f (f pushed to the cues when it counts for the unit), else 0. */
function weigh(w: number, f: Found | undefined | null, cues: Found[] | null): number {
  if (!f) return 0;
  if (w > 0 && cues) cues.push(f);
  return w;
}

/**
 * The claim score of a unit in a place; its cues (what counts for it, in
 * order) pushed to `cues` when given. Units are scored for every region they
 * may head, and the cues of only a few are ever shown: they are asked for
 * once, for those.
 */
export function claimScore(x: Info, place: Place, cues: Found[] | null = null): number {
  let score = 0;
  // each list read once: a unit is scored once for every region it may head
  const s = x.signals;
  const normative = s.normative?.[0];
  const evaluative = s.evaluative?.[0];
  const opinion = s.opinion?.[0];
  score += weigh(3, normative, cues);
  if (!normative) score += weigh(1.5, s.obligation?.[0], cues);
  score += weigh(1, evaluative, cues);
  score += weigh(1.5, opinion, cues);
  score += weigh(0.3, s.certainty?.[0], cues);
  score += weigh(0.3, s.predictive?.[0], cues);
  score += weigh(0.5, x.emphasis[0], cues);
  const conclusion = x.open?.relation === 'conclusion' ? x.open : x.inner?.relation === 'conclusion' ? x.inner : null;
  // "Therefore …", "… is therefore …": a conclusion of the text; "…, so …" inside a sentence: often a local one
  // a conclusion that states a norm or a judgement is the one the text draws; a plain fact drawn is a step on the way
  const judged = normative || evaluative || opinion;
  if (conclusion && !x.question) score += weigh(conclusion === x.open && x.inSentence > 0 ? 1.5 : judged ? 3 : 1.5, conclusion, cues);
  if (place.firstSentence) {
    score += place.openingWeight;
    if (cues && place.openingWeight > 0) cues.push({ start: x.unit.start, end: x.unit.end, cue: positionCue(place.of).opening, kind: 'position' });
    if (x.inSentence === 0 || (x.inSentence === 1 && x.open === null)) score += 0.5;
  }
  if (place.lastSentence) {
    score += place.closingWeight;
    if (cues && place.closingWeight > 0) cues.push({ start: x.unit.start, end: x.unit.end, cue: positionCue(place.of).closing, kind: 'position' });
  }
  // what counts against
  const open = x.open?.relation;
  if (open === 'premise') score -= 3;
  if (open === 'concession' || x.opposing || s.concessionFrames?.[0]) score -= 4;
  if (s.concession?.[0] || x.emphaticDo) score -= 1.5;
  // "The minister claims that …": someone else's claim, reported
  if (x.reported) score -= 2;
  if (open === 'addition' && x.inSentence === 0) score -= 1.5;
  if (open === 'addition' && x.inSentence > 0) score -= 0.5;
  if (open === 'elaboration') score -= 2;
  if (open === 'consequence') score -= 1.5;
  if (open === 'condition' || open === 'purpose' || open === 'alternative') score -= 2;
  if (x.inner?.relation === 'premise') score -= 0.5;
  if (open === 'contrast' && x.inSentence > 0) score -= 1.5;
  // "Nevertheless, everybody should …", "Still, the state needs …": the thesis after the concessions
  if (open === 'contrast' && x.inSentence === 0 && normative) score += 0.5;
  if (x.question) score -= 2.5;
  if (x.contrasted) score -= 2;
  if (x.numbers.length || s.evidence?.[0]) score -= 0.5;
  if (s.hedges?.[0]) score -= 0.3;
  if (frontedSubordinate(x)) score -= 3;
  if (x.words < 3) score -= 1;
  if (!x.verb && !normative) score -= 1.5;
  return score;
}

import type { Sentence, Unit } from '../../model/types.js';
import { verbCount, wordCount } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import type { Marker, Resources } from '../../resources.js';

/**
 * Argumentative units: each sentence cut into clauses at discourse markers
 * (data/discourse-markers.json) where each side carries its own proposition,
 * that is, has a verb of its own. One rule per kind of cut:
 * - a marker inside the sentence (`…, because …`, `…, so the threat …`);
 * - a fronted subordinate clause ending at a comma (`Although …, we …`);
 * - a semicolon between two clauses.
 */

interface Cut {
  /** First token of the new unit. */
  at: number;
  marker?: { first: number; last: number; relation: string; text: string };
}

const isVerb = (tokens: Tokens, i: number): boolean => tokens.pos[i] === 'VERB' || tokens.pos[i] === 'AUX';
const isWord = (tokens: Tokens, i: number): boolean => tokens.pos[i] !== 'PUNCT' && tokens.pos[i] !== 'SYM';
const SUBJECT = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM']);
const SKIPPABLE = new Set(['ADV', 'PUNCT', 'INTJ', 'CCONJ']);
/** Punctuation a unit does not end with: it belongs between units. */
const TRAILING = new Set([',', ';', ':', '–', '—', '-', '--', '…', '...']);

const countWords = wordCount;
const hasVerb = (tokens: Tokens, a: number, b: number): boolean => verbCount(tokens, a, b) > 0;
/** Scans for the start of a clause look at most this many tokens ahead (long unpunctuated text stays linear). */
const LOOKAHEAD = 40;

const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** A verb that can carry a clause: not a gerund after a determiner or preposition ("the reporting", "on this fighting"). */
function isClauseVerb(tokens: Tokens, i: number): boolean {
  if (!isVerb(tokens, i)) return false;
  if (tokens.pos[i] === 'VERB' && tokens.lower[i]!.endsWith('ing')) {
    const before = tokens.pos[i - 1];
    if (before === 'DET' || before === 'ADP' || before === 'ADJ') return false;
  }
  return true;
}

/**
 * The tokens from `a` open a clause with its own subject: a noun phrase, then
 * a finite verb (not an infinitive, not a participle), with no relative
 * pronoun or punctuation between them (which would make it a noun phrase
 * with a modifier: "militias that have been …", "the Council, a party led by …").
 */
function opensClause(tokens: Tokens, a: number, b: number, verbFirst = false): boolean {
  let sawSubject = false;
  for (let i = a; i <= Math.min(b, a + LOOKAHEAD); i++) {
    const pos = tokens.pos[i]!;
    if (isVerb(tokens, i)) {
      if ((!sawSubject && !verbFirst) || tokens.lower[i - 1] === 'to') return false;
      // "forces led by …", "a militia called …": a participle modifying the noun
      if (pos === 'VERB' && tokens.lower[i + 1] === 'by') return false;
      return !(pos === 'VERB' && tokens.lower[i]!.endsWith('ing'));
    }
    // a hyphen inside a name ("al-Maliki") is part of the word
    if (pos === 'PUNCT' && tokens.end[i - 1] === tokens.start[i] && tokens.end[i] === tokens.start[i + 1]) continue;
    if (sawSubject && (RELATIVE.has(tokens.lower[i]!) || pos === 'PUNCT')) return false;
    if (SUBJECT.has(pos)) sawSubject = true;
    else if (!SKIPPABLE.has(pos) && pos !== 'ADJ' && pos !== 'ADP' && pos !== 'PART') return false;
  }
  return false;
}

/**
 * The tokens [a, b] hold a complete clause: a verb, and a verb after the last
 * subordinator or relative pronoun ("… assumes that Mr. Sadr" and "… unless
 * the promised effect" are not complete).
 */
function completeClause(tokens: Tokens, a: number, b: number, subordinators: Set<string>): boolean {
  // read backwards: a verb before any subordinator means the last clause has its verb
  for (let i = b; i >= a && i >= b - 3 * LOOKAHEAD; i--) {
    if (isClauseVerb(tokens, i)) return true;
    if (i > a && (tokens.pos[i] === 'SCONJ' || subordinators.has(tokens.lower[i]!))) return false;
  }
  return false;
}

const CORRELATIVE = new Set(['both', 'between', 'either', 'neither']);

/** "both the content and …", "between X and …": a correlative after the last verb of [a, b]. */
function correlativeOpen(tokens: Tokens, a: number, b: number): boolean {
  for (let i = b; i >= a && i >= b - LOOKAHEAD; i--) {
    if (isVerb(tokens, i)) return false;
    if (CORRELATIVE.has(tokens.lower[i]!)) return true;
  }
  return false;
}

// tokens.lower is already lower-cased with straight apostrophes (src/nlp/base.ts lowerForm): compared as it is

/** Length of the marker match starting at token i, or 0. */
function matchAt(tokens: Tokens, i: number, last: number, m: Marker): number {
  const n = m.tokens.length;
  if (i + n - 1 > last) return 0;
  for (let k = 0; k < n; k++) if (tokens.lower[i + k]! !== m.tokens[k]) return 0;
  return n;
}

function guardsPass(tokens: Tokens, i: number, n: number, first: number, last: number, m: Marker, focusers: Set<string>): boolean {
  const g = m.guard;
  if (g.pos && !g.pos.has(tokens.pos[i]!)) return false;
  const prev = i > first ? tokens.value[i - 1]! : '';
  if (i > 0 && focusers.has(tokens.lower[i - 1]!)) return false;
  if (g.afterComma && prev !== ',') return false;
  if (g.afterPunct && i > first && tokens.pos[i - 1] !== 'PUNCT' && tokens.pos[i - 1] !== 'CCONJ') return false;
  if (g.notAfterCorrelative && correlativeOpen(tokens, first, i - 1)) return false;
  const after = i + n;
  if (after > last) return false;
  if (g.notBefore && g.notBefore.has(tokens.lower[after]!)) return false;
  const comma = tokens.value[i - 1] === ',';
  const needSubject = g.subject === true || g.subject === 'or-comma-verb' || (g.subject === 'unless-comma' && !comma);
  if (needSubject && !opensClause(tokens, after, last, g.subject === 'or-comma-verb' && comma)) return false;
  return true;
}

function findMarker(tokens: Tokens, i: number, last: number, markers: Resources['markers']): [Marker, number] | null {
  const list = markers.get(tokens.lower[i]!);
  if (!list) return null;
  for (const m of list) {
    const n = matchAt(tokens, i, last, m);
    if (n) return [m, n];
  }
  return null;
}

/** Where to cut one sentence, tokens [first, last]. */
export function findCuts(tokens: Tokens, first: number, last: number, resources: Resources): Cut[] {
  const cuts: Cut[] = [];
  let unitStart = first;
  // a fronted subordinate clause: "Although it is expensive, we should do it."
  let i = first;
  while (i <= last && !isWord(tokens, i)) i++;
  const opener = i <= last ? findMarker(tokens, i, last, resources.markers) : null;
  if (opener && opener[0].fronted && opener[0].split === 'clause' && (!opener[0].guard.pos || opener[0].guard.pos.has(tokens.pos[i]!))) {
    for (let k = i + opener[1]; k < last; k++) {
      if (tokens.value[k] === ',' && hasVerb(tokens, i + opener[1], k - 1) && opensClause(tokens, k + 1, last)) {
        cuts.push({ at: k + 1 });
        unitStart = k + 1;
        break;
      }
    }
  }
  for (let j = Math.max(unitStart, i + (opener ? opener[1] : 1)); j <= last; j++) {
    if (tokens.value[j] === ';') {
      if (j + 1 <= last && completeClause(tokens, unitStart, j - 1, resources.subordinators) && hasVerb(tokens, j + 1, last) && countWords(tokens, j + 1, last) >= 2) {
        cuts.push({ at: j + 1 });
        unitStart = j + 1;
      }
      continue;
    }
    const found = findMarker(tokens, j, last, resources.markers);
    if (!found) continue;
    const [m, n] = found;
    if (m.split !== 'clause' || !guardsPass(tokens, j, n, unitStart, last, m, resources.focusers)) {
      j += n - 1;
      continue;
    }
    if (countWords(tokens, unitStart, j - 1) >= 2 && completeClause(tokens, unitStart, j - 1, resources.subordinators) && hasVerb(tokens, j, last) && countWords(tokens, j + n, last) >= 2) {
      cuts.push({ at: j, marker: { first: j, last: j + n - 1, relation: m.relation, text: m.text } });
      unitStart = j;
    }
    j += n - 1;
  }
  return cuts;
}

/** A marker that opens the sentence ("So what makes more sense…", "But still …") ties it to what comes before. */
function openingMarker(tokens: Tokens, first: number, last: number, resources: Resources): Pick<Cut, 'marker'> {
  let i = first;
  while (i <= last && !isWord(tokens, i)) i++;
  const found = i <= last ? findMarker(tokens, i, last, resources.markers) : null;
  if (!found || i + found[1] > last) return {};
  const [m, n] = found;
  if (m.guard.pos && !m.guard.pos.has(tokens.pos[i]!)) return {};
  return { marker: { first: i, last: i + n - 1, relation: m.relation, text: m.text } };
}

export function findUnits(text: string, sentences: readonly Sentence[], ranges: ReadonlyArray<[number, number]>, tokens: Tokens, resources: Resources): Unit[] {
  const units: Unit[] = [];
  let n = 0;
  sentences.forEach((s, si) => {
    const [first, last] = ranges[si]!;
    if (last < first) return;
    const cuts = findCuts(tokens, first, last, resources);
    const starts: Cut[] = [{ at: first, ...openingMarker(tokens, first, last, resources) }, ...cuts];
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k]!.at;
      let b = k + 1 < starts.length ? starts[k + 1]!.at - 1 : last;
      // punctuation between two units belongs to neither; the sentence's own final punctuation stays
      if (k + 1 < starts.length) while (b > a && TRAILING.has(tokens.value[b]!)) b--;
      const unit: Unit = {
        id: `u${++n}`,
        start: tokens.start[a]!,
        end: tokens.end[b]!,
        type: 'claim',
        voice: 'author',
        sentence: si,
      };
      const mk = starts[k]!.marker;
      if (mk) unit.marker = { start: tokens.start[mk.first]!, end: tokens.end[mk.last]!, cue: text.slice(tokens.start[mk.first]!, tokens.end[mk.last]!), relation: mk.relation };
      units.push(unit);
    }
  });
  return units;
}

import type { ArgumentMap, Cue, Quote, Unit } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import { allCaps, Flag, isSpace, type TokenFacts } from './facts.js';
import { phraseIn, type IndicatorList, type MarkerInfo } from './lexicon.js';

/**
 * What a reader sees in each unit before deciding what it does in the
 * argument: its place (sentence, paragraph, position), its voice, the
 * discourse marker that opens it or stands inside it, and the indicators of
 * data/argument-indicators.json found in it, each with its span (the cues).
 * One pass over each unit's tokens: linear in the text.
 */

export interface Found extends Cue {
  /** The list or marker relation it comes from. */
  kind: string;
}

export interface Connective extends Found {
  relation: string;
  /** Opens a fronted subordinate clause ("Although …, we …"). */
  fronted: boolean;
  /** Where it stands: opening the unit (the segmenter's marker or the unit's first words) or inside it. */
  at: 'open' | 'inner';
}

export interface Info {
  unit: Unit;
  /** Index in map.units. */
  index: number;
  /** Token range [first, last] (inclusive); last < first for a unit with no token. */
  first: number;
  last: number;
  sentence: number;
  paragraph: number;
  /** Index of the unit among the units of its sentence, and how many there are. */
  inSentence: number;
  sentenceUnits: number;
  /** The quotation whose voice the unit is in (null for the author). */
  quote: Quote | null;
  /** In a block quotation, or a quotation over whole paragraphs: a region of its own. */
  embedded: boolean;
  title: boolean;
  /** The paragraph is a short single line (a lead-in, a heading, a sign-off). */
  line: boolean;
  question: Cue | null;
  /** The connective that opens the unit (the segmenter's marker, or a marker as its first words). */
  open: Connective | null;
  /** The first connective inside the unit, as an adverbial. */
  inner: Connective | null;
  /** Indicators found, by list. */
  signals: Partial<Record<IndicatorList, Found[]>>;
  /** Words in capitals for emphasis (NOT, NEVER). Read only (units with none share one empty list). */
  emphasis: readonly Found[];
  /** Numbers, percentages, years: evidence. Read only, as emphasis. */
  numbers: readonly Found[];
  /** Emphatic do ("they do offer"): a point granted. */
  emphaticDo: Found | null;
  /** An opposing view reported (`Critics point out`, `Some may find`, `One could argue`). */
  opposing: Found | null;
  /** A view reported in a third party's name (`My parents say`, `Ralf does insist`): the other side when the author answers it. */
  reported: Found | null;
  firstPerson: boolean;
  /** The unit has a verb of its own. */
  verb: boolean;
  /** Words (letters or digits) in the unit. */
  words: number;
  /** The unit lies in (or is) the lead-in or cue of a quotation. */
  leadInOf: Quote | null;
  /** The contrast that answers this unit in its own sentence ("A, but B"): A is granted rather than claimed. */
  contrasted: Connective | null;
}

/** The list of a unit with no emphasis or no number (shared, never written to). */
const NONE: readonly Found[] = Object.freeze([]);
const AMBIGUOUS_JUDGEMENT = new Set(['just', 'right', 'worth']);

/**
 * A find, its cue (`normative "is to be supported"`) put together only when
 * read: most finds are counted or weighed and never shown, and a string for
 * each would be an allocation (or two) per find.
 */
export class Hit implements Found {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: string,
    private readonly label: string,
    private readonly view: string,
    /** The words when they are not the span of the view (a token as written). */
    private readonly words: string | null,
  ) {}

  get cue(): string {
    return `${this.label} "${this.words ?? this.view.slice(this.start, this.end)}"`;
  }
}

/** Index of the token starting at `pos` within [first, last] (first when none does). */
function tokenIndexAt(t: Tokens, pos: number, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (t.start[k] === pos) return k;
  return first;
}

/** Index of a question mark that ends the span (before closing quotes and brackets), or -1. */
export function finalQuestionMark(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && closesSpan(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 63 /* ? */ ? i : -1;
}

/** What `/[\s"”’»)\]]/` matches: white space, closing quotes and brackets. */
function closesSpan(c: number): boolean {
  return isSpace(c) || c === 34 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Ends in -s, -ed or -ing (what `/(s|ed|ing)$/` matches): not a verb's base form. */
function inflected(w: string): boolean {
  return w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing');
}

/**
 * The marker that starts at token i and ends by `last`. A function of its
 * own, not a closure made for each unit: one would keep the unit's variables
 * it reads (`last`) in a context on the heap, read there in every loop.
 */
function markerAt(i: number, last: number, { ids, headById }: TokenFacts): MarkerInfo | null {
  return phraseIn(ids, i, last, headById[ids[i]!]?.markers);
}

/** One of the two words before token i (within the unit) hedges it: "may need", "could really need". */
function hedgedAt(flags: Uint32Array, i: number, first: number): boolean {
  return (i > first && (flags[i - 1]! & Flag.HedgeNeed) !== 0) || (i > first + 1 && (flags[i - 2]! & Flag.HedgeNeed) !== 0);
}

/**
 * The signals of a unit before any is found: every list a unit may have (the
 * lists of UNIT_LISTS, and the concessions at its start) a key, undefined
 * until found, in one order. One object shape for all units: the reads of a
 * list (in scoring, typing, background tests) stay monomorphic, where keys
 * added in the order things are found made shapes by the dozen.
 */
function noSignals(): Info['signals'] {
  return {
    opinion: undefined,
    certainty: undefined,
    hedges: undefined,
    normative: undefined,
    obligation: undefined,
    predictive: undefined,
    evaluative: undefined,
    evidence: undefined,
    concessionFrames: undefined,
    opposingFrames: undefined,
    rhetorical: undefined,
    negative: undefined,
    positive: undefined,
    concession: undefined,
    concessionAdverbs: undefined,
  };
}

function addFound(signals: Info['signals'], list: IndicatorList, f: Found): void {
  (signals[list] ??= []).push(f);
}

/**
 * Token range of each unit, by a pointer that moves forward through the
 * tokens (units are sorted by start): linear.
 */
function unitTokenRanges(units: readonly Unit[], t: Tokens): { firsts: Int32Array; lasts: Int32Array } {
  const firsts = new Int32Array(units.length);
  const lasts = new Int32Array(units.length);
  let k = 0;
  for (let j = 0; j < units.length; j++) {
    const u = units[j]!;
    while (k < t.length && t.start[k]! < u.start) k++;
    let e = k;
    while (e < t.length && t.end[e]! <= u.end) e++;
    firsts[j] = k;
    lasts[j] = e - 1;
  }
  return { firsts, lasts };
}

export function collectSignals(map: ArgumentMap, view: string, t: Tokens, facts: TokenFacts): Info[] {
  const { flags, ids, headById } = facts;
  const { units, sentences, paragraphs, quotes } = map;
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const { firsts, lasts } = unitTokenRanges(units, t);
  // quotations whose cue (lead-in, reporting verb) lies in a unit: by position, for a forward scan
  const cues = quotes.filter((q) => q.cue && q.kind !== 'scare').sort((a, b) => a.cue!.start - b.cue!.start);
  let cueK = 0;
  // the number of units in each sentence
  const perSentence = new Map<number, number>();
  for (const u of units) perSentence.set(u.sentence, (perSentence.get(u.sentence) ?? 0) + 1);
  // paragraphs holding author units: a quotation that fills whole paragraphs is a region of its own
  const authorParagraph = new Set<number>();
  for (const u of units) if (u.voice === 'author') authorParagraph.add(sentences[u.sentence]!.paragraph);

  const infos: Info[] = [];
  const sentenceCount = (si: number): number => perSentence.get(si) ?? 1;
  let prevSentence = -1;
  let inSentence = 0;
  for (let index = 0; index < units.length; index++) {
    const u = units[index]!;
    const first = firsts[index]!;
    const last = lasts[index]!;
    const s = sentences[u.sentence]!;
    const paragraph = s.paragraph;
    inSentence = u.sentence === prevSentence ? inSentence + 1 : 0;
    prevSentence = u.sentence;
    const quote = u.voice === 'author' ? null : (byId.get(u.voice) ?? null);
    const embedded = quote !== null && (quote.kind === 'block' || !authorParagraph.has(paragraph));
    const signals = noSignals();
    // most units have neither: their lists are made when the first is found
    let emphasis: Found[] | null = null;
    let numbers: Found[] | null = null;
    let emphaticDo: Found | null = null;
    let firstPerson = false;
    let verb = false;
    let words = 0;

    // the opening connective: the segmenter's marker, else a marker as the unit's first words
    let open: Connective | null = null;
    let firstWord = first;
    while (firstWord <= last && !(flags[firstWord]! & Flag.Word)) firstWord++;
    if (u.marker) {
      let mi = first;
      while (mi <= last && t.start[mi]! < u.marker.start) mi++;
      const m = mi <= last ? markerAt(mi, last, facts) : null;
      // a fronted "If …" or "When …" that the segmenter does not cut off: the unit holds its main clause too
      const keeps = m !== null && m.fronted && m.split === 'never';
      if (!keeps && (!m?.afterComma || inSentence > 0 || conjunctionAtStart(t, mi + m.tokens.length, last))) {
        open = { start: u.marker.start, end: u.marker.end, cue: u.marker.cue, kind: 'marker', relation: u.marker.relation, fronted: (m?.fronted ?? false) && m?.split === 'clause', at: 'open' };
      }
    } else if (firstWord <= last) {
      const m = markerAt(firstWord, last, facts);
      if (m && !(m.fronted && m.split === 'never') && (!m.afterComma || conjunctionAtStart(t, firstWord + m.tokens.length, last))) {
        const end = t.end[firstWord + m.tokens.length - 1]!;
        open = { start: t.start[firstWord]!, end, cue: view.slice(t.start[firstWord]!, end), kind: 'marker', relation: m.relation, fronted: m.fronted && m.split === 'clause', at: 'open' };
      }
    }
    // "And yet", "And so", "But therefore": after an opening "and" or "but", a second marker says more
    if (open && (open.relation === 'addition' || open.relation === 'contrast')) {
      let k = first;
      while (k <= last && t.end[k]! <= open.end) k++;
      while (k <= last && t.pos[k] === 'PUNCT') k++;
      const m2 = k <= last ? markerAt(k, last, facts) : null;
      if (m2 && m2.split === 'clause' && (m2.relation === 'conclusion' || (m2.relation === 'contrast' && open.relation === 'addition') || m2.relation === 'premise')) {
        const end = t.end[k + m2.tokens.length - 1]!;
        open = { start: open.start, end, cue: view.slice(open.start, end), kind: 'marker', relation: m2.relation, fronted: m2.fronted && m2.split === 'clause', at: 'open' };
      }
    }
    // a fronted "Since …, …" or "Although …, …" the segmenter left whole: the unit holds the main clause, the marker its subordinate
    if (open && open.fronted && inSentence === sentenceCount(u.sentence) - 1 && mainClauseAfterComma(t, first, open.end, last)) open = null;
    let inner: Connective | null = null;
    for (let i = first; i <= last; i++) {
      const f = flags[i]!;
      if (f & Flag.Word) {
        words++;
        if (f & Flag.FirstPerson) firstPerson = true;
        // all-caps words that are emphasis, not acronyms: they carry a stance word
        // (the capitals first: they rule out nearly every word at its first character)
        if (allCaps(t.value[i]!) && (f & Flag.Negation || t.pos[i] === 'ADV' || t.pos[i] === 'ADJ' || t.pos[i] === 'PART')) {
          (emphasis ??= []).push(new Hit(t.start[i]!, t.end[i]!, 'emphasis', 'emphasis', view, t.value[i]!));
        }
        if (f & Flag.Digit) (numbers ??= []).push(new Hit(t.start[i]!, t.end[i]!, 'number', 'number', view, t.value[i]!));
      }
      if (f & Flag.Verb) {
        verb = true;
        // "we urgently need", "the state needs": a need is a norm (unless hedged: "may need", "could really need")
        if (f & Flag.Need && !signals.normative && !hedgedAt(flags, i, first)) {
          addFound(signals, 'normative', new Hit(t.start[i]!, t.end[i]!, 'normative', 'normative', view, t.value[i]!));
        }
      }
      // emphatic do: "they do offer", "patients do often report" (not a question, not a negation, not the sentence's first word)
      if (f & Flag.DoForm && t.pos[i] === 'AUX' && i > first && !emphaticDo) {
        let k = i + 1;
        while (k <= last && t.pos[k] === 'ADV' && !(flags[k]! & Flag.Negation)) k++;
        if (k <= last && t.pos[k] === 'VERB' && !((flags[i + 1] ?? 0) & Flag.Negation) && t.pos[i - 1] !== 'ADV' && t.pos[i - 1] !== 'PUNCT') {
          emphaticDo = new Hit(t.start[i]!, t.end[k]!, 'emphatic-do', 'emphatic', view, null);
        }
      }
      // an inner connective: an adverbial marker inside the unit ("are therefore", "however", "after all"; "though" at the end)
      if (!inner && f & Flag.InnerMarker && i > firstWord && !(open && t.start[i]! < open.end)) {
        const m = markerAt(i, last, facts);
        // followed by "of" it is a preposition ("instead of", "because of")
        if (m && m.inner && !((flags[i + m.tokens.length] ?? 0) & Flag.Of)) {
          const endTok = i + m.tokens.length - 1;
          // "…, though." / "… an issue though, given …": an adverb before punctuation, not a conjunction before a clause
          const final = endTok + 1 > last || t.pos[endTok + 1] === 'PUNCT';
          if (m.inner === 'anywhere' || final) {
            const end = t.end[endTok]!;
            // a final "though" turns like "however"
            inner = { start: t.start[i]!, end, cue: view.slice(t.start[i]!, end), kind: 'marker', relation: m.inner === 'final' ? 'contrast' : m.relation, fronted: false, at: 'inner' };
          }
        }
      }
      // indicator phrases
      // "is (therefore) not to be supported", "are to be financed": a norm
      if (f & Flag.To && (flags[i + 1] ?? 0) & Flag.BeBase && i + 2 <= last && t.pos[i + 2] === 'VERB' && !signals.normative) {
        for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
          if (flags[k]! & Flag.Be) {
            addFound(signals, 'normative', new Hit(t.start[k]!, t.end[i + 2]!, 'normative', 'normative', view, null));
            break;
          }
        }
      }
      // an imperative "Let's …", "Let us …" opening the unit is a call to act
      if (i === firstWord && f & Flag.Let && (flags[i + 1] ?? 0) & Flag.LetObject) {
        addFound(signals, 'normative', new Hit(t.start[i]!, t.end[i + 1]!, 'normative', 'normative', view, null));
      }
      // a token that starts no phrase of any list has nothing more to find (one lookup, made for the whole document)
      if (!(f & Flag.Head)) continue;
      const head = headById[ids[i]!]!;
      // an adjective of rightness after a form of "be" is a norm: "is fair", "would therefore be wise", "is out of the question"
      const d = phraseIn(ids, i, last, head.lists.deontic);
      if (d && !signals.normative && !(d.tokens.length === 1 && AMBIGUOUS_JUDGEMENT.has(d.tokens[0]!) && t.pos[i] !== 'ADJ' && t.pos[i] !== 'NOUN')) {
        for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
          if (flags[k]! & Flag.Be) {
            const end = t.end[i + d.tokens.length - 1]!;
            addFound(signals, 'normative', new Hit(t.start[k]!, end, 'normative', 'normative', view, null));
            break;
          }
        }
      }
      // the lists of UNIT_LISTS with a phrase starting here, in that order
      const unitLists = head.unitLists;
      for (let j = 0; j < unitLists.length; j++) {
        const [list, phrases] = unitLists[j]!;
        const p = phraseIn(ids, i, last, phrases);
        // "just" and "right" judge only as adjectives ("not just", not "just as", "right in the middle")
        if (p && p.tokens.length === 1 && (list === 'evaluative' || list === 'positive') && AMBIGUOUS_JUDGEMENT.has(p.tokens[0]!) && t.pos[i] !== 'ADJ' && t.pos[i] !== 'NOUN') continue;
        if (p) {
          const end = t.end[i + p.tokens.length - 1]!;
          addFound(signals, list, new Hit(t.start[i]!, end, list, list, view, null));
        }
      }
    }
    // a concession word among the first words ("Clearly the landlord …", "Sure, other people …")
    if (firstWord <= last) {
      let i = firstWord;
      if (open && (open.relation === 'contrast' || open.relation === 'addition')) i = firstWord + 1;
      for (let k = i; k <= Math.min(last, i + 1); k++) {
        const p = phraseIn(ids, k, last, headById[ids[k]!]?.lists.concession);
        const a = p ? null : phraseIn(ids, k, last, headById[ids[k]!]?.lists.concessionAdverbs);
        const f = p ?? a;
        if (f) {
          const end = t.end[k + f.tokens.length - 1]!;
          const list = p ? 'concession' : 'concessionAdverbs';
          addFound(signals, list, new Hit(t.start[k]!, end, list, 'concession', view, null));
          break;
        }
      }
      // "It is in fact good to …": an adverb of concession inside the unit
      if (!signals.concessionAdverbs && !signals.concession && inner?.relation === 'elaboration') {
        const at = tokenIndexAt(t, inner.start, first, last);
        const p = phraseIn(ids, at, last, headById[ids[at]!]?.lists.concessionAdverbs);
        if (p) addFound(signals, 'concessionAdverbs', new Hit(inner.start, inner.end, 'concessionAdverbs', 'concession', view, inner.cue));
      }
    }
    // a question mark that ends the unit (read twice below)
    const qm = finalQuestionMark(view, u.start, u.end);
    // an imperative: the first word (after the opening marker, "please", an interjection) a verb in its base form
    if (!signals.normative) {
      let k = firstWord;
      if (open) while (k <= last && t.start[k]! < open.end) k++;
      while (k <= last && (t.pos[k] === 'INTJ' || t.pos[k] === 'PUNCT' || flags[k]! & Flag.BeforeImperative)) k++;
      const dont = k + 2 <= last && (flags[k]! & Flag.Do) !== 0 && (flags[k + 1]! & Flag.Nt) !== 0 && t.pos[k + 2] === 'VERB';
      if (k <= last && (dont || (t.pos[k] === 'VERB' && !inflected(t.lower[k]!) && t.pos[k + 1] !== 'AUX')) && qm < 0 && (inSentence === 0 || t.value[k - 1] === ',')) {
        const end = t.end[dont ? k + 2 : k]!;
        addFound(signals, 'normative', new Hit(t.start[k]!, end, 'normative', 'imperative', view, null));
      }
    }
    // "I don't want", "we would support": the author's position in the first person
    if (!signals.opinion) {
      for (let k = first; k <= Math.min(last, first + 8); k++) {
        if (!(flags[k]! & Flag.FirstPersonSubject)) continue;
        let j = k + 1;
        while (j <= last && j <= k + 3 && (t.pos[j] === 'AUX' || t.pos[j] === 'PART' || t.pos[j] === 'ADV')) j++;
        const verb = j <= last ? phraseIn(ids, j, last, headById[ids[j]!]?.lists.opinionVerbs) : null;
        if (verb && t.pos[j] === 'VERB') {
          addFound(signals, 'opinion', new Hit(t.start[k]!, t.end[j]!, 'opinion', 'opinion', view, null));
        }
        break;
      }
    }
    // a question reports no view ("Who would object to cleaner air?" implies nobody does)
    const opposing = qm >= 0 ? null : findOpposing(t, facts, firstWord, last, view);
    const reported = opposing || qm >= 0 ? null : findReportedView(t, facts, firstWord, last, view);
    // the lead-in or cue of a quotation that lies in this unit
    let leadInOf: Quote | null = null;
    while (cueK < cues.length && cues[cueK]!.cue!.end <= u.start) cueK++;
    for (let k = cueK; k < cues.length && cues[k]!.cue!.start < u.end; k++) {
      const q = cues[k]!;
      if (q.cue!.start >= u.start && q.cue!.end <= u.end + 1 && u.voice !== q.id) {
        leadInOf = q;
        break;
      }
    }
    const para = paragraphs[paragraph]!;
    infos.push({
      unit: u,
      index,
      first,
      last,
      sentence: u.sentence,
      paragraph,
      inSentence,
      sentenceUnits: perSentence.get(u.sentence) ?? 1,
      quote,
      embedded,
      title: para.kind === 'title',
      line: para.kind === 'line',
      question: qm >= 0 ? { start: qm, end: qm + 1, cue: 'question mark' } : null,
      open,
      inner,
      signals,
      emphasis: emphasis ?? NONE,
      numbers: numbers ?? NONE,
      emphaticDo,
      opposing,
      reported,
      firstPerson,
      verb,
      words,
      leadInOf,
      contrasted: null,
    });
  }
  // a clause answered by a contrast in its own sentence ("A, but B") is granted rather than claimed
  for (let k = 0; k + 1 < infos.length; k++) {
    const a = infos[k]!;
    const b = infos[k + 1]!;
    if (a.sentence === b.sentence && b.open?.relation === 'contrast' && b.inSentence > 0) a.contrasted = b.open;
  }
  // a unit in a question sentence is part of the question
  for (let k = infos.length - 1; k > 0; k--) {
    const a = infos[k - 1]!;
    const b = infos[k]!;
    if (a.sentence === b.sentence && b.question && !a.question) a.question = b.question;
  }
  return infos;
}


/**
 * A view reported in someone else's name at the start of a unit: a subject
 * that is not the author (`My parents`, `Facebook`, `Ralf`) and, within a
 * few words, an opinion or saying verb (`say`, `insist`, `warns`). It counts
 * as the other side only when the author answers it with a contrast.
 */
function findReportedView(t: Tokens, { flags, ids, headById }: TokenFacts, firstWord: number, last: number, view: string): Found | null {
  let sawSubject = false;
  for (let k = firstWord; k <= Math.min(last, firstWord + 5); k++) {
    const pos = t.pos[k]!;
    if (flags[k]! & Flag.FirstPersonSubject) return null;
    const v = t.lower[k]!;
    if (pos === 'NOUN' || pos === 'PROPN' || (pos === 'PRON' && v !== 'it' && v !== 'there' && v !== 'this' && v !== 'that')) sawSubject = true;
    const verb = phraseIn(ids, k, last, headById[ids[k]!]?.lists.opposingVerbs);
    if (verb && sawSubject && (pos === 'VERB' || pos === 'AUX')) {
      const end = t.end[k + verb.tokens.length - 1]!;
      return new Hit(t.start[firstWord]!, end, 'reported', 'a view reported', view, null);
    }
    if (pos === 'PUNCT' || pos === 'SCONJ') return null;
  }
  return null;
}

/** After `from` (the end of a fronted marker), a comma followed by a clause with a subject and a verb: the main clause. */
function mainClauseAfterComma(t: Tokens, first: number, from: number, last: number): boolean {
  let k = first;
  while (k <= last && t.start[k]! < from) k++;
  let comma = -1;
  for (let i = k; i <= last; i++) if (t.value[i] === ',') comma = i;
  if (comma < 0 || last - comma < 3) return false;
  let subject = false;
  for (let i = comma + 1; i <= last; i++) {
    const pos = t.pos[i]!;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') subject = true;
    if ((pos === 'VERB' || pos === 'AUX') && subject) return true;
    if (pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * `For` or `As` opening a sentence is a conjunction (a reason: `For
 * affordable living space is scarce.`) rather than a preposition (`For dog
 * dirt left on the pavement dog owners should pay`, `As a central airport
 * Berlin Tegel is …`) when a finite verb follows within a few words, with no
 * punctuation and no second noun phrase before it.
 */
function conjunctionAtStart(t: Tokens, from: number, last: number): boolean {
  let sawNoun = false;
  for (let k = from; k <= Math.min(last, from + 6); k++) {
    const pos = t.pos[k]!;
    if (pos === 'AUX') return true;
    if (pos === 'VERB') return t.lower[k]!.endsWith('s') || t.pos[k - 1] === 'PRON';
    if (pos === 'PUNCT') return false;
    if ((pos === 'PROPN' || pos === 'PRON') && sawNoun && t.pos[k - 1] === 'NOUN') return false;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') sawNoun = true;
  }
  return false;
}

/** "Landlords may want": "want" after a hedging modal counts as an opinion verb. */
const WANT = { tokens: ['want'] } as const;

/**
 * An opposing view reported at the start of a unit: a frame (`one could
 * argue`, `it is often said`), or a subject from `opposingSubjects` followed
 * within a few words by a verb from `opposingVerbs` (`Critics point out`,
 * `Some dog owners assume`, `Proponents of the death penalty count on`).
 */
function findOpposing(t: Tokens, { flags, ids, headById }: TokenFacts, firstWord: number, last: number, view: string): Found | null {
  const limit = Math.min(last, firstWord + 4);
  for (let i = firstWord; i <= limit; i++) {
    const f = phraseIn(ids, i, last, headById[ids[i]!]?.lists.opposingFrames);
    if (f) {
      const end = t.end[i + f.tokens.length - 1]!;
      return new Hit(t.start[i]!, end, 'opposing', 'opposing view', view, null);
    }
  }
  // any subject but the author, a hedging modal, an opinion verb: "Dog owners may think", "Landlords may want"
  for (let k = firstWord + 1; k <= Math.min(last - 1, firstWord + 5); k++) {
    const f = flags[k]!;
    if (f & Flag.FirstPersonSubject || t.pos[k] === 'PUNCT') break;
    if (f & Flag.HedgingModal && t.pos[k - 1] !== 'PUNCT') {
      const verb = phraseIn(ids, k + 1, last, headById[ids[k + 1]!]?.lists.opposingVerbs) ?? (t.lower[k + 1] === 'want' ? WANT : null);
      if (verb && !(flags[k - 1]! & Flag.FirstPersonSubject)) {
        const end = t.end[k + verb.tokens.length]!;
        return new Hit(t.start[firstWord]!, end, 'opposing', 'opposing view', view, null);
      }
      break;
    }
  }
  for (let i = firstWord; i <= limit; i++) {
    const s = phraseIn(ids, i, last, headById[ids[i]!]?.lists.opposingSubjects);
    if (!s) continue;
    // "one" only as a pronoun subject, "they" only right at the start
    const w = s.tokens[0]!;
    if (w === 'one' && t.pos[i] === 'NUM' && t.pos[i + 1] === 'NOUN') continue;
    if ((w === 'they' || w === 'people') && i !== firstWord) continue;
    const after = i + s.tokens.length;
    for (let k = after; k <= Math.min(last, after + 5); k++) {
      const pos = t.pos[k]!;
      const v = phraseIn(ids, k, last, headById[ids[k]!]?.lists.opposingVerbs);
      if (v && (pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' || pos === 'ADP')) {
        const end = t.end[k + v.tokens.length - 1]!;
        return new Hit(t.start[i]!, end, 'opposing', 'opposing view', view, null);
      }
      if (pos === 'PUNCT' || pos === 'SCONJ' || (pos === 'VERB' && !v)) break;
    }
  }
  return null;
}

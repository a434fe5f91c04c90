import indicatorsData from '../../../data/argument-indicators.json' with { type: 'json' };
import markersData from '../../../data/discourse-markers.json' with { type: 'json' };
import { tokenizePhrases } from '../../nlp/base.js';
import type { WinkNlp } from '../../nlp/base.js';
import { Flag, shapeOf, WORD_FLAGS } from './facts.js';

/**
 * The argument stage's lexicons, compiled once per wink-nlp instance: the
 * indicator lists of data/argument-indicators.json and the discourse markers
 * of data/discourse-markers.json (their relation, whether they open a
 * fronted subordinate clause, whether they count inside a unit), as phrases
 * of lower-cased tokens indexed by their first token.
 */

/** A phrase as wink-nlp tokens, lower-cased, curly apostrophes straightened. */
export interface Phrase {
  text: string;
  tokens: string[];
  /** The tokens as ids of the lexicon's vocabulary (filled when the lexicon is compiled). */
  ids: Int32Array;
}

/** Phrases by first token, longest first within each list. */
export type PhraseIndex = Map<string, Phrase[]>;

export interface MarkerInfo extends Phrase {
  relation: string;
  fronted: boolean;
  /** The marker counts inside a unit too: anywhere, or only at its end. */
  inner: false | 'anywhere' | 'final';
  /** The segmenter cuts a sentence at it (`clause`), or it only signals (`never`). */
  split: 'clause' | 'never';
  /** Mid-sentence only after a comma (`as`, `for`): at the start of a sentence it is often a preposition. */
  afterComma: boolean;
}

export type IndicatorList =
  | 'opinion'
  | 'opinionVerbs'
  | 'certainty'
  | 'hedges'
  | 'normative'
  | 'obligation'
  | 'deontic'
  | 'predictive'
  | 'evaluative'
  | 'evidence'
  | 'concession'
  | 'concessionAdverbs'
  | 'concessionFrames'
  | 'opposingSubjects'
  | 'opposingVerbs'
  | 'opposingFrames'
  | 'rhetorical'
  | 'quoteEndorse'
  | 'quoteDispute'
  | 'quoteReport'
  | 'negative'
  | 'positive';

export const LISTS: readonly IndicatorList[] = [
  'opinion',
  'opinionVerbs',
  'certainty',
  'hedges',
  'normative',
  'obligation',
  'deontic',
  'predictive',
  'evaluative',
  'evidence',
  'concession',
  'concessionAdverbs',
  'concessionFrames',
  'opposingSubjects',
  'opposingVerbs',
  'opposingFrames',
  'rhetorical',
  'quoteEndorse',
  'quoteDispute',
  'quoteReport',
  'negative',
  'positive',
];

export interface ArgumentLexicon {
  lists: Record<IndicatorList, PhraseIndex>;
  /** Discourse markers by first token, longest first. */
  markers: Map<string, MarkerInfo[]>;
  /** Marker relation by the marker's text as the segmenter records it (lower-cased). */
  markerByText: Map<string, MarkerInfo>;
  /** The first token of any phrase of any list: a token not in it starts no indicator (one lookup instead of one per list). */
  anyFirst: Set<string>;
  /** What may start at a token, by the token: one lookup per token stands for one per list and one for the markers. */
  heads: Map<string, Head>;
  /**
   * Every word the stage compares a token with (the tokens of all phrases
   * and markers, the words of WORD_FLAGS), numbered from 1: a token is
   * looked up once, then compared as a number (0: a word of none of them).
   */
  vocab: Map<string, number>;
  /** By word id: the Head of the phrases and markers starting with it (undefined when none does). */
  headById: Array<Head | undefined>;
  /** By word id: the flags that come from the word alone (WORD_FLAGS, Flag.Head, Flag.InnerMarker). */
  flagsById: Uint32Array;
  /** By `shapeOf` a word: 1 when some word of the vocabulary has that shape (a word of another shape is none of them, with no lookup). */
  shapes: Uint8Array;
}


/**
 * The indicator lists looked for at every word of a unit (signals.ts), in
 * the order their finds are reported.
 */
export const UNIT_LISTS = ['opinion', 'certainty', 'hedges', 'normative', 'obligation', 'predictive', 'evaluative', 'evidence', 'concessionFrames', 'opposingFrames', 'rhetorical', 'negative', 'positive'] as const;
export type UnitList = (typeof UNIT_LISTS)[number];

/** The phrases and markers that start with one token (each list longest first, as in the indexes). */
export interface Head {
  /** Phrases of each indicator list (null for a list with none). */
  lists: Record<IndicatorList, Phrase[] | null>;
  /** Discourse markers (null when none). */
  markers: MarkerInfo[] | null;
  /** Some of the markers count inside a unit: where none does, no inner connective starts here, whichever matches. */
  innerMarkers: boolean;
  /** The lists of UNIT_LISTS that have phrases, in that order, with their phrases. */
  unitLists: ReadonlyArray<readonly [UnitList, Phrase[]]>;
}

/**
 * The phrases of each list that start with `w`: one object literal, the keys
 * in the order of LISTS (a test checks it), so every head has one shape with
 * fast properties, built at start-up without an array per list.
 */
export function listsAt(lists: Record<IndicatorList, PhraseIndex>, w: string): Record<IndicatorList, Phrase[] | null> {
  return {
    opinion: lists.opinion.get(w) ?? null,
    opinionVerbs: lists.opinionVerbs.get(w) ?? null,
    certainty: lists.certainty.get(w) ?? null,
    hedges: lists.hedges.get(w) ?? null,
    normative: lists.normative.get(w) ?? null,
    obligation: lists.obligation.get(w) ?? null,
    deontic: lists.deontic.get(w) ?? null,
    predictive: lists.predictive.get(w) ?? null,
    evaluative: lists.evaluative.get(w) ?? null,
    evidence: lists.evidence.get(w) ?? null,
    concession: lists.concession.get(w) ?? null,
    concessionAdverbs: lists.concessionAdverbs.get(w) ?? null,
    concessionFrames: lists.concessionFrames.get(w) ?? null,
    opposingSubjects: lists.opposingSubjects.get(w) ?? null,
    opposingVerbs: lists.opposingVerbs.get(w) ?? null,
    opposingFrames: lists.opposingFrames.get(w) ?? null,
    rhetorical: lists.rhetorical.get(w) ?? null,
    quoteEndorse: lists.quoteEndorse.get(w) ?? null,
    quoteDispute: lists.quoteDispute.get(w) ?? null,
    quoteReport: lists.quoteReport.get(w) ?? null,
    negative: lists.negative.get(w) ?? null,
    positive: lists.positive.get(w) ?? null,
  };
}

/** One Head per first token of any phrase or marker; every Head has all lists as keys, in one order (one object shape). */
function headsOf(lists: Record<IndicatorList, PhraseIndex>, markers: Map<string, MarkerInfo[]>): Map<string, Head> {
  const firsts = new Set<string>(markers.keys());
  for (const name of LISTS) for (const k of lists[name].keys()) firsts.add(k);
  const heads = new Map<string, Head>();
  for (const w of firsts) {
    const byList = listsAt(lists, w);
    const unitLists: Array<readonly [UnitList, Phrase[]]> = [];
    for (const name of UNIT_LISTS) if (byList[name]) unitLists.push([name, byList[name]!]);
    const ms = markers.get(w) ?? null;
    heads.set(w, { lists: byList, markers: ms, innerMarkers: ms !== null && ms.some((m) => m.inner !== false), unitLists });
  }
  return heads;
}

/** Straight apostrophes and quotes, lower case: the form phrases are compared in. */
export const normToken = (s: string): string => s.toLowerCase().replace(/[’‘`]/g, "'");

/** The vocabulary (see ArgumentLexicon.vocab), each phrase's ids, and what is known of each word by its id. */
function vocabulary(phrases: Iterable<Phrase>, heads: Map<string, Head>): Pick<ArgumentLexicon, 'vocab' | 'headById' | 'flagsById' | 'shapes'> {
  const vocab = new Map<string, number>();
  const all = [...phrases];
  for (const p of all) for (const w of p.tokens) if (!vocab.has(w)) vocab.set(w, vocab.size + 1);
  for (const w of Object.keys(WORD_FLAGS)) if (!vocab.has(w)) vocab.set(w, vocab.size + 1);
  for (const p of all) p.ids = Int32Array.from(p.tokens, (w) => vocab.get(w)!);
  const headById = new Array<Head | undefined>(vocab.size + 1).fill(undefined);
  const flagsById = new Uint32Array(vocab.size + 1);
  for (const [w, id] of vocab) {
    const h = heads.get(w);
    headById[id] = h;
    flagsById[id] = (WORD_FLAGS[w] ?? 0) | (h ? Flag.Head : 0) | (h?.innerMarkers ? Flag.InnerMarker : 0);
  }
  const shapes = new Uint8Array(4096);
  for (const w of vocab.keys()) shapes[shapeOf(w)] = 1;
  return { vocab, headById, flagsById, shapes };
}

/** Each phrase's tokens in the compared form (one wink-nlp document for all of them). */
function tokensOf(nlp: WinkNlp, texts: readonly string[]): string[][] {
  return tokenizePhrases(nlp, texts).map((tokens) => tokens.map(normToken).filter((t) => t.trim() !== ''));
}

function index<T extends Phrase>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    if (!it.tokens.length) continue;
    const list = m.get(it.tokens[0]!) ?? [];
    list.push(it);
    m.set(it.tokens[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
}

const cache = new WeakMap<WinkNlp, ArgumentLexicon>();
/** Placeholder until the vocabulary is known. */
const NO_IDS = new Int32Array(0);

export function argumentLexicon(nlp: WinkNlp): ArgumentLexicon {
  const hit = cache.get(nlp);
  if (hit) return hit;
  const raw = indicatorsData as unknown as Record<string, unknown>;
  const lists = {} as Record<IndicatorList, PhraseIndex>;
  const rawMarkers = (markersData as { markers: Array<{ text: string; relation: string; split?: string; fronted?: boolean; inner?: boolean | string; guard?: { 'after-comma'?: boolean } }> }).markers;
  // every phrase of every list, and every marker, tokenised in one go
  const wordsOf = (name: IndicatorList): string[] => (Array.isArray(raw[name]) ? (raw[name] as string[]) : []);
  const tokenized = tokensOf(nlp, [...LISTS.flatMap(wordsOf), ...rawMarkers.map((m) => m.text)]);
  let next = 0;
  for (const name of LISTS) {
    lists[name] = index(wordsOf(name).map((text) => ({ text, tokens: tokenized[next++]!, ids: NO_IDS })));
  }
  const infos: MarkerInfo[] = rawMarkers.map((m) => ({
    text: m.text,
    tokens: tokenized[next++]!,
    ids: NO_IDS,
    relation: m.relation,
    fronted: Boolean(m.fronted),
    inner: m.inner === 'final' ? 'final' : m.inner ? 'anywhere' : false,
    afterComma: Boolean(m.guard?.['after-comma']),
    split: m.split === 'clause' ? 'clause' : 'never',
  }));
  const markerByText = new Map<string, MarkerInfo>();
  for (const m of infos) markerByText.set(m.tokens.join(' '), m);
  const anyFirst = new Set<string>();
  for (const idx of Object.values(lists)) for (const k of idx.keys()) anyFirst.add(k);
  const markers = index(infos);
  const heads = headsOf(lists, markers);
  const phrases = [...infos, ...Object.values(lists).flatMap((idx) => [...idx.values()].flat())];
  const lex: ArgumentLexicon = { lists, markers, markerByText, anyFirst, heads, ...vocabulary(phrases, heads) };
  cache.set(nlp, lex);
  return lex;
}

/**
 * The longest of `list` (phrases starting with token i's form, longest
 * first) found at token i, not past `last`; or null. Tokens are compared by
 * their word ids (TokenFacts.ids): numbers, not strings.
 */
export function phraseIn<T extends Phrase>(ids: Int32Array, i: number, last: number, list: readonly T[] | null | undefined): T | null {
  if (!list) return null;
  for (const p of list) {
    const want = p.ids;
    const n = want.length;
    if (i + n - 1 > last) continue;
    let ok = true;
    for (let k = 1; k < n; k++) {
      if (ids[i + k] !== want[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p;
  }
  return null;
}

import markersData from '../data/discourse-markers.json' with { type: 'json' };
import abbreviationsData from '../data/abbreviations.json' with { type: 'json' };
import reportingData from '../data/reporting.json' with { type: 'json' };
import timeData from '../data/time.json' with { type: 'json' };
import actorsData from '../data/actors.json' with { type: 'json' };
import { tokenizePhrases } from './nlp/base.js';
import type { WinkNlp } from './nlp/base.js';

/** A discourse marker compiled for matching against lower-cased tokens. */
export interface Marker {
  text: string;
  /** Lower-cased tokens as wink-nlp splits them. */
  tokens: string[];
  relation: string;
  split: 'clause' | 'never';
  fronted: boolean;
  guard: {
    subject?: boolean | 'unless-comma' | 'or-comma-verb';
    notBefore?: Set<string>;
    pos?: Set<string>;
    afterComma?: boolean;
    afterPunct?: boolean;
    notAfterCorrelative?: boolean;
  };
}

/** Everything the stages read from data/, loaded and compiled once per analyzer. */
export interface Resources {
  /** Markers indexed by their first token. Longest first within each list. */
  markers: Map<string, Marker[]>;
  /** Words that tie a following marker to the clause before it ("not because"). */
  focusers: Set<string>;
  /** Words that open a subordinate or relative clause ("that", "unless", "when"). */
  subordinators: Set<string>;
  abbreviations: {
    /** Lower-cased abbreviations that never end a sentence (titles, prefixes, months). */
    neverFinal: Set<string>;
    /** Lower-cased abbreviations that may end a sentence. */
    mayEndSentence: Set<string>;
  };
  /** Lower-cased word forms of reporting verbs (said, asked, writes, believes, ...). */
  reportingVerbForms: Set<string>;
  /** The forms of those that commonly introduce direct quotation (said, asked, wrote, added, ...). */
  directVerbForms: Set<string>;
  /** Reporting verb class of each single-word form (speech, belief, argument, ...). */
  reportingClass: Map<string, string>;
  /** Attribution phrases the source follows ("according to", "per"), as lower-cased token sequences, longest first. */
  attributionBefore: string[][];
  /** Forms of verbs that name rather than report ("called", "dubbed"). */
  namingForms: Set<string>;
  /** Forms of factive verbs ("knows that"): their content stays the writer's. */
  factiveForms: Set<string>;
  /** Nouns naming a piece of wording ("phrase", "slogan", "nickname"): a quotation after one is someone's wording. */
  termNouns: Set<string>;
  /** Nouns naming a text, a survey or a spoken event that states content ("poll", "report", "interview"). */
  documentNouns: Set<string>;
  /** Forms of verbs that characterize their object, with the word before the quotation they take ("as", "to"). */
  characterizingForms: Map<string, string>;
  /** Forms of verbs whose bare object is not a content ("told reporters", "held a rally"). */
  objectlessForms: Set<string>;
  /** Forms of verbs that take the person addressed before the content ("told reporters the war was lost"). */
  addresseeForms: Set<string>;
  /** Lower-cased forms of reporting nouns ("claim", "statement", "warning"). */
  reportingNouns: Set<string>;
  /** Multi-word reporting verbs ("pointed out", "called for"), by first word, longest first: lower-cased tokens and class. */
  reportingPhrases: Map<string, ReportingPhrase[]>;
  /** Words of time adjuncts (data/time.json; calendar names from data/actors.json), lower-cased. */
  time: { nouns: Set<string>; relative: Set<string>; prepositions: Set<string>; edges: Set<string>; deictic: Set<string>; calendar: Set<string> };
}

interface RawMarker {
  text: string;
  relation: string;
  split: string;
  fronted?: boolean;
  guard?: {
    subject?: boolean | 'unless-comma' | 'or-comma-verb';
    'not-before'?: string[];
    pos?: string[];
    'after-comma'?: boolean;
    'after-punct'?: boolean;
    'not-after-correlative'?: boolean;
  };
}

/** A multi-word reporting verb: its lower-cased tokens, its class, and whether it introduces direct quotations. */
export interface ReportingPhrase {
  tokens: string[];
  class: string;
  direct: boolean;
}

/**
 * Length of the first (longest) multi-word reporting verb that starts at token i of `lower` (lower-cased tokens),
 * ends by token `last` and that `accept` takes, or 0.
 */
export function reportingPhraseAt(r: Resources, lower: readonly string[], i: number, last: number, accept: (p: ReportingPhrase) => boolean): number {
  for (const p of r.reportingPhrases.get(lower[i]!) ?? []) {
    if (i + p.tokens.length - 1 > last || !accept(p)) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length && ok; k++) ok = lower[i + k] === p.tokens[k];
    if (ok) return p.tokens.length;
  }
  return 0;
}

function sortPhrases<T extends { tokens: string[] }>(m: Map<string, T[]>): Map<string, T[]> {
  for (const list of m.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return m;
}

export function loadResources(nlp: WinkNlp): Resources {
  const its = nlp.its;
  const markers = new Map<string, Marker[]>();
  const raw = markersData as { markers: RawMarker[]; focusers: string[]; subordinators: string[] };
  const markerTokens = tokenizePhrases(nlp, raw.markers.map((m) => m.text));
  raw.markers.forEach((m, k) => {
    const tokens = markerTokens[k]!.map((t) => t.toLowerCase().replace(/’/g, "'"));
    const marker: Marker = {
      text: m.text,
      tokens,
      relation: m.relation,
      split: m.split === 'clause' ? 'clause' : 'never',
      fronted: Boolean(m.fronted),
      guard: {
        ...(m.guard?.subject ? { subject: m.guard.subject } : {}),
        ...(m.guard?.['not-before'] ? { notBefore: new Set(m.guard['not-before']) } : {}),
        ...(m.guard?.pos ? { pos: new Set(m.guard.pos) } : {}),
        ...(m.guard?.['after-comma'] ? { afterComma: true } : {}),
        ...(m.guard?.['after-punct'] ? { afterPunct: true } : {}),
        ...(m.guard?.['not-after-correlative'] ? { notAfterCorrelative: true } : {}),
      },
    };
    const first = tokens[0]!;
    const list = markers.get(first) ?? [];
    list.push(marker);
    markers.set(first, list);
  });
  for (const list of markers.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const ab = abbreviationsData as Record<string, unknown>;
  const lowerList = (k: string): string[] => (Array.isArray(ab[k]) ? (ab[k] as string[]).map((s) => s.toLowerCase()) : []);
  const neverFinal = new Set([...lowerList('titles'), ...lowerList('prefixes'), ...lowerList('months')]);
  const mayEndSentence = new Set(lowerList('final'));

  const reportingVerbForms = new Set<string>();
  const directVerbForms = new Set<string>();
  const reportingClass = new Map<string, string>();
  const reporting = reportingData as {
    verbs: Array<{ forms: string[]; phrase?: boolean; direct?: boolean; class: string }>;
    markers: Array<{ text: string; position: string }>;
    naming: string[];
    factive: string[];
    objectless?: string[];
    addressee?: string[];
    characterizing?: Record<string, string[]>;
    documents?: string[];
    terms?: string[];
    nouns: Array<{ forms: string[] }>;
  };
  const reportingPhrases = new Map<string, ReportingPhrase[]>();
  for (const v of reporting.verbs) {
    if (v.phrase) {
      for (const f of v.forms) {
        const tokens = f.toLowerCase().split(/\s+/);
        const list = reportingPhrases.get(tokens[0]!) ?? [];
        list.push({ tokens, class: v.class, direct: v.direct === true });
        reportingPhrases.set(tokens[0]!, list);
      }
      continue;
    }
    for (const f of v.forms) {
      reportingVerbForms.add(f.toLowerCase());
      if (!reportingClass.has(f.toLowerCase())) reportingClass.set(f.toLowerCase(), v.class);
      if (v.direct) directVerbForms.add(f.toLowerCase());
    }
  }
  const before = reporting.markers.filter((m) => m.position === 'before-source' && !m.text.includes('{'));
  const attributionBefore = tokenizePhrases(nlp, before.map((m) => m.text))
    .map((tokens) => tokens.map((x) => x.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  return { markers, focusers: new Set(raw.focusers), subordinators: new Set(raw.subordinators), abbreviations: { neverFinal, mayEndSentence }, reportingVerbForms, directVerbForms, reportingClass, attributionBefore, namingForms: new Set(reporting.naming), factiveForms: new Set(reporting.factive), characterizingForms: characterizing(reporting.characterizing ?? {}), documentNouns: new Set(reporting.documents ?? []), termNouns: new Set(reporting.terms ?? []), objectlessForms: new Set(reporting.objectless ?? []), addresseeForms: new Set(reporting.addressee ?? []), reportingPhrases: sortPhrases(reportingPhrases), reportingNouns: new Set(reporting.nouns.flatMap((n) => n.forms.map((f) => f.toLowerCase()))), time: loadTime() };
}

/** `{as: [forms], to: [forms]}` to form -> "as" / "to". */
function characterizing(lists: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [prep, forms] of Object.entries(lists)) for (const f of forms) m.set(f.toLowerCase(), prep);
  return m;
}

function loadTime(): Resources['time'] {
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  return {
    nouns: lower(timeData.nouns),
    relative: lower(timeData.relative),
    prepositions: lower(timeData.prepositions),
    edges: lower(timeData.edges),
    deictic: lower(timeData.deictic),
    calendar: lower((actorsData as { calendar: string[] }).calendar.filter((x) => !x.includes(' '))),
  };
}

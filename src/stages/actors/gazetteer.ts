/**
 * The gazetteer of actors: the bundled lists in data/gazetteer/, merged with
 * a user's own (user entries replace bundled ones with the same id), compiled
 * once into a word trie that the stage walks for each document.
 *
 * Matching rules compiled into each alias ("variant"):
 * - words are compared on their folded keys (case, apostrophes, periods,
 *   diacritics and hyphens do not matter: `al-Sadr` = `al Sadr`,
 *   `Shi'ite` = `Shiite`), then the case of the text is checked: a word
 *   written with a capital in the alias needs a capital in the text
 *   (`Turkey`, never `turkey`), an all-capitals word needs all capitals
 *   (`US`, never `us`), and acronyms must be written exactly (`JAM`, never
 *   `Jam` or `jam`); lower-case alias words (`al`, `of`) match any case.
 *   Government bodies named by a demonym (`Iraqi Security Forces`) also
 *   match in lower case after the demonym (`Iraqi security forces`).
 * - aliases with no capital at all are descriptions (`coalition forces`),
 *   not names, and are not matched, except web addresses (`nytimes.com`).
 * - an alias shared by several entries is ambiguous: the stage resolves it
 *   from the rest of the document.
 */
import type { EntityType } from '../../model/types.js';
import { CAP, GAP_BREAK, GAP_DOT, LETTER, UPPER, fold, scanWords } from './words.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'party', 'armed-group', 'government', 'media', 'country', 'city', 'place', 'group'];

/** One actor of a gazetteer (the shape of the entries of data/gazetteer/*.json). */
export interface GazetteerEntry {
  /** Stable lower-case slug, used as the entity id. */
  id: string;
  /** Canonical name. */
  name: string;
  type: EntityType;
  wikidata?: string;
  aliases?: string[];
  /** Case-sensitive short forms (`JAM`, `SCIRI`). */
  acronyms?: string[];
  /** Former names (`Supreme Council for the Islamic Revolution in Iraq`). */
  former?: string[];
  /** Words for the people or the adjective (`Iraqi`, `Iraqis`, `Shiite`). */
  demonyms?: string[];
  capital?: string;
  /** Id of the country the actor belongs to. */
  country?: string;
  roles?: string[];
  /** Id of the organisation the actor belongs to (`Mr. Hakim's group`). */
  memberOf?: string;
  source?: string;
}

/** A gazetteer file: data/gazetteer/*.json. */
export interface GazetteerFile {
  description?: string;
  sources?: string[];
  /** Surface forms knowingly shared by several entries (documentation: any shared form is ambiguous). */
  ambiguous?: string[];
  entries: GazetteerEntry[];
}

/** What a user may pass: a gazetteer file's content, or a list of entries. */
export type GazetteerInput = GazetteerFile | readonly GazetteerEntry[];

export type AliasKind = 'name' | 'acronym' | 'demonym' | 'former';

/** Case requirement of one alias word in the text. */
export const CASE_ANY = 0;
export const CASE_CAP = 1;
export const CASE_UPPER = 2;

export interface Variant {
  ids: string[];
  kind: AliasKind;
  /** CASE_* for each word. */
  cases: Uint8Array;
  /** For acronyms: each word exactly as written. */
  exact: string[] | null;
  /** Gap before each word (index 0 unused): true where the alias has a period or other punctuation that the text must also have. */
  strictGaps: string[] | null;
  /** The alias ends with an abbreviation period (`Conn.`): the text must have it too. */
  finalDot: boolean;
  /** Every word (but a leading "the") is an ordinary word: not a name at the start of a sentence or in a headline. */
  wordlike: boolean;
  alias: string;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  variants: Variant[] | null;
}

export interface CompiledGazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  root: TrieNode;
  /** Government entry of each country id (`iraq` -> `government-of-iraq`). */
  governmentOf: ReadonlyMap<string, string>;
  /** Folded demonym keys, first word of government names like `Iraqi Security Forces`. */
  demonyms: ReadonlySet<string>;
  /** Consonant skeleton of persons' full names (see {@link skeleton}) -> entry ids. */
  skeletons: ReadonlyMap<string, string[]>;
}

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud', 'ul']);

/**
 * The consonant skeleton of a name's folded words, for transliteration
 * variants the gazetteer does not list (`Haider al-Abbadi` = `Haider
 * al-Abadi`, `Moqtada` = `Muqtada`): Arabic articles dropped, q/kh/gh/dh/ph
 * mapped to k/k/g/d/f, vowels after the first letter of each word dropped,
 * doubled letters collapsed. Null for fewer than two words.
 */
export function skeleton(keys: readonly string[]): string | null {
  const words = keys.filter((k) => !ARTICLES.has(k) && /[a-z]/.test(k));
  if (words.length < 2) return null;
  return words
    .map((k) =>
      k
        .replace(/[^a-z]/g, '')
        .replace(/kh/g, 'k')
        .replace(/q/g, 'k')
        .replace(/gh/g, 'g')
        .replace(/dh/g, 'd')
        .replace(/ph/g, 'f')
        .replace(/(?!^)[aeiouwy]/g, '')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LIST_KEYS = ['aliases', 'acronyms', 'former', 'demonyms', 'roles'] as const;

function fail(where: string, msg: string): never {
  throw new TypeError(`argmap: gazetteer ${where}: ${msg}`);
}

/** Checks one entry's shape; throws a TypeError naming the entry. */
export function checkEntry(e: unknown, where: string): GazetteerEntry {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) fail(where, 'an entry must be an object');
  const o = e as Record<string, unknown>;
  if (typeof o.id !== 'string' || !ID_RE.test(o.id)) fail(where, `"id" must be a lower-case slug (a-z, 0-9, hyphens), got ${JSON.stringify(o.id)}`);
  if (typeof o.name !== 'string' || !o.name.trim()) fail(`${where} (${o.id})`, '"name" must be a non-empty string');
  if (!ENTITY_TYPES.includes(o.type as EntityType)) fail(`${where} (${o.id})`, `"type" must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(o.type)}`);
  for (const k of LIST_KEYS) {
    const v = o[k];
    if (v !== undefined && (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))) fail(`${where} (${o.id})`, `"${k}" must be an array of strings`);
  }
  for (const k of ['wikidata', 'capital', 'country', 'memberOf', 'source']) {
    if (o[k] !== undefined && typeof o[k] !== 'string') fail(`${where} (${o.id})`, `"${k}" must be a string`);
  }
  return o as unknown as GazetteerEntry;
}

/** The entries of one input, checked. */
export function entriesOf(input: GazetteerInput, label = 'input'): GazetteerEntry[] {
  let list: unknown;
  if (Array.isArray(input)) list = input;
  else if (input !== null && typeof input === 'object' && Array.isArray((input as GazetteerFile).entries)) list = (input as GazetteerFile).entries;
  else fail(label, 'expected an object with an "entries" array, or an array of entries');
  return (list as unknown[]).map((e, i) => checkEntry(e, `${label} entries[${i}]`));
}

/**
 * Merges gazetteers in order: an entry replaces any earlier entry with the
 * same id (so a user's entries, given last, win over the bundled ones).
 */
export function mergeGazetteers(inputs: readonly GazetteerInput[]): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  inputs.forEach((input, k) => {
    for (const e of entriesOf(input, `input ${k}`)) {
      out.delete(e.id); // keep the replacing entry's own position
      out.set(e.id, e);
    }
  });
  return out;
}

const sameVariant = (a: Variant, b: Omit<Variant, 'ids'>): boolean =>
  a.kind === b.kind &&
  a.finalDot === b.finalDot &&
  a.cases.length === b.cases.length &&
  a.cases.every((c, i) => c === b.cases[i]) &&
  JSON.stringify(a.exact) === JSON.stringify(b.exact) &&
  JSON.stringify(a.strictGaps) === JSON.stringify(b.strictGaps);

/**
 * Compiles merged entries into a trie of folded word keys. `wordlike` is the
 * set of folded ordinary words (data/actors.json) that make a name doubtful
 * at the start of a sentence.
 */
export function compileGazetteer(entries: ReadonlyMap<string, GazetteerEntry>, wordlike: ReadonlySet<string>): CompiledGazetteer {
  const root: TrieNode = { next: null, variants: null };
  const demonyms = new Set<string>();
  for (const e of entries.values()) for (const d of e.demonyms ?? []) demonyms.add(fold(d));
  const governmentOf = new Map<string, string>();
  for (const e of entries.values()) {
    if (e.type === 'government' && e.country && /^government of /i.test(e.name) && !governmentOf.has(e.country)) governmentOf.set(e.country, e.id);
  }

  const skeletons = new Map<string, string[]>();
  const add = (alias: string, e: GazetteerEntry, kind: AliasKind): void => {
    const text = alias.trim();
    if (!text) return;
    const noCapital = text === text.toLowerCase();
    if (noCapital && !/\.[a-z]{2,}$/.test(text)) return; // a description, not a name (web addresses excepted)
    const w = scanWords(text);
    if (w.n === 0) return;
    if (e.type === 'person' && kind === 'name') {
      const sk = skeleton(w.key);
      if (sk) {
        const list = skeletons.get(sk) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        skeletons.set(sk, list);
      }
    }
    if (w.n === 1 && w.raw[0]!.length < 2) return;
    const cases = new Uint8Array(w.n);
    let strict: string[] | null = null;
    for (let i = 0; i < w.n; i++) {
      const f = w.flags[i]!;
      if (!(f & LETTER)) cases[i] = CASE_ANY;
      else if (f & UPPER) cases[i] = CASE_UPPER;
      else if (f & CAP) cases[i] = CASE_CAP;
      else cases[i] = CASE_ANY;
      if (i > 0 && w.gap[i] === GAP_BREAK) {
        strict ??= new Array<string>(w.n).fill('');
        strict[i] = text.slice(w.end[i - 1]!, w.start[i]!).replace(/\s+/g, ' ');
      } else if (i > 0 && w.gap[i] === GAP_DOT && noCapital) {
        strict ??= new Array<string>(w.n).fill('');
        strict[i] = '.';
      }
    }
    // `Iraqi Security Forces` also written `Iraqi security forces`
    if (e.type === 'government' && w.n > 1 && demonyms.has(w.key[0]!) && kind !== 'acronym') {
      for (let i = 1; i < w.n; i++) if (cases[i] === CASE_CAP) cases[i] = CASE_ANY;
    }
    const lastEnd = w.end[w.n - 1]!;
    const finalDot = kind !== 'acronym' && text[lastEnd] === '.' && lastEnd === text.length - 1 && !(w.flags[w.n - 1]! & UPPER && w.raw[w.n - 1]!.includes('.'));
    let first = 0;
    if (w.key[0] === 'the' && w.n > 1) first = 1;
    let wl = true;
    for (let i = first; i < w.n; i++) if (!wordlike.has(w.key[i]!)) wl = false;
    const v: Omit<Variant, 'ids'> = {
      kind,
      cases,
      exact: kind === 'acronym' ? [...w.raw] : null,
      strictGaps: strict,
      finalDot,
      wordlike: wl,
      alias: text,
    };
    let node = root;
    for (const k of w.key) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, variants: null };
        node.next.set(k, child);
      }
      node = child;
    }
    node.variants ??= [];
    const same = node.variants.find((x) => sameVariant(x, v));
    if (same) {
      if (!same.ids.includes(e.id)) same.ids.push(e.id);
    } else node.variants.push({ ...v, ids: [e.id] });
  };

  for (const e of entries.values()) {
    add(e.name, e, 'name');
    for (const a of e.aliases ?? []) add(a, e, 'name');
    for (const a of e.former ?? []) add(a, e, 'former');
    for (const a of e.demonyms ?? []) add(a, e, 'demonym');
    for (const a of e.acronyms ?? []) add(a, e, 'acronym');
  }
  return { entries, root, governmentOf, demonyms, skeletons };
}

/**
 * A compiled gazetteer as plain JSON (arrays only, so no key is reordered):
 * the build writes the bundled one in this form (scripts/build-gazetteer.mjs),
 * and start-up rebuilds the trie from it instead of scanning every alias.
 */
export interface PackedGazetteer {
  /** Number of bundled files merged (user inputs are numbered after them in error messages). */
  files: number;
  entries: GazetteerEntry[];
  /** Trie node: [key, child, key, child, …] or 0, then its variants or 0. */
  root: PackedNode;
  governmentOf: string[];
  demonyms: string[];
  skeletons: Array<string | string[]>;
}

type PackedNode = [Array<string | PackedNode> | 0, PackedVariant[] | 0];
/** ids, kind, cases, exact, strictGaps, finalDot, wordlike, alias. */
type PackedVariant = [string[], AliasKind, number[], string[] | null, string[] | null, 0 | 1, 0 | 1, string];

/** `c` in the packed form (see {@link unpackGazetteer}). */
export function packGazetteer(c: CompiledGazetteer, files: number): PackedGazetteer {
  const node = (n: TrieNode): PackedNode => {
    let next: Array<string | PackedNode> | 0 = 0;
    if (n.next) {
      next = [];
      for (const [k, child] of n.next) next.push(k, node(child));
    }
    const variants: PackedVariant[] | 0 = n.variants ? n.variants.map((v) => [v.ids, v.kind, [...v.cases], v.exact, v.strictGaps, v.finalDot ? 1 : 0, v.wordlike ? 1 : 0, v.alias]) : 0;
    return [next, variants];
  };
  return {
    files,
    entries: [...c.entries.values()],
    root: node(c.root),
    governmentOf: [...c.governmentOf].flat(),
    demonyms: [...c.demonyms],
    skeletons: [...c.skeletons].flat(),
  };
}

/** The compiled gazetteer that {@link packGazetteer} packed (the same maps, in the same order). */
export function unpackGazetteer(p: PackedGazetteer): CompiledGazetteer {
  const node = (n: PackedNode): TrieNode => {
    const [next, variants] = n;
    let map: Map<string, TrieNode> | null = null;
    if (next !== 0) {
      map = new Map();
      for (let i = 0; i < next.length; i += 2) map.set(next[i] as string, node(next[i + 1] as PackedNode));
    }
    let vs: Variant[] | null = null;
    if (variants !== 0) {
      vs = [];
      for (const [ids, kind, cases, exact, strictGaps, finalDot, wordlike, alias] of variants) {
        vs.push({ kind, cases: new Uint8Array(cases), exact, strictGaps, finalDot: finalDot === 1, wordlike: wordlike === 1, alias, ids });
      }
    }
    return { next: map, variants: vs };
  };
  const entries = new Map<string, GazetteerEntry>();
  for (const e of p.entries) entries.set(e.id, e);
  const governmentOf = new Map<string, string>();
  for (let i = 0; i < p.governmentOf.length; i += 2) governmentOf.set(p.governmentOf[i]!, p.governmentOf[i + 1]!);
  const skeletons = new Map<string, string[]>();
  for (let i = 0; i < p.skeletons.length; i += 2) skeletons.set(p.skeletons[i] as string, p.skeletons[i + 1] as string[]);
  return { entries, root: node(p.root), governmentOf, demonyms: new Set(p.demonyms), skeletons };
}

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
export function compileGazetteer(entries: ReadonlyMap<string, GazetteerEntry>, wordlike: ReadonlySet<string>, made?: (v: Variant, keys: readonly string[]) => void): CompiledGazetteer {
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
    } else {
      const made1 = { ...v, ids: [e.id] };
      node.variants.push(made1);
      made?.(made1, w.key);
    }
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
 * A compiled gazetteer as JSON, in columns (few objects to parse): the build
 * writes the bundled one in this form (scripts/build-data.mjs), and
 * start-up rebuilds the trie from it instead of scanning every alias, one
 * first word at a time, when the recognizer first asks for that word.
 * Variants are grouped by their first key, the groups in the order the
 * compile first met the key, and each group in the order the compile made
 * its variants: replaying a group makes its subtree with every map in the
 * same order, and the root lists the keys in the compile's order.
 */
export interface PackedGazetteer {
  /** Number of bundled files merged (user inputs are numbered after them in error messages). */
  files: number;
  entries: GazetteerEntry[];
  /** The first keys (the root's), in order; group g of variants is [groupStart[g], groupStart[g + 1]), its cases from caseStart[g]. */
  roots: string[];
  groupStart: number[];
  caseStart: number[];
  /** Of each variant: its folded keys after the first joined by spaces (a key holds none), its ids joined by spaces (slugs). */
  paths: string[];
  ids: string[];
  /** Of each variant, a character: its kind (n, a, d, f), its finalDot + 2 × wordlike. */
  kinds: string;
  flags: string;
  /** The cases of every variant's words, one digit a word, concatenated. */
  cases: string;
  aliases: string[];
  /** [variant index, exact words, …], [variant index, strict gaps, …]: the few variants that have them. */
  exact: Array<number | string[]>;
  strictGaps: Array<number | string[]>;
  governmentOf: string[];
  demonyms: string[];
  skeletons: Array<string | string[]>;
}

const KIND_CODE: Record<AliasKind, string> = { name: 'n', acronym: 'a', demonym: 'd', former: 'f' };
const CODE_KIND: Record<string, AliasKind> = { n: 'name', a: 'acronym', d: 'demonym', f: 'former' };

/** Compiles merged entries as {@link compileGazetteer} does, in the packed form. */
export function packGazetteer(entries: ReadonlyMap<string, GazetteerEntry>, wordlike: ReadonlySet<string>, files: number): PackedGazetteer {
  const groups = new Map<string, Array<{ v: Variant; keys: readonly string[] }>>();
  const c = compileGazetteer(entries, wordlike, (v, keys) => {
    let g = groups.get(keys[0]!);
    if (!g) groups.set(keys[0]!, (g = []));
    g.push({ v, keys: [...keys] });
  });
  const p: PackedGazetteer = { files, entries: [...c.entries.values()], roots: [], groupStart: [], caseStart: [], paths: [], ids: [], kinds: '', flags: '', cases: '', aliases: [], exact: [], strictGaps: [], governmentOf: [...c.governmentOf].flat(), demonyms: [...c.demonyms], skeletons: [...c.skeletons].flat() };
  for (const [first, made] of groups) {
    p.roots.push(first);
    p.groupStart.push(p.paths.length);
    p.caseStart.push(p.cases.length);
    for (const { v, keys } of made) {
      if (keys.some((k) => k.includes(' ') || k === '') || v.ids.some((id) => id.includes(' '))) throw new Error(`argmap: gazetteer variant ${v.alias}: a key or id that cannot be packed`);
      const i = p.paths.length;
      p.paths.push(keys.slice(1).join(' '));
      p.ids.push(v.ids.join(' '));
      p.kinds += KIND_CODE[v.kind];
      p.flags += String((v.finalDot ? 1 : 0) + (v.wordlike ? 2 : 0));
      p.cases += v.cases.join('');
      p.aliases.push(v.alias);
      if (v.exact) p.exact.push(i, v.exact);
      if (v.strictGaps) p.strictGaps.push(i, v.strictGaps);
    }
  }
  p.groupStart.push(p.paths.length);
  p.caseStart.push(p.cases.length);
  return p;
}

const NO_KEYS: readonly string[] = [];

/**
 * The root's map of a packed gazetteer: a Map that makes the subtree of a
 * first key when it is first asked for (most documents ask for a few hundred
 * of the thousands), and all of them, in the compile's order, before anything
 * lists, counts or changes its entries.
 */
class PackedRoot extends Map<string, TrieNode> {
  #p: PackedGazetteer;
  #groups: Map<string, number> | null = null;
  #complete = false;
  #exact: Map<number, string[]> | null = null;
  #strictGaps: Map<number, string[]> | null = null;
  /** Variants with the same cases share one array (nothing writes to it after the compile). */
  #casesOf = new Map<string, Uint8Array>();

  constructor(p: PackedGazetteer) {
    super();
    this.#p = p;
  }

  #groupOf(key: string): number | undefined {
    if (!this.#groups) {
      this.#groups = new Map();
      const roots = this.#p.roots;
      for (let g = 0; g < roots.length; g++) this.#groups.set(roots[g]!, g);
    }
    return this.#groups.get(key);
  }

  /** The subtree of group g, its variants replayed in order. */
  #build(g: number): TrieNode {
    const p = this.#p;
    if (!this.#exact) {
      this.#exact = new Map();
      for (let i = 0; i < p.exact.length; i += 2) this.#exact.set(p.exact[i] as number, p.exact[i + 1] as string[]);
      this.#strictGaps = new Map();
      for (let i = 0; i < p.strictGaps.length; i += 2) this.#strictGaps.set(p.strictGaps[i] as number, p.strictGaps[i + 1] as string[]);
    }
    const top: TrieNode = { next: null, variants: null };
    let at = p.caseStart[g]!;
    for (let i = p.groupStart[g]!, end = p.groupStart[g + 1]!; i < end; i++) {
      const rest = p.paths[i]!;
      const keys = rest === '' ? NO_KEYS : rest.split(' ');
      let node = top;
      for (let k = 0; k < keys.length; k++) {
        const next = (node.next ??= new Map());
        let child = next.get(keys[k]!);
        if (child === undefined) {
          child = { next: null, variants: null };
          next.set(keys[k]!, child);
        }
        node = child;
      }
      const n = keys.length + 1;
      const c = p.cases.slice(at, at + n);
      at += n;
      let cases = this.#casesOf.get(c);
      if (cases === undefined) {
        cases = new Uint8Array(n);
        for (let k = 0; k < n; k++) cases[k] = c.charCodeAt(k) - 48;
        this.#casesOf.set(c, cases);
      }
      const f = p.flags.charCodeAt(i) - 48;
      const v: Variant = { kind: CODE_KIND[p.kinds[i]!]!, cases, exact: this.#exact.get(i) ?? null, strictGaps: this.#strictGaps!.get(i) ?? null, finalDot: (f & 1) !== 0, wordlike: (f & 2) !== 0, alias: p.aliases[i]!, ids: p.ids[i]!.split(' ') };
      (node.variants ??= []).push(v);
    }
    return top;
  }

  /** Every subtree made, the keys in the compile's order. */
  #fill(): void {
    if (this.#complete) return;
    this.#complete = true;
    const made = new Map(super.entries());
    super.clear();
    const roots = this.#p.roots;
    for (let g = 0; g < roots.length; g++) super.set(roots[g]!, made.get(roots[g]!) ?? this.#build(g));
  }

  override get(key: string): TrieNode | undefined {
    const node = super.get(key);
    if (node !== undefined || this.#complete) return node;
    const g = this.#groupOf(key);
    if (g === undefined) return undefined;
    const made = this.#build(g);
    super.set(key, made);
    return made;
  }

  override has(key: string): boolean {
    return this.#complete ? super.has(key) : this.#groupOf(key) !== undefined;
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<TrieNode> {
    this.#fill();
    return super.values();
  }

  override entries(): MapIterator<[string, TrieNode]> {
    this.#fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, TrieNode]> {
    return this.entries();
  }

  override forEach(f: (value: TrieNode, key: string, map: Map<string, TrieNode>) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(f, thisArg);
  }

  override set(key: string, value: TrieNode): this {
    this.#fill();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.#fill();
    return super.delete(key);
  }

  override clear(): void {
    this.#fill();
    super.clear();
  }
}

/** The compiled gazetteer that {@link packGazetteer} packed: the same maps, in the same order (the root's filled as it is read). */
export function unpackGazetteer(p: PackedGazetteer): CompiledGazetteer {
  const root: TrieNode = { next: p.roots.length > 0 ? new PackedRoot(p) : null, variants: null };
  const entries = new Map<string, GazetteerEntry>();
  for (const e of p.entries) entries.set(e.id, e);
  const governmentOf = new Map<string, string>();
  for (let i = 0; i < p.governmentOf.length; i += 2) governmentOf.set(p.governmentOf[i]!, p.governmentOf[i + 1]!);
  const skeletons = new Map<string, string[]>();
  for (let i = 0; i < p.skeletons.length; i += 2) skeletons.set(p.skeletons[i] as string, p.skeletons[i + 1] as string[]);
  return { entries, root, governmentOf, demonyms: new Set(p.demonyms), skeletons };
}

/**
 * Resolving mentions to actors, for one document:
 *
 * - a gazetteer name with one entry is that entry (`SCIRI`, a former name,
 *   is the Islamic Supreme Council of Iraq);
 * - an ambiguous name (`Hakim`, `Bush`, `Clinton`) is the candidate the
 *   document names unambiguously (the nearest such mention before it, else
 *   the first after it); with none, it stays a bare-name actor of its own;
 * - names the gazetteer does not know are grouped by their folded form; a
 *   surname or first name alone (`Scott`, `Mr. Wilson`) goes to the person
 *   the document names in full, and so do ambiguous gazetteer surnames when
 *   the document's full name is not in the gazetteer;
 * - acronyms defined in the text (`Jaish al-Mahdi (JAM)`) go to the
 *   defining name everywhere in the document;
 * - `Mr. Hakim's group` goes to the organisation the person belongs to.
 */
import { lowerBound } from '../../model/span.js';
import type { Entity, EntityType, Span } from '../../model/types.js';
import { skeleton, type CompiledGazetteer } from './gazetteer.js';
import type { ActorLexicon } from './lexicon.js';
import type { Mention } from './recognize.js';
import { slug } from './words.js';

interface Building {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  mentions: Span[];
}

const MEMBER_TYPES = new Set<EntityType>(['party', 'organization', 'armed-group', 'government', 'group']);

/** Memoises a pure function of a string across documents (names recur); the memo is cleared when full, so memory stays bounded. */
function memo<T>(f: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}

/** Words of a folded key (callers only read the array). */
const wordsOf = memo((key: string): readonly string[] => key.split(' '));
/** Consonant skeleton of a folded key (regex work worth doing once per name). */
const skeletonOf = memo((key: string): string | null => skeleton(wordsOf(key)));
const slugOf = memo(slug);

export function resolveMentions(mentions: Mention[], gaz: CompiledGazetteer, lex: ActorLexicon): Entity[] {
  const ents = new Map<string, Building>();
  /** Start offsets of the mentions of each entity, for "nearest before". */
  const starts = new Map<string, number[]>();
  const entity = (id: string, name: string, type: EntityType, wikidata?: string): Building => {
    let e = ents.get(id);
    if (!e) {
      // literal objects rather than a spread: the same keys in the same order, without the generic copy
      e = wikidata ? { id, name, type, wikidata, mentions: [] } : { id, name, type, mentions: [] };
      ents.set(id, e);
    }
    return e;
  };
  const fromEntry = (id: string): Building => {
    const g = gaz.entries.get(id)!;
    return entity(g.id, g.name, g.type, g.wikidata);
  };
  const assign = (m: Mention, e: Building): void => {
    m.entity = e.id;
    const list = starts.get(e.id) ?? [];
    list.push(m.start);
    starts.set(e.id, list);
  };

  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const primary = sorted.filter((m) => m.kind !== 'member' && m.kind !== 'absorbed');

  // 1. unambiguous gazetteer names, governments
  for (const m of primary) {
    if (m.kind === 'gazetteer' && m.ids.length === 1) assign(m, fromEntry(m.ids[0]!));
    else if (m.kind === 'government') {
      if (m.ids.length === 1) assign(m, fromEntry(m.ids[0]!));
      else assign(m, entity(`e:${slugOf(m.name)}`, m.name, 'government'));
    }
  }
  // 2. unknown names of several words (and confirmed single words)
  const unknownByKey = new Map<string, Building>();
  const unknown = (m: Mention): Building => {
    let e = unknownByKey.get(m.key);
    if (!e) {
      e = entity(`e:${slugOf(m.name)}`, m.name, m.type);
      unknownByKey.set(m.key, e);
    }
    return e;
  };
  for (const m of primary) {
    if (m.kind !== 'unknown' || m.maybe || m.w1 - m.w0 < 2) continue;
    // a transliteration the gazetteer does not list: `Haider al-Abbadi`
    const sk = m.type === 'person' ? skeletonOf(m.key) : null;
    const hits = sk ? gaz.skeletons.get(sk) : undefined;
    if (hits && hits.length === 1) assign(m, fromEntry(hits[0]!));
    else assign(m, unknown(m));
  }

  // 3. the document's own short names: surnames and first names of the persons it names in full, acronyms it defines
  const local = new Map<string, Set<string>>();
  const addLocal = (key: string, id: string): void => {
    if (!key || lex.particles.has(key)) return;
    const s = local.get(key) ?? new Set<string>();
    s.add(id);
    local.set(key, s);
  };
  for (const m of primary) {
    if (!m.entity) continue;
    const e = ents.get(m.entity)!;
    if (e.type !== 'person') continue;
    const words = wordsOf(m.key);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    addLocal(last, e.id);
    const beforeLast = words[words.length - 2]!;
    if (lex.particles.has(beforeLast)) addLocal(`${beforeLast} ${last}`, e.id);
    if (!lex.particles.has(words[0]!)) addLocal(words[0]!, e.id);
  }
  const defined = new Map<string, string>();
  for (const m of primary) if (m.defines && m.entity) defined.set(m.defines, m.entity);

  // the most salient candidate: the one the document has named most often before this point (ties: the nearest), else the first named after it
  let frozen: Map<string, number[]> | null = null;
  const salient = (ids: string[], at: number): string | null => {
    frozen ??= new Map([...starts].map(([id, list]) => [id, [...list].sort((x, y) => x - y)]));
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const id of ids) {
      const list = frozen.get(id) ?? [];
      if (list.length === 0) continue;
      // lo = number of mentions before `at`
      const lo = lowerBound(list, at);
      const score = lo > 0 ? lo * 1e9 - (at - list[lo - 1]!) : -1e9 - (list[0]! - at);
      if (score > bestScore) {
        bestScore = score;
        best = id;
      }
    }
    return best;
  };
  const localOf = (key: string): string | null => {
    const s = local.get(key);
    return s && s.size === 1 ? [...s][0]! : null;
  };

  // 4. ambiguous gazetteer names, single-word unknown names, defined acronyms
  for (const m of primary) {
    const def = defined.get(m.name);
    if (def && m.w1 - m.w0 === 1 && def !== m.entity) {
      assign(m, ents.get(def)!);
      continue;
    }
    if (m.entity) continue;
    if (m.kind === 'gazetteer') {
      const inDoc = m.ids.filter((id) => ents.has(id) && (starts.get(id)?.length ?? 0) > 0);
      const pick = inDoc.length > 0 ? salient(inDoc, m.start) : localOf(m.key);
      if (pick) assign(m, ents.get(pick)!);
      else {
        const types = new Set(m.ids.map((id) => gaz.entries.get(id)!.type));
        assign(m, entity(`e:${slugOf(m.name)}`, m.name, types.size === 1 ? [...types][0]! : m.type));
      }
      continue;
    }
    if (m.kind === 'unknown') {
      const pick = localOf(m.key);
      if (pick) assign(m, ents.get(pick)!);
      else if (!m.maybe) assign(m, unknown(m));
    }
  }

  // 5. `Mr. Hakim's group`: the organisation the person belongs to
  const primaryAt = new Map<number, Mention>();
  for (const m of primary) primaryAt.set(m.w0, m);
  for (const m of sorted) {
    if (m.kind !== 'member') continue;
    const person = primaryAt.get(m.w0);
    const pid = person?.entity;
    const org = pid ? gaz.entries.get(pid)?.memberOf : undefined;
    const target = org ? gaz.entries.get(org) : undefined;
    if (target && MEMBER_TYPES.has(target.type)) assign(m, fromEntry(target.id));
  }

  for (const m of mentions) if (m.entity) ents.get(m.entity)!.mentions.push({ start: m.start, end: m.end });
  const out: Entity[] = [];
  for (const e of ents.values()) {
    if (e.mentions.length === 0) continue;
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const dedup: Span[] = [];
    for (const s of e.mentions) {
      const last = dedup[dedup.length - 1];
      if (last && last.start === s.start && last.end === s.end) continue;
      dedup.push(s);
    }
    out.push(e.wikidata ? { id: e.id, name: e.name, type: e.type, wikidata: e.wikidata, mentions: dedup } : { id: e.id, name: e.name, type: e.type, mentions: dedup });
  }
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return out;
}

/**
 * data/actors.json compiled for the stage: titles as a word trie, and the
 * word lists as sets of folded keys.
 */
import actorsData from '../../../data/actors.json' with { type: 'json' };
import type { EntityType } from '../../model/types.js';
import { fold, scanWords } from './words.js';

export interface TitleNode {
  next: Map<string, TitleNode> | null;
  /** A title ends here; `dot`: written with a final period (`Mr.`), which the text must have. */
  end: { dot: boolean }[] | null;
}

export interface ActorLexicon {
  titles: TitleNode;
  nameSuffixes: Set<string>;
  particles: Set<string>;
  /** Particles that join a name only with a hyphen (`as-Sadr`): they are English words too. */
  particlesHyphenOnly: Set<string>;
  connectors: Set<string>;
  /** Connectors allowed only after some head nouns (`on` after Council): connector -> folded heads. */
  connectorsAfter: Map<string, Set<string>>;
  /** Folded head noun -> the type it gives a name ending with it. */
  heads: Map<string, EntityType>;
  headFirst: Set<string>;
  /** Heads that open a name without a connector (`Jaish al-Mahdi`, `Kataib Hezbollah`). */
  headOpeners: Set<string>;
  notActorHeads: Set<string>;
  /** Folded words and phrases (space-joined keys) that are never actors. */
  notNames: Set<string>;
  /** Days, months, holidays (folded keys): cut off the edges of a capitalised sequence. */
  calendar: Set<string>;
  /** Acronyms (as written) that are common nouns. */
  notActorAcronyms: Set<string>;
  wordlike: Set<string>;
  institutions: Set<string>;
  memberNouns: Set<string>;
}

interface RawLexicon {
  titles: string[];
  nameSuffixes: string[];
  particles: string[];
  particlesHyphenOnly: string[];
  connectors: string[];
  connectorsAfter: Record<string, string[]>;
  heads: Record<string, string[]>;
  headFirst: string[];
  headOpeners: string[];
  notActorHeads: string[];
  notNames: string[];
  calendar: string[];
  notActorAcronyms: string[];
  wordlike: string[];
  institutions: string[];
  memberNouns: string[];
}

const keyOf = (phrase: string): string => {
  const w = scanWords(phrase);
  return w.key.join(' ');
};

let cached: ActorLexicon | null = null;

/** The lexicon, compiled on first use and shared. */
export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const raw = actorsData as unknown as RawLexicon;
  const titles: TitleNode = { next: null, end: null };
  for (const t of raw.titles) {
    const w = scanWords(t);
    if (w.n === 0) continue;
    let node = titles;
    for (let i = 0; i < w.n; i++) {
      node.next ??= new Map();
      let child = node.next.get(w.key[i]!);
      if (!child) {
        child = { next: null, end: null };
        node.next.set(w.key[i]!, child);
      }
      node = child;
    }
    const dot = t.endsWith('.') && !(w.raw[w.n - 1]!.endsWith('.'));
    node.end ??= [];
    if (!node.end.some((x) => x.dot === dot)) node.end.push({ dot });
  }
  const set = (list: string[]): Set<string> => new Set(list.map(fold));
  const heads = new Map<string, EntityType>();
  for (const [type, list] of Object.entries(raw.heads)) for (const h of list) if (!heads.has(fold(h))) heads.set(fold(h), type as EntityType);
  cached = {
    titles,
    nameSuffixes: set(raw.nameSuffixes),
    particles: set(raw.particles),
    particlesHyphenOnly: set(raw.particlesHyphenOnly),
    connectors: set(raw.connectors),
    connectorsAfter: new Map(Object.entries(raw.connectorsAfter).map(([k, v]) => [fold(k), set(v)])),
    heads,
    headFirst: set(raw.headFirst),
    headOpeners: set(raw.headOpeners),
    notActorHeads: set(raw.notActorHeads),
    notNames: new Set([...raw.notNames, ...raw.calendar].map(keyOf)),
    calendar: new Set(raw.calendar.map(keyOf)),
    notActorAcronyms: new Set(raw.notActorAcronyms),
    wordlike: set(raw.wordlike),
    institutions: set(raw.institutions),
    memberNouns: set(raw.memberNouns),
  };
  return cached;
}

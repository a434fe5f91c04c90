/**
 * data/actors.json compiled for the stage: titles as a word trie, and the
 * word lists as sets of folded keys.
 */
import actorsData from '../../../data/actors.json' with { type: 'json' };
import type { EntityType } from '../../model/types.js';
import { GAP_DOT, fold, scanWords } from './words.js';

export interface TitleNode {
  next: Map<string, TitleNode> | null;
  /** A title ends here; `dot`: written with a final period (`Mr.`), which the text must have. */
  end: { dot: boolean }[] | null;
}

export interface ActorLexicon {
  titles: TitleNode;
  nameSuffixes: Set<string>;
  particles: Set<string>;
  connectors: Set<string>;
  /** Folded head noun -> the type it gives a name ending with it. */
  heads: Map<string, EntityType>;
  headFirst: Set<string>;
  notActorHeads: Set<string>;
  /** Folded words and phrases (space-joined keys) that are never actors. */
  notNames: Set<string>;
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
  connectors: string[];
  heads: Record<string, string[]>;
  headFirst: string[];
  notActorHeads: string[];
  notNames: string[];
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
    void GAP_DOT;
  }
  const set = (list: string[]): Set<string> => new Set(list.map(fold));
  const heads = new Map<string, EntityType>();
  for (const [type, list] of Object.entries(raw.heads)) for (const h of list) if (!heads.has(fold(h))) heads.set(fold(h), type as EntityType);
  cached = {
    titles,
    nameSuffixes: set(raw.nameSuffixes),
    particles: set(raw.particles),
    connectors: set(raw.connectors),
    heads,
    headFirst: set(raw.headFirst),
    notActorHeads: set(raw.notActorHeads),
    notNames: new Set(raw.notNames.map(keyOf)),
    notActorAcronyms: new Set(raw.notActorAcronyms),
    wordlike: set(raw.wordlike),
    institutions: set(raw.institutions),
    memberNouns: set(raw.memberNouns),
  };
  return cached;
}

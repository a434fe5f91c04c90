import type { Entity } from '../model/types.js';
import type { Tokens } from './base.js';
import { tokenAt } from './base.js';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}/u.test(v)`, answered from the first two code units when they are ASCII (most words). */
function capitalisedWord(v: string): boolean {
  const c0 = v.charCodeAt(0);
  const c1 = v.charCodeAt(1);
  if (c0 < 0x80 && c1 < 0x80) return c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x61 && c1 <= 0x7a;
  return CAPITALISED.test(v);
}

/**
 * wink-nlp tags some given names as verbs or nouns ("Ted/VERB Cruz", "Rand/NOUN
 * Paul", "The Associated/VERB Press"). Inside the mention of an actor (a person,
 * an outlet, a party, a place...) the actors stage found, a
 * capitalised word is a name: tag it PROPN, and keep the prefix counts of
 * verbs in step. The mentions are read where they are (no list of them is
 * gathered or sorted): a token is retagged when it lies within any mention,
 * whatever the order they come in. O(mentions × log tokens + tokens).
 */
export function retagNames(t: Tokens, entities: readonly Entity[]): number {
  let changed = 0;
  let firstChanged = t.length;
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let i = tokenAt(t, m.start); i < t.length && t.end[i]! <= m.end; i++) {
        const p = t.pos[i];
        if ((p === 'VERB' || p === 'NOUN' || p === 'ADJ') && capitalisedWord(t.value[i]!)) {
          t.pos[i] = 'PROPN';
          changed++;
          if (i < firstChanged) firstChanged = i;
        }
      }
    }
  }
  // the counts before the first retagged token are as they were
  for (let i = firstChanged; i < t.length; i++) {
    const p = t.pos[i]!;
    t.verbsBefore[i + 1] = t.verbsBefore[i]! + (p === 'VERB' || p === 'AUX' ? 1 : 0);
  }
  return changed;
}

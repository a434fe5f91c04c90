import type { Span } from '../model/types.js';
import type { Tokens } from './base.js';

/**
 * wink-nlp tags some given names as verbs or nouns ("Ted/VERB Cruz", "Rand/NOUN
 * Paul"). Inside the mention of a person the actors stage found, a
 * capitalised word is a name: tag it PROPN, and keep the prefix counts of
 * verbs in step. Linear in the tokens plus the mentions.
 */
export function retagNames(t: Tokens, mentions: readonly Span[]): number {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let changed = 0;
  let k = 0;
  for (const m of sorted) {
    while (k < t.length && t.start[k]! < m.start) k++;
    for (let i = k; i < t.length && t.end[i]! <= m.end; i++) {
      const p = t.pos[i];
      if ((p === 'VERB' || p === 'NOUN' || p === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(t.value[i]!)) {
        t.pos[i] = 'PROPN';
        changed++;
      }
    }
  }
  if (changed) {
    for (let i = 0; i < t.length; i++) {
      const p = t.pos[i]!;
      t.verbsBefore[i + 1] = t.verbsBefore[i]! + (p === 'VERB' || p === 'AUX' ? 1 : 0);
    }
  }
  return changed;
}

/**
 * wink-eng-lite-web-model's lemmatizer (dist/lemmatize.js), with its
 * exception lists read as JSON: the package's own are three JS files of
 * 220 kB that take about 35 ms to load at start-up, for an addon that the
 * analysis never calls (a stage of a user may, through ctx.nlp). The build
 * copies the lists (scripts/build-data.mjs); test/nlp/model.test.ts checks
 * that this gives the package's lemma for every word of the model's lexicon.
 */
import exceptions from './wn-exceptions.js';

/** What the lemmatizer asks of wink-nlp's cache. */
interface PosCache {
  hasSamePOS(word: string, pos: string): boolean;
}

/** A list as a dictionary with no prototype, as the package builds it (`constructor` is no exception). */
const dictionary = (o: Record<string, string>): Record<string, string> => Object.assign(Object.create(null) as Record<string, string>, o);

let lists: { adjective: Record<string, string>; noun: Record<string, string>; verb: Record<string, string> } | null = null;

function exceptionsOf(): NonNullable<typeof lists> {
  lists ??= { adjective: dictionary(exceptions.adjective), noun: dictionary(exceptions.noun), verb: dictionary(exceptions.verb) };
  return lists;
}

function lemmatizeAdjective(value: string, cache: PosCache): string {
  let lemma = exceptionsOf().adjective[value];
  if (lemma) return lemma;
  lemma = value.replace(/est$|er$/, '');
  if (lemma.length === value.length) return value;
  if (cache.hasSamePOS(lemma, 'ADJ')) return lemma;
  lemma += 'e';
  return cache.hasSamePOS(lemma, 'ADJ') ? lemma : value;
}

function lemmatizeVerb(value: string, cache: PosCache): string {
  let lemma = exceptionsOf().verb[value];
  if (lemma) return lemma;
  lemma = value.replace(/s$/, '');
  if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
  lemma = value.replace(/ies$/, 'y');
  if (lemma.length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
  lemma = value.replace(/es$|ed$|ing$/, '');
  if (lemma.length !== value.length) {
    if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
    lemma += 'e';
    if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
  }
  return value;
}

const NOUN_REGEXES: ReadonlyArray<{ replace: RegExp; by: string }> = [
  { replace: /s$/, by: '' },
  { replace: /ses$/, by: 's' },
  { replace: /xes$/, by: 'x' },
  { replace: /zes$/, by: 's' },
  { replace: /ves$/, by: 'f' },
  { replace: /ches$/, by: 'ch' },
  { replace: /shes$/, by: 'sh' },
  { replace: /ies$/, by: 'y' },
];

function lemmatizeNoun(value: string, cache: PosCache): string {
  const lemma = exceptionsOf().noun[value];
  if (lemma) return lemma;
  for (const r of NOUN_REGEXES) {
    const l = value.replace(r.replace, r.by);
    if (l.length !== value.length && cache.hasSamePOS(l, 'NOUN')) return l;
  }
  return value.replace(/men$/, 'man');
}

/** The lemma of `value` with part of speech `pos` (the package's lemmatize(value, pos, cache)). */
export function lemmatize(value: string, pos: string, cache: PosCache): string {
  switch (pos) {
    case 'ADJ':
      return lemmatizeAdjective(value, cache);
    case 'NOUN':
      return lemmatizeNoun(value, cache);
    case 'VERB':
      return lemmatizeVerb(value, cache);
    default:
      return value;
  }
}

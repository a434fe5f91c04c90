// Declaration of dist/src/nlp/wn-exceptions.js, which the build writes
// (scripts/build-data.mjs), with wn-exceptions.json: wink-eng-lite-web-model's
// lemmatizer exceptions (word -> lemma) for adjectives, nouns and verbs.
declare const exceptions: { adjective: Record<string, string>; noun: Record<string, string>; verb: Record<string, string> };
export default exceptions;

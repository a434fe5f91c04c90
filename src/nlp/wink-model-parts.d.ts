// The parts of wink-eng-lite-web-model that src/nlp/model.ts assembles (the package types only its main module).
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/load-ner-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/load-negation-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/load-sa-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const f: () => unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const f: unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const f: unknown;
  export default f;
}
declare module 'wink-eng-lite-web-model/dist/readability-stats.js' {
  const f: unknown;
  export default f;
}
// (test/nlp/model.test.ts compares src/nlp/lemmatize.ts with the package's)
declare module 'wink-eng-lite-web-model/dist/lemmatize.js' {
  const f: unknown;
  export default f;
}

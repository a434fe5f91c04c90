import { test } from 'uvu';
import * as assert from 'uvu/assert';
import packageModel from 'wink-eng-lite-web-model';
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import { createAnalyzer } from '../../src/index.js';
import { bufferFromBase64, winkModel } from '../../src/nlp/model.js';
import { lemmatize } from '../../src/nlp/lemmatize.js';
import packageLemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import { readExample } from '../helpers/check.js';
import exceptionsJson from '../../src/nlp/wn-exceptions.js';

type Loader = { core(): Record<string, unknown> };

/** A value as a string that keeps key order, typed arrays and sets (JSON.stringify drops the last two's content). */
const describe = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) => (v instanceof Set ? { set: [...v] } : ArrayBuffer.isView(v) ? { typed: v.constructor.name, values: Array.from(v as Uint32Array) } : v));

test("the assembled model is the package's: the same loaders, and a core model equal value for value, key for key", () => {
  const ours = winkModel as unknown as Record<string, unknown>;
  const theirs = packageModel as unknown as Record<string, unknown>;
  assert.equal(Object.keys(ours), Object.keys(theirs));
  assert.is(Object.getPrototypeOf(ours), null);
  for (const k of Object.keys(theirs)) if (k !== 'core' && k !== 'addons') assert.is(ours[k], theirs[k], k);
  assert.equal(Object.keys(ours.addons as object), Object.keys(theirs.addons as object));
  const [a1, a2] = [ours.addons, theirs.addons] as Array<Record<string, unknown>>;
  for (const k of Object.keys(a2!)) if (k !== 'lemmatize') assert.is(a1![k], a2![k], k);
  assert.is(a1!.lemmatize, lemmatize);
  const a = (winkModel as unknown as Loader).core();
  const b = (packageModel as unknown as Loader).core();
  assert.equal(a, b);
  assert.is(describe(a), describe(b));
});

test("loading the core model and analysing texts leave the package's JSON as it was (it is shared, not copied)", () => {
  const before = JSON.stringify(coreJson);
  const analyzer = createAnalyzer();
  analyzer.analyze(readExample('basra-power-struggle.txt'));
  analyzer.analyze('Zxqv wrote: "Blorfing the quux is unprecedentedlyish," said Mr. Qwertyuiop of Xyzzyland. Ünïcödé wörds too.');
  (winkModel as unknown as Loader).core();
  assert.is(JSON.stringify(coreJson), before);
});

test("the lemmatizer gives the package's lemma for every word of the model's lexicon and every exception, whatever the cache answers", () => {
  const theirs = packageLemmatize as unknown as typeof lemmatize;
  // a cache that answers yes for about a third of the (word, part of speech) pairs, always the same way
  const cache = {
    hasSamePOS(word: string, pos: string): boolean {
      let h = 7;
      for (const c of word + pos) h = (h * 31 + c.charCodeAt(0)) | 0;
      return (h >>> 0) % 3 === 0;
    },
  };
  const words = new Set<string>((coreJson as unknown as { features: { lexeme: { list: string[] } } }).features.lexeme.list);
  for (const w of ['constructor', '__proto__', 'toString', 'men', 'women', 'boxes', 'wolves', 'buses', 'churches', 'flies', 'happier', 'biggest', 'ran', 'tried', 'going', '']) words.add(w);
  const exceptions = Object.values(exceptionsJson as Record<string, Record<string, string>>).flatMap((l) => Object.keys(l));
  for (const w of exceptions) words.add(w);
  let n = 0;
  for (const w of words) {
    for (const pos of ['ADJ', 'NOUN', 'VERB', 'ADV', 'PROPN']) {
      assert.is(lemmatize(w, pos, cache), theirs(w, pos, cache), `${w}/${pos}`);
      n++;
    }
  }
  assert.ok(n > 400_000);
});

test('base64 is decoded as atob decodes it (every length, padded or not; anything else through atob)', () => {
  const viaAtob = (s: string): number[] => Array.from(atob(s), (c) => c.charCodeAt(0));
  let seed = 7;
  for (let n = 0; n < 40; n++) {
    const bytes = Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255);
    const b64 = btoa(String.fromCharCode(...bytes));
    assert.equal(Array.from(new Uint8Array(bufferFromBase64(b64))), bytes);
    assert.equal(Array.from(new Uint8Array(bufferFromBase64(b64.replace(/=+$/, '')))), viaAtob(b64.replace(/=+$/, '')));
  }
  assert.equal(Array.from(new Uint8Array(bufferFromBase64('AQID BA=='))), viaAtob('AQID BA=='));
  assert.throws(() => bufferFromBase64('A'));
  assert.throws(() => bufferFromBase64('AB-_'));
});

test.run();

/**
 * wink-eng-lite-web-model, assembled from its parts with a faster core
 * loader. The package's own loader (dist/read-core-model.js) deep-copies its
 * 3 MB core model (JSON.stringify then JSON.parse, about 0.1 s at start-up)
 * so that each wink-nlp instance gets a model of its own. This one copies
 * only what the loader and wink-nlp write to (the top-level object, the
 * packing, each feature and its list) and shares the rest, which is only read;
 * the model it returns is the package's, value for value (a test compares
 * them), and the package's JSON stays untouched for the next instance. The
 * lemmatizer addon is lemmatize.ts, which reads the package's exception lists
 * as JSON (the package's JS lists take about 35 ms to load).
 *
 * The paths below are the package's files, not its API: package.json pins
 * its version exactly, and test/nlp/model.test.ts checks the model against
 * the package's own loader (run it after any upgrade).
 */
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNERModel from 'wink-eng-lite-web-model/dist/load-ner-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadSAModel from 'wink-eng-lite-web-model/dist/load-sa-model.js';
import loadCERMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type model from 'wink-eng-lite-web-model';
import { lemmatize } from './lemmatize.js';

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  [key: string]: unknown;
}

/** The bytes of a base64 string, as read-core-model.js's bufferFromBase64 decodes them (through atob). */
function bufferFromBase64ViaAtob(data: string): ArrayBuffer {
  const decoded = atob(data);
  const size = decoded.length;
  const bytes = new Uint8Array(size);
  for (let k = 0; k < size; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/** The value of each base64 digit by character code, 255 for any other character. */
const BASE64 = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * The bytes of a base64 string, decoded straight into an array: no binary
 * string in between (about 10 ms less at start-up for the model's 1.9 MB).
 * Anything but plain base64 with its padding goes through atob, as in the package.
 */
export function bufferFromBase64(data: string): ArrayBuffer {
  let len = data.length;
  while (len > 0 && data.charCodeAt(len - 1) === 61) len--; // '=' padding
  if ((len & 3) === 1 || data.length - len > 2) return bufferFromBase64ViaAtob(data);
  const out = new Uint8Array((len * 3) >> 2);
  let bad = 0;
  let o = 0;
  let i = 0;
  for (const end = len - (len & 3); i < end; i += 4) {
    const a = BASE64[data.charCodeAt(i)] ?? 255;
    const b = BASE64[data.charCodeAt(i + 1)] ?? 255;
    const c = BASE64[data.charCodeAt(i + 2)] ?? 255;
    const d = BASE64[data.charCodeAt(i + 3)] ?? 255;
    bad |= a | b | c | d;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const a = BASE64[data.charCodeAt(i)] ?? 255;
    const b = BASE64[data.charCodeAt(i + 1)] ?? 255;
    const c = rest === 3 ? (BASE64[data.charCodeAt(i + 2)] ?? 255) : 0;
    bad |= a | b | c;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  // a character outside the alphabet (spaces, a URL-safe digit) sets bit 7: atob decides what it means
  return bad & 128 ? bufferFromBase64ViaAtob(data) : out.buffer;
}

/** read-core-model.js's readModel, on a copy of the parts it and wink-nlp write to. */
function readModel(): CoreModel {
  const source = coreJson as unknown as CoreModel;
  const features: Record<string, Feature> = {};
  for (const f in source.features) features[f] = { ...source.features[f]!, list: source.features[f]!.list.slice() };
  const m: CoreModel = { ...source, packing: { ...source.packing }, features };
  const packing = m.packing;
  const pos = m.pos;
  m.lexicon = new Uint32Array(bufferFromBase64(m.lexicon as string));
  m.xpansions = new Uint32Array(bufferFromBase64(m.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]![3] === 0) {
      const feature = features[f]!;
      feature.hash = Object.create(null) as Record<string, number>;
      for (let k = 0; k < feature.list.length; k++) feature.hash[feature.list[k] as string] = k;
    }
  }
  const lexeme = features.lexeme!;
  lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexeme.list.length; k++) lexeme.hash[lexeme.list[k] as string] = k;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  return m;
}

/** load-core-model.js's loadModel. */
function loadCoreModel(): CoreModel {
  const m = readModel();
  m.packing.efList = [];
  for (const f in m.packing.layout) {
    const layout = m.packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = m.features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) m.packing.efList.push(f);
  }
  m.features.lexeme!.intrinsicSize = m.features.lexeme!.list.length;
  m.features.lexeme!.index = m.features.lexeme!.list.length;
  return m;
}

const addons = Object.create(null) as Record<string, unknown>;
addons.stem = stem;
addons.lemmatize = lemmatize;
addons.readabilityStats = readabilityStats;
addons.wordVectors = undefined;

/** The model object of the package's dist/model.js, with the core loader above. */
export const winkModel = Object.assign(Object.create(null) as object, {
  core: loadCoreModel,
  sbd: loadSBDModel,
  pos: loadPOSModel,
  ner: loadNERModel,
  negation: loadNegationModel,
  sa: loadSAModel,
  metaCER: loadCERMetaModel,
  featureFn,
  addons,
}) as unknown as typeof model;

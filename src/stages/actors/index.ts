/**
 * The actors stage: every actor the text names (persons, organisations,
 * parties, armed groups, governments, outlets, countries, cities, places,
 * groups), typed, with all of its mentions, each resolved to one actor.
 *
 *   const stage = createActorsStage();                       // the bundled gazetteer
 *   const stage = createActorsStage({ gazetteer: myFile });  // merged with a user's
 *
 * The gazetteer is compiled when the stage is created (the bundled one by
 * the build, scripts/build-data.mjs, and unpacked once at start-up, then
 * shared), never per document. See recognize.ts and resolve.ts for the
 * rules; data/actors.json and data/gazetteer/*.json for the knowledge.
 */
import BUNDLED_PACKED from './bundled-packed.js';
import type { Entity } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import type { WinkNlp } from '../../nlp/base.js';
import { compileGazetteer, mergeGazetteers, unpackGazetteer, type CompiledGazetteer, type GazetteerFile, type GazetteerInput } from './gazetteer.js';
export { mergeGazetteers, skeleton } from './gazetteer.js';
import { actorLexicon } from './lexicon.js';
import { markInitials, recognize, type RecognizeContext } from './recognize.js';
import { resolveMentions } from './resolve.js';
import { scanWords, spellingIds } from './words.js';
import { retagNames } from '../../nlp/retag.js';

export type { GazetteerEntry, GazetteerFile, GazetteerInput, CompiledGazetteer } from './gazetteer.js';
export { ENTITY_TYPES } from './gazetteer.js';

/**
 * The bundled files (data/gazetteer/*.json) as gazetteer inputs: their merged
 * entries (from the build's compiled form), then an empty input for each other
 * file, so a user's inputs keep their numbers in error messages.
 */
function bundledInputs(): GazetteerInput[] {
  return [BUNDLED_PACKED.entries, ...Array.from({ length: BUNDLED_PACKED.files - 1 }, () => [])];
}

export interface ActorsOptions {
  /** A user gazetteer merged with the bundled one: its entries win on id clashes. */
  gazetteer?: GazetteerInput;
  /** Use the bundled gazetteer (default true). */
  bundled?: boolean;
}

let bundledCompiled: CompiledGazetteer | null = null;

/**
 * Compiles a gazetteer: the bundled files (unless `bundled: false`) merged
 * with the given inputs in order (later entries replace earlier ones with the
 * same id). The bundled gazetteer alone is compiled once and shared by all stages.
 * Throws a TypeError when an input does not have the gazetteer's shape.
 */
export function loadGazetteer(inputs: GazetteerInput | readonly GazetteerInput[] = [], options: { bundled?: boolean } = {}): CompiledGazetteer {
  const list: GazetteerInput[] = isInputList(inputs) ? [...inputs] : [inputs as GazetteerInput];
  const bundled = options.bundled ?? true;
  const lex = actorLexicon();
  if (bundled && list.length === 0) {
    // compiled by the build (scripts/build-data.mjs), unpacked once
    bundledCompiled ??= unpackGazetteer(BUNDLED_PACKED);
    return bundledCompiled;
  }
  return compileGazetteer(mergeGazetteers([...(bundled ? bundledInputs() : []), ...list]), lex.wordlike);
}

/** True when `x` is a list of gazetteer inputs (files or entry lists), not one list of entries. */
function isInputList(x: GazetteerInput | readonly GazetteerInput[]): x is readonly GazetteerInput[] {
  if (!Array.isArray(x)) return false;
  return x.length === 0 || x.every((i) => Array.isArray(i) || (i !== null && typeof i === 'object' && Array.isArray((i as GazetteerFile).entries)));
}

/** Finds the entity with a mention overlapping `span` most (for linking quote sources to actors). */
export function entityAt(entities: readonly Entity[], span: { start: number; end: number }): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const o = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = e;
      }
    }
  }
  return best;
}

const ENGLISH_CACHE_LIMIT = 50_000;

const INFLECTIONS: Array<[RegExp, string[]]> = [
  [/ies$/, ['y']],
  [/(?:es|s)$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/ed$/, ['', 'e']],
  [/ly$/, ['']],
  [/(?:er|ers)$/, ['', 'e']],
];

/** An inflected form of a word wink-nlp's lexicon knows (`polling` from `poll`): wink's lexicon holds few inflections. */
function inflected(lower: string, probe: { isOOV(text: string): boolean }): boolean {
  if (lower.length < 5) return false;
  for (const [re, ends] of INFLECTIONS) {
    const m = re.exec(lower);
    if (!m) continue;
    const stem = lower.slice(0, m.index);
    if (stem.length < 3) continue;
    for (const e of ends) if (!probe.isOOV(stem + e)) return true;
    // doubled consonant: stopping -> stop
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !probe.isOOV(stem.slice(0, -1))) return true;
  }
  return false;
}

/** The actors stage. Requires sentences and tokens; provides `entities`, and tags the words of the persons it found as proper nouns in the shared tokens. */
export function createActorsStage(options: ActorsOptions = {}): Stage {
  if (options === null || typeof options !== 'object') throw new TypeError('argmap: createActorsStage() options must be an object');
  const gaz = options.gazetteer !== undefined ? loadGazetteer([options.gazetteer], { bundled: options.bundled ?? true }) : loadGazetteer([], { bundled: options.bundled ?? true });
  const lex = actorLexicon();
  const english = new Map<string, boolean>();
  // isEnglish of each spelling lower-cased, by spelling id (0: not asked yet, 1: no, 2: yes): valid for one epoch of ids and one nlp
  let englishById = new Uint8Array(0);
  let englishEpoch = -1;
  let probeFor: WinkNlp | null = null;
  let probe: { isOOV(text: string): boolean } | null = null;
  return {
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['entities'],
    run(doc, ctx) {
      const view = doc.view;
      const w = scanWords(view);
      if (w.n === 0) {
        doc.map.entities = [];
        return;
      }
      if (probeFor !== ctx.nlp || !probe) {
        probe = ctx.nlp.readDoc('');
        probeFor = ctx.nlp;
        english.clear();
        englishEpoch = -1;
      }
      const p = probe;
      const isEnglish = (lower: string): boolean => {
        let v = english.get(lower);
        if (v === undefined) {
          if (english.size > ENGLISH_CACHE_LIMIT) english.clear();
          v = !p.isOOV(lower) || inflected(lower, p);
          english.set(lower, v);
        }
        return v;
      };
      if (englishEpoch !== w.epoch) {
        englishById = new Uint8Array(0);
        englishEpoch = w.epoch;
      }
      if (englishById.length < spellingIds()) {
        const grown = new Uint8Array(Math.max(spellingIds(), englishById.length * 2));
        grown.set(englishById);
        englishById = grown;
      }
      const byId = englishById;
      const englishAt = (i: number): boolean => {
        const id = w.id[i]!;
        let v = byId[id]!;
        if (v === 0) {
          v = isEnglish(w.raw[i]!.toLowerCase()) ? 2 : 1;
          byId[id] = v;
        }
        return v === 2;
      };
      // sentence of each word, and wink-nlp's part of speech where a token starts with the word
      const sentence = new Int32Array(w.n);
      const sents = doc.map.sentences;
      let si = 0;
      for (let i = 0; i < w.n; i++) {
        const s = w.start[i]!;
        while (si < sents.length && sents[si]!.end <= s) si++;
        sentence[i] = si;
      }
      const pos = new Array<string>(w.n).fill('');
      const t = doc.tokens;
      if (t) {
        let ti = 0;
        for (let i = 0; i < w.n; i++) {
          const s = w.start[i]!;
          while (ti < t.length && t.start[ti]! < s) ti++;
          if (ti < t.length && t.start[ti] === s) pos[i] = t.pos[ti]!;
        }
      }
      const rctx: RecognizeContext = { view, w, sentence, pos, gaz, lex, isEnglish, englishAt };
      markInitials(rctx);
      const { mentions } = recognize(rctx);
      doc.map.entities = resolveMentions(mentions, gaz, lex);
      // the actors found are names, whatever wink-nlp tagged them ("Ted/VERB Cruz says …", "The Associated/VERB Press"): later stages read the corrected tags
      if (t) retagNames(t, doc.map.entities);
    },
  };
}

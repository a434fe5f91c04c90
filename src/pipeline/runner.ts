import type { ArgumentMap, Diagnostic } from '../model/types.js';
import { SCHEMA } from '../model/types.js';
import type { Format } from '../stages/markup/index.js';
import type { Doc, Layer, Stage, StageContext } from './stage.js';

/** Checks that every stage's inputs are provided by an earlier stage. Misuse of the API, so it throws. */
export function checkStages(stages: readonly Stage[]): void {
  const have = new Set<Layer>();
  const names = new Set<string>();
  for (const s of stages) {
    if (!s || typeof s.run !== 'function' || typeof s.name !== 'string') {
      throw new TypeError('argmap: a stage must be an object with a name, requires, provides and a run(doc, ctx) function');
    }
    if (names.has(s.name)) throw new Error(`argmap: two stages are named "${s.name}"`);
    names.add(s.name);
    for (const r of s.requires) {
      if (!have.has(r)) throw new Error(`argmap: stage "${s.name}" requires "${r}", which no earlier stage provides`);
    }
    for (const p of s.provides) have.add(p);
  }
}

export function emptyMap(text: string): ArgumentMap {
  return {
    schema: SCHEMA,
    offsets: 'utf16',
    text,
    meta: {},
    paragraphs: [],
    sentences: [],
    quotes: [],
    entities: [],
    units: [],
    relations: [],
    mainClaim: null,
    diagnostics: [],
  };
}

export function newDoc(text: string, format?: Format): Doc {
  const map = emptyMap(text);
  return {
    text,
    view: text,
    ...(format ? { format } : {}),
    map,
    tokens: null,
    scratch: {},
    report(d: Diagnostic) {
      map.diagnostics.push(d);
    },
  };
}

export function runStages(stages: readonly Stage[], text: string, ctx: StageContext, format?: Format): ArgumentMap {
  const doc = newDoc(text, format);
  for (const stage of stages) stage.run(doc, ctx);
  return doc.map;
}

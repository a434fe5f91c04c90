/**
 * argmap: argument maps of political commentary.
 *
 *   import { analyze, createAnalyzer } from 'argmap';
 *   const map = analyze(text);              // one text
 *   const analyzer = createAnalyzer();      // many texts: models and lexicons load once
 *   for (const t of texts) analyzer.analyze(t);
 */
import type { ArgumentMap } from './model/types.js';
import { loadWink } from './nlp/base.js';
import { checkStages, runStages } from './pipeline/runner.js';
import type { AnalyzeOptions, AnalyzerOptions, Stage, StageContext } from './pipeline/stage.js';
import { loadResources } from './resources.js';
import { createActorsStage } from './stages/actors/index.js';
import type { GazetteerInput } from './stages/actors/index.js';
import { ARGUMENT_STAGES } from './stages/argument/index.js';
import { inputStage } from './stages/input/index.js';
import { markupStage } from './stages/markup/index.js';
import { SEGMENT_STAGES } from './stages/segment/index.js';
import { voicesStage } from './stages/voices/index.js';

export type * from './model/types.js';
export type { AnalyzeOptions, AnalyzerOptions, Doc, Layer, Stage, StageContext } from './pipeline/stage.js';
export type { Format } from './stages/markup/index.js';
export type { GazetteerEntry, GazetteerInput } from './stages/actors/index.js';
export { loadGazetteer } from './stages/actors/index.js';
export { SCHEMA } from './model/types.js';
export { CODES } from './model/diagnostics.js';
export { offsetConverter } from './model/offsets.js';
export type { OffsetConverter } from './model/offsets.js';
export { spanText, contains, overlap } from './model/span.js';

/**
 * The built-in stages, in the order they run. The actors stage is built for
 * each analyzer (it compiles the gazetteer, the bundled one merged with the
 * user's).
 */
export function builtinStages(options: { gazetteer?: GazetteerInput; bundledGazetteer?: boolean } = {}): Stage[] {
  const actors = createActorsStage({ ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}), ...(options.bundledGazetteer === false ? { bundled: false } : {}) });
  return [inputStage, markupStage, ...SEGMENT_STAGES, actors, voicesStage, ...ARGUMENT_STAGES];
}

/** The built-in stages with the bundled gazetteer. */
export const STAGES: readonly Stage[] = builtinStages();

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): ArgumentMap;
  /** The stages this analyzer runs, in order. */
  readonly stages: readonly Stage[];
}

function checkOptions(options: unknown): AnalyzerOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`argmap: options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const o = options as AnalyzerOptions;
  if (o.stages !== undefined && !Array.isArray(o.stages)) throw new TypeError('argmap: options.stages must be an array of stages');
  checkFormat(o.format);
  return o;
}

const FORMATS = ['auto', 'text', 'markdown', 'html'];

function checkFormat(format: unknown): void {
  if (format !== undefined && !FORMATS.includes(format as string)) {
    throw new TypeError(`argmap: format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  }
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') {
    const what = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`argmap: analyze() takes the text as a string, got ${what}`);
  }
  return text;
}

/** Builds an analyzer that loads the model and lexicons once and can analyse many texts. */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  const opts = checkOptions(options);
  const custom = opts.gazetteer !== undefined || opts.bundledGazetteer === false;
  const stages = [...(custom ? builtinStages(opts) : STAGES), ...(opts.stages ?? [])];
  checkStages(stages);
  const nlp = loadWink();
  const ctx: StageContext = { nlp, resources: loadResources(nlp), options: opts };
  return {
    stages,
    analyze(text: string, options?: AnalyzeOptions): ArgumentMap {
      checkText(text);
      if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError('argmap: analyze() options must be an object');
      checkFormat(options?.format);
      return runStages(stages, text, ctx, options?.format);
    },
  };
}

let defaultAnalyzer: Analyzer | null = null;

/**
 * Analyses one text with the default analyzer (built on first use and kept).
 * `options.format` applies to this text; other analyzer options (extra
 * stages) build a new analyzer: use createAnalyzer() for many texts.
 */
export function analyze(text: string, options?: AnalyzerOptions): ArgumentMap {
  checkText(text);
  if (options?.stages) return createAnalyzer(options).analyze(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}

import type { ArgumentMap, Diagnostic } from '../model/types.js';
import type { Tokens, WinkNlp } from '../nlp/base.js';
import type { Resources } from '../resources.js';

/** Names of the layers stages read and write. */
export type Layer = 'paragraphs' | 'tokens' | 'sentences' | 'units' | 'quotes' | 'entities' | 'relations' | 'mainClaim' | (string & {});

/**
 * The document as it moves through the pipeline: the output map being built,
 * plus working layers that are not part of the output (tokens).
 */
export interface Doc {
  readonly text: string;
  readonly map: ArgumentMap;
  tokens: Tokens | null;
  /** Free slots for stages to hand working data to later stages. */
  scratch: Record<string, unknown>;
  report(d: Diagnostic): void;
}

export interface StageContext {
  nlp: WinkNlp;
  resources: Resources;
  options: AnalyzerOptions;
}

/** One step of the pipeline: reads the layers it `requires`, adds the ones it `provides`. */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  run(doc: Doc, ctx: StageContext): void;
}

export interface AnalyzerOptions {
  /** Stages to run after the built-in ones (each checked against what runs before it). */
  stages?: Stage[];
  /** Keep the `marker` field on units (default true). */
  markers?: boolean;
}

import type { ArgumentMap, Diagnostic } from '../model/types.js';
import type { Tokens, WinkNlp } from '../nlp/base.js';
import type { Resources } from '../resources.js';
import type { Format } from '../stages/markup/index.js';
import type { GazetteerInput } from '../stages/actors/index.js';

/** Names of the layers stages read and write. */
export type Layer = 'paragraphs' | 'tokens' | 'sentences' | 'units' | 'quotes' | 'entities' | 'relations' | 'mainClaim' | (string & {});

/**
 * The document as it moves through the pipeline: the output map being built,
 * plus working layers that are not part of the output (tokens).
 */
export interface Doc {
  /** The input, unchanged: every span indexes into it. */
  readonly text: string;
  /**
   * The text as the stages read it: the same length as `text`, with markup
   * blanked out (tags, entities, Markdown quote markers), so that an offset in
   * the view is the same offset in the text. For plain text, the text itself.
   */
  view: string;
  /** The format asked for this text (overrides the analyzer's option). */
  format?: Format;
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

/** Options for one call of analyze(). */
export interface AnalyzeOptions {
  /** How to read the text: `auto` (default) detects HTML and Markdown quotation lines. */
  format?: Format;
}

export interface AnalyzerOptions extends AnalyzeOptions {
  /** Actors to add to the bundled gazetteer (the shape of a data/gazetteer file, or an array of entries); entries with a bundled id replace it. */
  gazetteer?: GazetteerInput;
  /** Use the bundled gazetteer (default true); false: only `gazetteer`. */
  bundledGazetteer?: boolean;
  /** Stages to run after the built-in ones (each checked against what runs before it). */
  stages?: Stage[];
}

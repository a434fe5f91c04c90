/**
 * The argmap/1 output shape. Field names and meanings are fixed (see
 * schema/argmap-1.schema.json); fields may be added, and the schema id is
 * versioned when a field changes meaning.
 *
 * Every span is `{start, end}` in UTF-16 code units into `text`, end exclusive:
 * `text.slice(start, end)` is the span's text.
 */

export const SCHEMA = 'argmap/1' as const;

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** What the paragraph looks like from its layout alone. */
  kind?: 'text' | 'line' | 'title';
}

export interface Sentence extends Span {
  /** Index into `paragraphs` of the paragraph holding the sentence. */
  paragraph: number;
}

export interface QuoteSource {
  name: string;
  /** An Entity id, when the actors stage knows the speaker. */
  entity?: string;
  mention?: Span;
}

export interface Quote extends Span {
  id: string;
  kind: 'block' | 'direct' | 'indirect' | 'scare';
  source: QuoteSource | null;
  /** The reporting verb, the lead-in line, or the markup that introduces the quotation. */
  cue?: Span;
  /** The rule that found the quotation (e.g. `after:speaker-verb`, `lead-in:opener`). */
  rule?: string;
  /** For a block quotation: the evidence that the author's voice returns after it. */
  endCue?: Cue;
  /** The quoted pieces when the attribution interrupts the quotation (the span runs from the first to the last). */
  parts?: Span[];
  /** The id of the quotation this one lies in (a partial quotation inside reported speech, a quotation inside a block). */
  within?: string;
  /** The author's stance toward the quoted source: uses it as support, disputes it, or reports it without taking a side. */
  stance?: 'endorses' | 'disputes' | 'reports';
  /** The words that show that stance. */
  stanceCues?: Cue[];
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'party'
  | 'armed-group'
  | 'government'
  | 'media'
  | 'country'
  | 'city'
  | 'place'
  | 'group';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  mentions: Span[];
  /** The author's stance toward the actor, in the author's own words (not in quotations). */
  stance?: 'supportive' | 'critical' | 'neutral';
  /** The words that show that stance. */
  stanceCues?: Cue[];
}

export type UnitType = 'claim' | 'premise' | 'evidence' | 'conclusion' | 'question' | 'background' | 'title';

export interface Cue extends Span {
  cue: string;
}

export interface Unit extends Span {
  id: string;
  type: UnitType;
  /** "author", or the id of the Quote the unit lies in. */
  voice: 'author' | string;
  stance?: 'pro' | 'con';
  cues?: Cue[];
  /** Index into `sentences` of the sentence holding the unit. */
  sentence: number;
  /** The discourse marker that opens the unit, when a marker split it from the unit before. */
  marker?: Cue & { relation: string };
}

export interface Relation {
  from: string;
  to: string;
  type: 'support' | 'attack';
  cue?: Span;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span?: Span;
}

export interface ArgumentMap {
  schema: typeof SCHEMA;
  offsets: 'utf16';
  text: string;
  meta: { title?: string; tags?: string[] };
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  entities: Entity[];
  units: Unit[];
  relations: Relation[];
  mainClaim: string | null;
  diagnostics: Diagnostic[];
}

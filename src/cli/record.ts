import type { AnalyzeOptions, Analyzer } from '../index.js';

/** What one input record of `argmap batch` becomes: one output line (no newline), and the reason when it failed. */
export interface RecordOutcome {
  line: string;
  error?: string;
}

/**
 * Turns one JSON Lines record `{"id", "text", ...}` into its output line:
 * `{"id", ...map}`, or `{"id", "line", "error"}` when the record is not a JSON
 * object with a string `text` or the analysis throws. Other fields are ignored.
 */
export function processRecord(analyzer: Analyzer, source: string, lineNo: number, options: AnalyzeOptions): RecordOutcome {
  let id: unknown = null;
  let reason: string;
  try {
    const value: unknown = JSON.parse(source);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      reason = 'not a JSON object';
    } else {
      const rec = value as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== 'string') {
        reason = rec.text === undefined ? 'no "text" field' : `"text" is ${rec.text === null ? 'null' : typeof rec.text}, not a string`;
      } else {
        const map = analyzer.analyze(rec.text, options);
        return { line: JSON.stringify({ id, ...map }) };
      }
    }
  } catch (e) {
    reason = e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `analysis failed: ${(e as Error).message}`;
  }
  return errorOutcome(id, lineNo, reason);
}

export function errorOutcome(id: unknown, lineNo: number, reason: string): RecordOutcome {
  let line: string;
  try {
    line = JSON.stringify({ id, line: lineNo, error: reason });
  } catch {
    line = JSON.stringify({ id: null, line: lineNo, error: reason });
  }
  return { line, error: reason };
}

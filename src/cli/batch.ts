import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer } from '../index.js';
import type { AnalyzeOptions } from '../index.js';

export interface BatchResult {
  ok: number;
  failed: number;
}

/** Writes a line, waiting for the stream to drain when its buffer is full (bounded memory). */
function writeLine(out: Writable, line: string): Promise<void> | void {
  if (!out.write(`${line}\n`)) return new Promise((resolve) => out.once('drain', resolve));
}

/**
 * Reads JSON Lines `{"id", "text", ...}` and writes one argument map a line,
 * `{"id", ...map}`, in input order. Other fields are ignored. A line that is
 * not a JSON object with a string `text` is reported on `err` (line number and
 * reason) and as an output line `{"id", "line", "error"}`; the rest goes on.
 * Blank lines are skipped.
 */
export async function runBatch(input: Readable, out: Writable, err: Writable, options: AnalyzeOptions = {}): Promise<BatchResult> {
  const analyzer = createAnalyzer();
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let ok = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    let reason: string;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        reason = 'not a JSON object';
      } else {
        const rec = value as Record<string, unknown>;
        id = rec.id ?? null;
        if (typeof rec.text !== 'string') {
          reason = rec.text === undefined ? 'no "text" field' : `"text" is ${rec.text === null ? 'null' : typeof rec.text}, not a string`;
        } else {
          const map = analyzer.analyze(rec.text, options);
          await writeLine(out, JSON.stringify({ id, ...map }));
          ok++;
          continue;
        }
      }
    } catch (e) {
      reason = e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `analysis failed: ${(e as Error).message}`;
    }
    failed++;
    err.write(`argmap batch: line ${lineNo}: ${reason}\n`);
    await writeLine(out, JSON.stringify({ id, line: lineNo, error: reason }));
  }
  return { ok, failed };
}

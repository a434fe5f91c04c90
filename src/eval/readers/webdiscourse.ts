/**
 * Reader for the web-discourse corpus (Habernal & Gurevych 2017) as converted
 * to JSON Lines, one document a line:
 *
 *   {"id", "text", "docType", "topic",
 *    "units": [{"id", "start", "end", "type", "implicit"}],
 *    "relations": [{"from", "to", "type"}]}
 *
 * Offsets are UTF-16 units, end exclusive. Implicit claims have
 * `start == end`. Unit types follow Toulmin: claim, premise, backing,
 * rebuttal, refutation; relations are support or attack.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../../model/types.js';

export type WebDiscourseUnitType = 'claim' | 'premise' | 'backing' | 'rebuttal' | 'refutation';

export interface WebDiscourseUnit extends Span {
  id: string;
  type: WebDiscourseUnitType | string;
  /** An implicit unit (only claims are): no text, `start == end`. */
  implicit: boolean;
}

export interface WebDiscourseRelation {
  from: string;
  to: string;
  type: 'support' | 'attack' | string;
}

export interface WebDiscourseDoc {
  id: string;
  text: string;
  docType: string;
  topic: string;
  units: WebDiscourseUnit[];
  relations: WebDiscourseRelation[];
  /** Inconsistencies found while reading (offsets out of range, dangling relation ends, ...). */
  problems: string[];
}

const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : d);

/** Parses one JSON object (a line of the file). */
export function parseWebDiscourseDoc(line: string | Record<string, unknown>): WebDiscourseDoc {
  const o = (typeof line === 'string' ? JSON.parse(line) : line) as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new SyntaxError('web-discourse: a document without "text"');
  const text = o.text;
  const problems: string[] = [];
  const units: WebDiscourseUnit[] = (Array.isArray(o.units) ? o.units : []).map((u: Record<string, unknown>, i: number) => {
    const start = Number(u.start);
    const end = Number(u.end);
    const id = str(u.id, `u${i}`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`unit ${id}: offsets ${u.start}-${u.end} outside the text (length ${text.length})`);
    }
    const implicit = u.implicit === true || start === end;
    return { id, start, end, type: str(u.type), implicit };
  });
  units.sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = new Set(units.map((u) => u.id));
  const relations: WebDiscourseRelation[] = (Array.isArray(o.relations) ? o.relations : []).map((r: Record<string, unknown>) => {
    const rel = { from: str(r.from), to: str(r.to), type: str(r.type) };
    if (!ids.has(rel.from) || !ids.has(rel.to)) problems.push(`relation ${rel.from} -> ${rel.to}: unknown unit`);
    return rel;
  });
  return { id: str(o.id), text, docType: str(o.docType), topic: str(o.topic), units, relations, problems };
}

/** Parses a whole JSON Lines file (blank lines are skipped). */
export function parseWebDiscourse(jsonl: string): WebDiscourseDoc[] {
  return jsonl
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim() !== '')
    .map(([l, i]) => {
      try {
        return parseWebDiscourseDoc(l);
      } catch (e) {
        throw new SyntaxError(`web-discourse: line ${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** Reads a `.jsonl` file. */
export function readWebDiscourse(path: string): WebDiscourseDoc[] {
  return parseWebDiscourse(readFileSync(path, 'utf8'));
}

/** True when the first non-blank line of a JSON Lines file looks like a web-discourse document. */
export function isWebDiscourseFile(path: string): boolean {
  try {
    const first = readFileSync(path, 'utf8').split(/\r?\n/).find((l) => l.trim() !== '');
    if (!first) return false;
    const o = JSON.parse(first) as Record<string, unknown>;
    return typeof o.text === 'string' && Array.isArray(o.units);
  } catch {
    return false;
  }
}

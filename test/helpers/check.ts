import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import * as assert from 'uvu/assert';
import type { ArgumentMap, Span } from '../../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../../../schema/argmap-1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Repository root (tests run from dist/test/...). */
export const ROOT = new URL('../../../', import.meta.url);

export const readExample = (name: string): string => readFileSync(new URL(`examples/${name}`, ROOT), 'utf8');

/** Every span a map holds, with a label saying where it came from. */
export function allSpans(map: ArgumentMap): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  map.paragraphs.forEach((s, i) => out.push([`paragraphs[${i}]`, s]));
  map.sentences.forEach((s, i) => out.push([`sentences[${i}]`, s]));
  map.units.forEach((u, i) => {
    out.push([`units[${i}]`, u]);
    u.cues?.forEach((c, k) => out.push([`units[${i}].cues[${k}]`, c]));
    if (u.marker) out.push([`units[${i}].marker`, u.marker]);
  });
  map.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
    if (q.source?.mention) out.push([`quotes[${i}].source.mention`, q.source.mention]);
    q.parts?.forEach((p, k) => out.push([`quotes[${i}].parts[${k}]`, p]));
    if (q.endCue) out.push([`quotes[${i}].endCue`, q.endCue]);
  });
  map.entities.forEach((e, i) => e.mentions.forEach((m, k) => out.push([`entities[${i}].mentions[${k}]`, m])));
  map.relations.forEach((r, i) => r.cue && out.push([`relations[${i}].cue`, r.cue]));
  map.diagnostics.forEach((d, i) => d.span && out.push([`diagnostics[${i}].span`, d.span]));
  return out;
}

/** Problems with a map's spans: out of bounds, or crossing a paragraph or sentence they belong to. Empty when all is well. */
export function spanProblems(map: ArgumentMap): string[] {
  const problems: string[] = [];
  const n = map.text.length;
  for (const [where, s] of allSpans(map)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
      problems.push(`${where} {${s.start}, ${s.end}} is not within 0..${n}`);
    }
  }
  const inParagraph = (s: Span): boolean => map.paragraphs.some((p) => p.start <= s.start && s.end <= p.end);
  map.sentences.forEach((s, i) => {
    const p = map.paragraphs[s.paragraph];
    if (!p || s.start < p.start || s.end > p.end) problems.push(`sentences[${i}] lies outside its paragraph ${s.paragraph}`);
    if (s.end <= s.start) problems.push(`sentences[${i}] is empty`);
  });
  map.units.forEach((u, i) => {
    const s = map.sentences[u.sentence];
    if (!s || u.start < s.start || u.end > s.end) problems.push(`units[${i}] lies outside its sentence ${u.sentence}`);
    if (!inParagraph(u)) problems.push(`units[${i}] crosses a paragraph boundary`);
  });
  for (let i = 1; i < map.paragraphs.length; i++) {
    if (map.paragraphs[i]!.start < map.paragraphs[i - 1]!.end) problems.push(`paragraphs[${i}] overlaps the one before`);
  }
  for (let i = 1; i < map.sentences.length; i++) {
    if (map.sentences[i]!.start < map.sentences[i - 1]!.end) problems.push(`sentences[${i}] overlaps the one before`);
  }
  return problems;
}

/** Asserts that a map is valid argmap/1: the JSON Schema, and every span within the text and its paragraph. */
export function check(map: ArgumentMap): ArgumentMap {
  const ok = validate(JSON.parse(JSON.stringify(map)));
  assert.ok(ok, `schema: ${ajv.errorsText(validate.errors)}`);
  const problems = spanProblems(map);
  assert.equal(problems, [], problems.slice(0, 5).join('; '));
  return map;
}

/** The texts of a list of spans. */
export const texts = (text: string, spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

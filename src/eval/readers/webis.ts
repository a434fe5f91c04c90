/**
 * Reader for the Webis editorials (Al-Khatib et al. 2016 scheme), the
 * `data-source/{aljazeera,foxnews}/*.json` files:
 *
 *   {"paragraphs": [[{"number": 1, "text": "...", "label": "title"}], [...], ...]}
 *
 * The files hold segments, not the text: the text is rebuilt by joining the
 * segments of a paragraph with a space, except before a segment that starts
 * with closing punctuation (".", ",", ";", ":", "!", "?", ")", "]", "...",
 * and the escaped "\." of list numbers), and the paragraphs with a blank line.
 * No space is added where one side already has whitespace at the join (some
 * segments start with a space). Each segment's span slices back to exactly its
 * `text`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../model/types.js';

export type WebisLabel =
  | 'title'
  | 'assumption'
  | 'anecdote'
  | 'testimony'
  | 'statistics'
  | 'common-ground'
  | 'other'
  | 'no-unit';

export interface WebisRawSegment {
  number: number;
  text: string;
  label: string;
}

export interface WebisSegment extends Span {
  number: number;
  text: string;
  label: WebisLabel | string;
  /** Index into `paragraphs`. */
  paragraph: number;
}

export interface WebisDoc {
  /** File name without `.json`. */
  id: string;
  /** The outlet folder: `aljazeera`, `foxnews`. */
  source: string;
  text: string;
  paragraphs: Span[];
  segments: WebisSegment[];
  /** The title (text of the segments labelled `title`), when there is one. */
  title?: string;
  path?: string;
}

/** Segments that attach to the previous one without a space. */
const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%\u2026]|\\[.,;:!?])/;

/** True when no space goes between `prev` and `next` in the rebuilt text. */
export function joinsWithoutSpace(prev: string, next: string): boolean {
  return NO_SPACE_BEFORE.test(next) || /\s$/.test(prev) || /^\s/.test(next);
}

/** Rebuilds the text of an editorial from its paragraphs of segments; spans are UTF-16 offsets. */
export function buildWebisText(paragraphs: readonly (readonly WebisRawSegment[])[]): Pick<WebisDoc, 'text' | 'paragraphs' | 'segments'> {
  let text = '';
  const paras: Span[] = [];
  const segments: WebisSegment[] = [];
  for (const para of paragraphs) {
    if (para.length === 0) continue;
    if (paras.length > 0) text += '\n\n';
    const pStart = text.length;
    let prev: string | null = null;
    for (const seg of para) {
      const t = seg.text;
      if (prev !== null && !joinsWithoutSpace(prev, t)) text += ' ';
      const start = text.length;
      text += t;
      segments.push({ number: seg.number, text: t, label: seg.label, paragraph: paras.length, start, end: text.length });
      prev = t;
    }
    paras.push({ start: pStart, end: text.length });
  }
  return { text, paragraphs: paras, segments };
}

/** Parses one editorial from its JSON source. */
export function parseWebis(json: string | { paragraphs: WebisRawSegment[][] }, id = '', source = ''): WebisDoc {
  const data = typeof json === 'string' ? (JSON.parse(json) as { paragraphs?: unknown }) : json;
  if (!data || !Array.isArray(data.paragraphs)) throw new SyntaxError('Webis editorials: expected {"paragraphs": [[...], ...]}');
  const paragraphs = (data.paragraphs as unknown[]).map((p, i) => {
    if (!Array.isArray(p)) throw new SyntaxError(`Webis editorials: paragraph ${i} is not a list`);
    return p.map((s: unknown, j: number): WebisRawSegment => {
      const o = s as Partial<WebisRawSegment>;
      if (!o || typeof o.text !== 'string') throw new SyntaxError(`Webis editorials: paragraph ${i}, segment ${j} has no text`);
      return { number: typeof o.number === 'number' ? o.number : NaN, text: o.text, label: typeof o.label === 'string' ? o.label : 'no-unit' };
    });
  });
  const built = buildWebisText(paragraphs);
  const doc: WebisDoc = { id, source, ...built };
  const title = built.segments.filter((s) => s.label === 'title');
  if (title.length) doc.title = built.text.slice(title[0]!.start, title[title.length - 1]!.end);
  return doc;
}

/** Reads one `.json` editorial; `source` is its folder's name. */
export function readWebisFile(path: string): WebisDoc {
  const parts = path.replace(/[\\/]+$/, '').split(/[\\/]/);
  const doc = parseWebis(readFileSync(path, 'utf8'), basename(path).replace(/\.json$/, ''), parts[parts.length - 2] ?? '');
  doc.path = path;
  return doc;
}

const hasJson = (d: string): boolean => {
  try {
    return statSync(d).isDirectory() && readdirSync(d).some((n) => n.endsWith('.json'));
  } catch {
    return false;
  }
};

/**
 * The outlet folders for a Webis path: the corpus root (`data-source/*`),
 * `data-source` itself, or one outlet folder. Empty when none fits.
 */
export function findWebisDirs(path: string): string[] {
  if (hasJson(path)) return [path];
  for (const base of [join(path, 'data-source'), path]) {
    if (!existsSync(base) || !statSync(base).isDirectory()) continue;
    const subs = readdirSync(base)
      .sort()
      .map((n) => join(base, n))
      .filter(hasJson);
    if (subs.length > 0) return subs;
  }
  return [];
}

/** True when a JSON file looks like a Webis editorial (a `paragraphs` list of segment lists). */
export function isWebisFile(path: string): boolean {
  try {
    const d = JSON.parse(readFileSync(path, 'utf8')) as { paragraphs?: unknown };
    return Array.isArray(d.paragraphs) && d.paragraphs.every((p) => Array.isArray(p));
  } catch {
    return false;
  }
}

/** Reads every editorial under a Webis path (see {@link findWebisDirs}), by outlet then file name. */
export function readWebisDir(path: string): WebisDoc[] {
  const dirs = findWebisDirs(path);
  if (dirs.length === 0) throw new Error(`Webis editorials: no .json editorials under ${path}`);
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => readWebisFile(join(d, n))),
  );
}

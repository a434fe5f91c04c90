/**
 * Reader for brat standoff annotation (`.ann` next to a `.txt`), as PolNeAR
 * uses it:
 *
 *   T1<TAB>Source 89 106<TAB>The New York Post          text-bound annotation
 *   T9<TAB>Content 315 448;463 553<TAB>...               discontinuous: fragments joined by ";"
 *   E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1    event: trigger, then role:id arguments
 *
 * brat offsets count Unicode code points; they are converted to UTF-16 here
 * (src/model/offsets.ts). The text field of a `T` line repeats the covered
 * text, fragments joined by a space; a few PolNeAR files carry line breaks
 * inside that field, so lines that do not start a record continue the
 * previous one.
 *
 * PolNeAR layout: `data/{train,dev}/attributions/<doc>_<annotator>.ann` and
 * `data/{train,dev}/text/<doc>.txt`. Some documents have several annotators'
 * files: the reader takes the first annotator in sorted order.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../model/types.js';
import { offsetConverter } from '../../model/offsets.js';

export interface BratTextBound {
  id: string;
  type: string;
  /** Fragments in UTF-16 offsets, in the order the file gives them. */
  spans: Span[];
  /** The text field of the line (fragments joined by a space in brat). */
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  /** Id of the trigger text-bound annotation. */
  trigger: string;
  args: { role: string; id: string }[];
}

export interface BratRelation {
  id: string;
  type: string;
  args: { role: string; id: string }[];
}

export interface BratAttribute {
  id: string;
  name: string;
  target: string;
  value: string | true;
}

export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  events: BratEvent[];
  relations: BratRelation[];
  attributes: BratAttribute[];
  notes: BratNote[];
  /** Lines that could not be read, with their line numbers (1-based). */
  problems: string[];
}

const RECORD_START = /^([TERAMN#*])(\d*)\t/;

/**
 * Parses a `.ann` file. `text` is the document the offsets refer to: it is
 * needed to convert code points to UTF-16 (pass `null` when the offsets are
 * already UTF-16 units, as in files written by tools that count those).
 */
export function parseBrat(ann: string, text: string | null): BratDocument {
  const conv = text === null ? null : offsetConverter(text);
  const toU16 = (cp: number): number => (conv ? conv.toUtf16(cp) : cp);
  const doc: BratDocument = { textBounds: [], events: [], relations: [], attributes: [], notes: [], problems: [] };

  // records: a line starting with an id and a tab, plus continuation lines
  const records: { line: number; body: string }[] = [];
  const lines = ann.replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((l, i) => {
    if (RECORD_START.test(l)) records.push({ line: i + 1, body: l });
    else if (records.length > 0 && (l !== '' || i < lines.length - 1)) records[records.length - 1]!.body += '\n' + l;
    else if (l.trim() !== '') doc.problems.push(`line ${i + 1}: not a brat record`);
  });

  for (const { line, body } of records) {
    const tab1 = body.indexOf('\t');
    const id = body.slice(0, tab1);
    const rest = body.slice(tab1 + 1);
    const kind = id[0];
    try {
      if (kind === 'T') {
        const tab2 = rest.indexOf('\t');
        const head = tab2 < 0 ? rest : rest.slice(0, tab2);
        const txt = tab2 < 0 ? '' : rest.slice(tab2 + 1).replace(/\n+$/, '');
        const sp = head.indexOf(' ');
        const type = head.slice(0, sp);
        const spans = head
          .slice(sp + 1)
          .split(';')
          .map((frag) => {
            const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(frag);
            if (!m) throw new Error(`bad offsets "${frag}"`);
            return { start: toU16(Number(m[1])), end: toU16(Number(m[2])) };
          });
        doc.textBounds.push({ id, type, spans, text: txt });
      } else if (kind === 'E') {
        const parts = rest.trim().split(/\s+/);
        const [type, trigger] = (parts[0] ?? '').split(':') as [string, string | undefined];
        const args = parts.slice(1).map((p) => {
          const k = p.lastIndexOf(':');
          return { role: p.slice(0, k), id: p.slice(k + 1) };
        });
        doc.events.push({ id, type, trigger: trigger ?? '', args });
      } else if (kind === 'R' || (kind === '*' && id === '*')) {
        const parts = rest.trim().split(/\s+/);
        const type = parts[0] ?? '';
        const args = parts.slice(1).map((p, i) => {
          const k = p.indexOf(':');
          return k < 0 ? { role: `Arg${i + 1}`, id: p } : { role: p.slice(0, k), id: p.slice(k + 1) };
        });
        doc.relations.push({ id, type, args });
      } else if (kind === 'A' || kind === 'M') {
        const parts = rest.trim().split(/\s+/);
        doc.attributes.push({ id, name: parts[0] ?? '', target: parts[1] ?? '', value: parts[2] ?? true });
      } else if (kind === '#' || kind === 'N') {
        const tab2 = rest.indexOf('\t');
        const head = (tab2 < 0 ? rest : rest.slice(0, tab2)).trim().split(/\s+/);
        doc.notes.push({ id, type: head[0] ?? '', target: head[1] ?? '', text: tab2 < 0 ? '' : rest.slice(tab2 + 1) });
      }
    } catch (e) {
      doc.problems.push(`line ${line}: ${(e as Error).message}`);
    }
  }
  return doc;
}

/** A double quotation mark in any of the usual styles. */
export const QUOTE_MARK = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u300c\u300d]/;

export interface Attribution {
  /** The event id (`E1`). */
  id: string;
  /** The event type: `Attribution` or `Attribution-no-source`. */
  type: string;
  /** What is attributed, sorted by start (discontinuous content has several spans). */
  content: Span[];
  source?: Span[];
  cue?: Span[];
  /** The content contains a quotation mark: a direct quotation (PolNeAR does not label this). */
  direct: boolean;
}

/**
 * The attributions of a brat document: one per event whose arguments include
 * a content (roles `Content`, `Content2`, ... are merged; likewise `Source*`
 * and `Cue*`). Events without any content are skipped.
 */
export function attributionsOf(doc: BratDocument, text: string): Attribution[] {
  const tb = new Map(doc.textBounds.map((t) => [t.id, t]));
  const out: Attribution[] = [];
  for (const e of doc.events) {
    const collect = (role: string): Span[] => {
      const spans: Span[] = [];
      for (const a of e.args) {
        if (a.role.replace(/\d+$/, '') !== role) continue;
        const t = tb.get(a.id);
        if (t) spans.push(...t.spans.map((s) => ({ start: s.start, end: s.end })));
      }
      return spans.sort((a, b) => a.start - b.start || a.end - b.end);
    };
    const content = collect('Content');
    if (content.length === 0) continue;
    const source = collect('Source');
    const cue = collect('Cue');
    const att: Attribution = {
      id: e.id,
      type: e.type,
      content,
      direct: content.some((s) => QUOTE_MARK.test(text.slice(s.start, s.end))),
    };
    if (source.length) att.source = source;
    if (cue.length) att.cue = cue;
    out.push(att);
  }
  return out.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

export interface PolnearDoc {
  /** The document name (file name of the text without `.txt`). */
  id: string;
  split: string;
  /** The annotator whose file was read. */
  annotator: string;
  /** Every annotator with a file for this document, sorted. */
  annotators: string[];
  text: string;
  attributions: Attribution[];
  /** The parsed annotation, for what the attributions leave out (Discuss, Discard, ...). */
  brat: BratDocument;
  annPath: string;
  textPath: string;
}

/**
 * The split directory (holding `attributions/` and `text/`) for a PolNeAR
 * path: a split directory itself, `data/` (-> `dev`), or the corpus root
 * (-> `data/dev`). Null when the path is none of these.
 */
export function findPolnearSplitDir(path: string, split = 'dev'): string | null {
  const isSplit = (d: string): boolean => existsSync(join(d, 'attributions')) && existsSync(join(d, 'text'));
  for (const d of [path, join(path, split), join(path, 'data', split)]) {
    if (existsSync(d) && statSync(d).isDirectory() && isSplit(d)) return d;
  }
  return null;
}

/** The annotator id of a PolNeAR `.ann` file name (`<doc>_<annotator>.ann`). */
export function splitAnnName(name: string): { doc: string; annotator: string } | null {
  const m = /^(.*)_([^_]+)\.ann$/.exec(name);
  return m ? { doc: m[1]!, annotator: m[2]! } : null;
}

/** Reads one PolNeAR document. */
export function readPolnearDoc(splitDir: string, doc: string, annotator: string, annotators: string[] = [annotator]): PolnearDoc {
  const textPath = join(splitDir, 'text', `${doc}.txt`);
  const annPath = join(splitDir, 'attributions', `${doc}_${annotator}.ann`);
  const text = readFileSync(textPath, 'utf8').replace(/^\ufeff/, '');
  const brat = parseBrat(readFileSync(annPath, 'utf8'), text);
  const split = splitDir.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  return { id: doc, split, annotator, annotators, text, attributions: attributionsOf(brat, text), brat, annPath, textPath };
}

/**
 * Reads every document of a PolNeAR split (see {@link findPolnearSplitDir}),
 * one annotator per document (the first in sorted order), sorted by name.
 */
export function readPolnearDir(path: string, options: { split?: string } = {}): PolnearDoc[] {
  const dir = findPolnearSplitDir(path, options.split ?? 'dev');
  if (!dir) throw new Error(`PolNeAR: no attributions/ and text/ under ${path}`);
  const byDoc = new Map<string, string[]>();
  for (const name of readdirSync(join(dir, 'attributions'))) {
    const p = splitAnnName(name);
    if (!p) continue;
    const list = byDoc.get(p.doc) ?? [];
    list.push(p.annotator);
    byDoc.set(p.doc, list);
  }
  return [...byDoc.keys()]
    .sort()
    .filter((doc) => existsSync(join(dir, 'text', `${doc}.txt`)))
    .map((doc) => {
      const annotators = byDoc.get(doc)!.sort();
      return readPolnearDoc(dir, doc, annotators[0]!, annotators);
    });
}

/**
 * Reader for the arg-microtexts corpus (Peldszus & Stede): one `micro_*.txt`
 * with the text and one `micro_*.xml` argument graph per document:
 *
 *   <arggraph id=".." topic_id=".." stance="..">
 *     <edu id="e1"><![CDATA[text]]></edu>     elementary discourse units, in text order
 *     <adu id="a1" type="pro|opp"/>           argumentative units (proponent / opponent)
 *     <edge id="c1" src="e1" trg="a1" type="seg"/>   EDU -> ADU (an ADU may join several EDUs)
 *     <edge src="a1" trg="a2" type="sup|exa|reb"/>   ADU -> ADU
 *     <edge src="a3" trg="c1" type="und|add"/>       ADU -> edge (undercut; linked premise)
 *   </arggraph>
 *
 * The XML has no character offsets: each EDU's text is located in the .txt
 * in order ({@link alignPieces}). The central claim is the ADU with no
 * outgoing edge other than `seg`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../model/types.js';
import { alignPieces, type AlignMethod } from '../align.js';
import { parseXml, type XmlElement } from './xml.js';

export type MicroEdgeType = 'seg' | 'sup' | 'exa' | 'reb' | 'und' | 'add';
export type MicroRole = 'pro' | 'opp';

export interface MicroEdu extends Span {
  id: string;
  /** The EDU's text as the XML gives it. */
  text: string;
  /** How the EDU was located in the .txt. */
  alignment: AlignMethod;
}

export interface MicroAdu {
  id: string;
  /** Proponent or opponent. */
  role: MicroRole;
  /** Ids of the EDUs joined into this ADU (via `seg` edges), in text order. */
  edus: string[];
  /** The spans of those EDUs, in text order. */
  spans: Span[];
  /** From the start of the first EDU to the end of the last. */
  start: number;
  end: number;
}

export interface MicroEdge {
  id: string;
  src: string;
  trg: string;
  type: MicroEdgeType;
  /** What `trg` names: an ADU, or another edge (undercuts, linked premises). */
  targetKind: 'adu' | 'edge' | 'edu' | 'unknown';
}

export interface MicrotextDoc {
  id: string;
  topic?: string;
  stance?: string;
  text: string;
  edus: MicroEdu[];
  adus: MicroAdu[];
  edges: MicroEdge[];
  /** Id of the ADU with no outgoing non-`seg` edge; null when there is not exactly one. */
  centralClaim: string | null;
  /** Problems met while reading (unaligned EDUs, unknown types, dangling ids, ...). Empty for a clean document. */
  problems: string[];
  /** The .xml file, when read from disk. */
  path?: string;
}

const EDGE_TYPES = new Set<string>(['seg', 'sup', 'exa', 'reb', 'und', 'add']);

function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Reads one document from the XML graph and the text. */
export function parseMicrotext(xml: string, text: string, fallbackId = ''): MicrotextDoc {
  const root = parseXml(xml);
  if (root.name !== 'arggraph') throw new SyntaxError(`arg-microtexts: expected <arggraph>, found <${root.name}>`);
  const problems: string[] = [];
  const eduEls = children(root, 'edu');
  const aligned = alignPieces(
    text,
    eduEls.map((e) => e.text),
  );
  const edus: MicroEdu[] = eduEls.map((e, i) => {
    const a = aligned[i]!;
    if (a.method === 'missing') problems.push(`EDU ${e.attrs.id} not found in the text`);
    if (a.skipped) problems.push(`text skipped before EDU ${e.attrs.id}: "${a.skipped}"`);
    return { id: e.attrs.id ?? `e${i + 1}`, text: e.text, start: a.start, end: a.end, alignment: a.method };
  });
  const eduById = new Map(edus.map((e) => [e.id, e]));

  const aduIds = new Set<string>();
  const roles = new Map<string, MicroRole>();
  for (const a of children(root, 'adu')) {
    const id = a.attrs.id ?? '';
    const type = a.attrs.type;
    aduIds.add(id);
    if (type === 'pro' || type === 'opp') roles.set(id, type);
    else {
      problems.push(`ADU ${id} has role "${type}"`);
      roles.set(id, 'pro');
    }
  }

  const edgeEls = children(root, 'edge');
  const edgeIds = new Set(edgeEls.map((e) => e.attrs.id ?? ''));
  const edges: MicroEdge[] = [];
  for (const e of edgeEls) {
    const type = e.attrs.type ?? '';
    const id = e.attrs.id ?? '';
    const src = e.attrs.src ?? '';
    const trg = e.attrs.trg ?? '';
    if (!EDGE_TYPES.has(type)) {
      problems.push(`edge ${id} has unknown type "${type}"`);
      continue;
    }
    const targetKind = aduIds.has(trg) ? 'adu' : edgeIds.has(trg) ? 'edge' : eduById.has(trg) ? 'edu' : 'unknown';
    if (targetKind === 'unknown') problems.push(`edge ${id} targets unknown id "${trg}"`);
    edges.push({ id, src, trg, type: type as MicroEdgeType, targetKind });
  }

  const eduOrder = new Map(edus.map((e, i) => [e.id, i]));
  const adus: MicroAdu[] = [...aduIds].map((id) => {
    const segs = edges
      .filter((e) => e.type === 'seg' && e.trg === id && eduById.has(e.src))
      .map((e) => e.src)
      .sort((a, b) => eduOrder.get(a)! - eduOrder.get(b)!);
    const spans = segs.map((s) => {
      const e = eduById.get(s)!;
      return { start: e.start, end: e.end };
    });
    if (segs.length === 0) problems.push(`ADU ${id} has no EDU`);
    const start = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
    const end = spans.length ? Math.max(...spans.map((s) => s.end)) : 0;
    return { id, role: roles.get(id)!, edus: segs, spans, start, end };
  });
  adus.sort((a, b) => a.start - b.start || a.end - b.end);

  const hasOut = new Set(edges.filter((e) => e.type !== 'seg').map((e) => e.src));
  const central = adus.filter((a) => !hasOut.has(a.id));
  if (central.length !== 1) problems.push(`expected one central claim, found ${central.length}`);

  const doc: MicrotextDoc = {
    id: root.attrs.id ?? fallbackId,
    text,
    edus,
    adus,
    edges,
    centralClaim: central.length === 1 ? central[0]!.id : null,
    problems,
  };
  if (root.attrs.topic_id !== undefined) doc.topic = root.attrs.topic_id;
  if (root.attrs.stance !== undefined) doc.stance = root.attrs.stance;
  return doc;
}

/** The ADU an edge finally points at: follows `und`/`add` chains from edge to edge (null if none). */
export function edgeTargetAdu(doc: MicrotextDoc, edge: MicroEdge): string | null {
  const byId = new Map(doc.edges.map((e) => [e.id, e]));
  let cur: MicroEdge | undefined = edge;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    if (cur.targetKind === 'adu') return cur.trg;
    if (cur.targetKind !== 'edge') return null;
    cur = byId.get(cur.trg);
  }
  return null;
}

/** Reads `micro_x.xml` with its `micro_x.txt` (pass either file, or the path without extension). */
export function readMicrotext(path: string): MicrotextDoc {
  const base = path.replace(/\.(xml|txt)$/, '');
  const xml = readFileSync(`${base}.xml`, 'utf8');
  const text = readFileSync(`${base}.txt`, 'utf8').replace(/^\ufeff/, '');
  const doc = parseMicrotext(xml, text, basename(base));
  doc.path = `${base}.xml`;
  return doc;
}

/**
 * The directory holding the `.xml`/`.txt` pairs: `dir` itself, or
 * `dir/corpus/en`, `dir/en` (the corpus repository or its `corpus` folder).
 * Null when none holds any.
 */
export function findMicrotextsDir(dir: string): string | null {
  for (const d of [dir, join(dir, 'corpus', 'en'), join(dir, 'en')]) {
    if (!existsSync(d)) continue;
    try {
      const names = readdirSync(d);
      if (names.some((n) => n.endsWith('.xml') && names.includes(n.replace(/\.xml$/, '.txt')))) return d;
    } catch {
      // not a directory
    }
  }
  return null;
}

/** Reads every document of a directory (see {@link findMicrotextsDir}), sorted by file name. */
export function readMicrotextsDir(dir: string): MicrotextDoc[] {
  const d = findMicrotextsDir(dir);
  if (!d) throw new Error(`arg-microtexts: no .xml/.txt pairs in ${dir}`);
  const names = readdirSync(d);
  return names
    .filter((n) => n.endsWith('.xml') && names.includes(n.replace(/\.xml$/, '.txt')))
    .sort()
    .map((n) => readMicrotext(join(d, n)));
}

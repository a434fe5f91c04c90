/** Builds minimal argmap/1 maps for the evaluation tests, from spans. */
import type { ArgumentMap, Span } from '../../src/model/types.js';

export function mapOf(text: string, sentences: readonly Span[], units: readonly Span[]): ArgumentMap {
  return {
    schema: 'argmap/1',
    offsets: 'utf16',
    text,
    meta: {},
    paragraphs: [{ start: 0, end: text.length }],
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, paragraph: 0 })),
    quotes: [],
    entities: [],
    units: units.map((u, i) => ({ id: `u${i + 1}`, start: u.start, end: u.end, type: 'claim', voice: 'author', sentence: 0 })),
    relations: [],
    mainClaim: null,
    diagnostics: [],
  };
}

/** Sentences by a naive rule: up to ., ! or ? (and a closing quote), trimmed. */
export function naiveSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?]+(?:[.!?]+["'\u201d]?|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

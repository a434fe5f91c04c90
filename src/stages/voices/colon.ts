import leadInsData from '../../../data/lead-ins.json' with { type: 'json' };
import type { Span } from '../../model/types.js';

/**
 * Words attributed by a colon at the start of a line: a transcript turn
 * (`PENCE: Well, look, …`, `WALLACE: Let's start …`) or a headline
 * (`Sanders: Clinton needs to get away from …`). The speaker is a short name
 * before the colon; labels (`Update:`, `Photo:`) are not speakers, and a line
 * with nothing after its colon is a lead-in, not this.
 */

export interface ColonQuote {
  content: Span;
  speaker: { name: string; mention: Span };
  cue: Span;
  /** A transcript turn (the name in capitals): the words are verbatim. */
  verbatim: boolean;
}

const LABELS = new Set((leadInsData as unknown as { labels: string[] }).labels.map((l) => l.toLowerCase()));
const NAME = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:al|bin|de|van|von|of|the)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s*:\s+(?=\S)/u;

const DASH = /^(["“”]?)([\s\S]+?)["”]?\s*[―—–]\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(,[^,]{1,80})?\s*["”]?$/u;

/** The quotation marks group 1 of DASH may open with. */
const OPENING_MARKS = '"“”';
const hasSigningDash = (line: string): boolean => line.includes('―') || line.includes('—') || line.includes('–');

/** `“…” ― Sonya Herridge, Boston`: a quotation (a reader's words, an epigraph) signed with a dash and a name. */
export function dashQuote(view: string, p: Span): ColonQuote | null {
  // the rule needs an opening mark (an empty group 1 is no match) and a dash: most lines are ruled out before the regex
  if (p.end <= p.start || !OPENING_MARKS.includes(view[p.start]!)) return null;
  const line = view.slice(p.start, p.end);
  if (!hasSigningDash(line)) return null;
  const m = DASH.exec(line);
  if (!m || !m[1]) return null;
  const cs = p.start + m[1].length;
  const ce = cs + m[2]!.length;
  if ((m[2]!.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  const nameStart = p.start + line.lastIndexOf(m[3]!, line.length - (m[4]?.length ?? 0));
  const dash = view.lastIndexOf(line.includes('―') ? '―' : line.includes('—') ? '—' : '–', nameStart);
  return { content: { start: cs, end: ce }, speaker: { name: m[3]!, mention: { start: nameStart, end: nameStart + m[3]!.length } }, cue: { start: dash, end: dash + 1 }, verbatim: true };
}

export function colonQuote(view: string, p: Span): ColonQuote | null {
  const line = view.slice(p.start, p.end);
  if (!line.includes(':')) return null; // NAME needs a colon
  // the line may open with a quotation mark (a CSV export wraps paragraphs in them)
  const lead = /^["“]?/.exec(line)![0].length;
  const mm = NAME.exec(line.slice(lead));
  if (!mm) return null;
  const name = mm[1]!;
  // a label, whole or as the head of the name ("Editor’s Note", "Delegate Update", "Paid Notice")
  const label = name.toLowerCase().replace(/’/g, "'");
  if (LABELS.has(label) || LABELS.has(label.slice(label.lastIndexOf(' ') + 1)) || /^(?:\d|[IVX]+$)/.test(name)) return null;
  const nameStart = p.start + lead;
  const colon = view.indexOf(':', nameStart + name.length);
  let cs = colon + 1;
  while (cs < p.end && /\s/.test(view[cs]!)) cs++;
  let ce = p.end;
  while (ce > cs && /\s/.test(view[ce - 1]!)) ce--;
  if (lead > 0 && view[ce - 1] === '"') ce--;
  // a content of at least three words
  if ((view.slice(cs, ce).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  const verbatim = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u.test(name.replace(/[.'’-]/g, ''));
  return { content: { start: cs, end: ce }, speaker: { name, mention: { start: nameStart, end: nameStart + name.length } }, cue: { start: colon, end: colon + 1 }, verbatim };
}

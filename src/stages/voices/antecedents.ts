import type { Span } from '../../model/types.js';
import { lowerBound } from '../../model/span.js';
import { tokenAt } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import { sentenceSubject } from './reported.js';
import type { Speaker } from './speakers.js';

/**
 * Antecedents of pronoun speakers ("he said"): the nearest name before the
 * pronoun that is the named speaker of a quotation or the named subject of a
 * sentence. The answer is the one a sorted list of all those names would give
 * (the last that starts before the pronoun; at the same start a sentence's
 * subject comes after a speaker), but sentence subjects are read only where a
 * pronoun needs them, each at most once: most texts have a few pronoun
 * speakers and many sentences.
 */

export interface Antecedent {
  name: string;
  mention: Span;
}

/** A quotation with its speaker, as the voices stage found it. */
interface Spoken {
  source: { name: string } | null;
  speaker?: Speaker;
}

/** Not yet known (in the memo of the last sentence with a subject). */
const UNKNOWN = -2;

export function antecedentFinder(
  view: string,
  t: Tokens,
  ranges: ReadonlyArray<readonly [number, number]>,
  found: readonly Spoken[],
  inQuote: (pos: number) => boolean,
): (pos: number) => Antecedent | null {
  // the named speakers, by the start of their mention (a stable sort: in the order found at the same start)
  const named: Antecedent[] = [];
  for (const f of found) if (f.speaker && !f.speaker.pronoun && f.speaker.proper && f.source) named.push({ name: f.source.name, mention: f.speaker.mention });
  named.sort((x, y) => x.mention.start - y.mention.start);
  const namedStarts = named.map((c) => c.mention.start);

  // the named subject of each sentence, read when first asked for (undefined: not read yet)
  const subjects: Array<Antecedent | null | undefined> = new Array(ranges.length);
  const subjectOf = (s: number): Antecedent | null => {
    let c = subjects[s];
    if (c === undefined) {
      const [a, b] = ranges[s]!;
      const sp = b >= a ? sentenceSubject(view, t, a, b) : null;
      c = sp && sp.proper && !sp.pronoun && !inQuote(sp.mention.start) ? { name: sp.name, mention: sp.mention } : null;
      subjects[s] = c;
    }
    return c;
  };

  // the last sentence at or before s with a named subject (-1: none), remembered for every sentence walked over
  const withSubject = new Int32Array(ranges.length).fill(UNKNOWN);
  const lastWithSubject = (s: number): number => {
    let k = s;
    while (k >= 0 && withSubject[k] === UNKNOWN && !subjectOf(k)) k--;
    const answer = k < 0 ? -1 : withSubject[k] === UNKNOWN ? k : withSubject[k]!;
    for (let j = s; j >= 0 && j >= k; j--) withSubject[j] = answer;
    return answer;
  };

  // the last sentence that starts before token i
  const sentenceBefore = (i: number): number => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  return (pos) => {
    const k = lowerBound(namedStarts, pos) - 1;
    const speaker = k >= 0 ? named[k]! : null;
    // the subject that starts last before pos: in the sentence pos is in (or the last one before it) if it starts
    // before pos, else in an earlier sentence; those start before this sentence, so they are read only when no
    // speaker found starts in it
    const s = sentenceBefore(tokenAt(t, pos));
    let subject: Antecedent | null = null;
    if (s >= 0) {
      const own = subjectOf(s);
      if (own && own.mention.start < pos) subject = own;
      else if (s > 0 && !(speaker && speaker.mention.start >= t.start[ranges[s]![0]]!)) {
        const e = lastWithSubject(s - 1);
        subject = e >= 0 ? subjectOf(e) : null;
      }
    }
    return subject && (!speaker || subject.mention.start >= speaker.mention.start) ? subject : speaker;
  };
}

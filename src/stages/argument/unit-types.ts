import type { Cue, Unit } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';

/**
 * A first typing of units from the plainest signals: the title line, a
 * question mark, and the discourse marker that opens the unit. The argument
 * stage proper (claims vs evidence, thesis, relations, stance) builds on this.
 */
export const unitTypeStage: Stage = {
  name: 'unit-types',
  requires: ['units', 'sentences', 'paragraphs'],
  provides: ['unit-types'],
  run(doc) {
    const { text, map } = doc;
    for (const u of map.units) {
      const s = map.sentences[u.sentence]!;
      const cues: Cue[] = [];
      if (map.paragraphs[s.paragraph]!.kind === 'title') {
        setType(u, 'title', cues, { start: u.start, end: u.end, cue: 'title line' });
        continue;
      }
      if (u.marker?.relation === 'premise') setType(u, 'premise', cues, { start: u.marker.start, end: u.marker.end, cue: `premise marker "${u.marker.cue}"` });
      else if (u.marker?.relation === 'conclusion') setType(u, 'conclusion', cues, { start: u.marker.start, end: u.marker.end, cue: `conclusion marker "${u.marker.cue}"` });
      const q = lastQuestionMark(text, s.start, s.end);
      if (q >= 0) setType(u, 'question', cues, { start: q, end: q + 1, cue: 'question mark' });
      if (cues.length) u.cues = cues;
    }
  },
};

function setType(u: Unit, type: Unit['type'], cues: Cue[], cue: Cue): void {
  u.type = type;
  cues.push(cue);
  if (type === 'title') u.cues = cues;
}

/** Index of a question mark that ends the sentence (before closing quotes), or -1. */
function lastQuestionMark(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && /["”’»)\]]/.test(text[i]!)) i--;
  return text[i] === '?' ? i : -1;
}

import type { Paragraph, Sentence, Span } from '../../model/types.js';
import { tokenAt } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import { reportingPhraseAt } from '../../resources.js';
import type { Resources } from '../../resources.js';

/**
 * Sentences: wink-nlp's boundaries, cut at paragraph ends, then mended by a
 * few rules, one idea each. Each rule looks at one boundary (the end of the
 * sentence before it and the start of the one after it) and says whether to
 * keep it.
 */

interface Boundary {
  text: string;
  /** The sentence before and after the boundary. */
  prev: Span;
  next: Span;
  /** Last token of prev, first token of next (indexes into tokens). */
  prevLast: number;
  nextFirst: number;
  tokens: Tokens;
  resources: Resources;
}

type MergeRule = (b: Boundary) => boolean;

/** `Ph.|D.`, `Yes.|..and`: no space between them, so no sentence boundary (unless it is plainly `end.Next`). */
const glued: MergeRule = ({ text, prev, next }) => {
  if (next.start > prev.end) return false;
  const a = text.slice(Math.max(prev.start, prev.end - 3), prev.end);
  const b = text.slice(next.start, next.start + 2);
  return !(/[a-z]{2}[.!?]$/.test(a) && /^[A-Z][a-z]/.test(b));
};

/** The token before the boundary, with a trailing period (wink-nlp keeps `Mr.` as one token, but may split `Approx` and `.`). */
function lastWordWithPeriod(b: Boundary): string | null {
  const { tokens, prevLast, text, prev } = b;
  const v = tokens.lower[prevLast]!;
  if (v.length > 1 && v.endsWith('.')) return v;
  if (v === '.' && prevLast > 0 && tokens.end[prevLast - 1] === tokens.start[prevLast] && tokens.start[prevLast - 1]! >= prev.start) {
    // the word and its period as written, e.g. "ph.d" + "."
    return text.slice(tokens.start[prevLast - 1]!, tokens.end[prevLast]!).toLowerCase();
  }
  return null;
}

/** The last piece of `w` after white space (`w.split(/\s/).pop()`); `w` itself when it has none, as nearly every token. */
const lastPiece = (w: string): string => (/\s/.test(w) ? w.split(/\s/).pop()! : w);

/** `Approx.|40`, `Gen.|Petraeus`: abbreviations that never end a sentence. */
const titleOrPrefix: MergeRule = (b) => {
  const w = lastWordWithPeriod(b);
  if (!w) return false;
  const word = lastPiece(w);
  return b.resources.abbreviations.neverFinal.has(word);
};

/** `etc.|and then`, `U.S.|forces`: an abbreviation that may end a sentence, followed by lower case or a number. */
const abbreviationThenLower: MergeRule = (b) => {
  const w = lastWordWithPeriod(b);
  if (!w) return false;
  const word = lastPiece(w);
  if (!b.resources.abbreviations.mayEndSentence.has(word) && !/^(?:[a-z]\.){2,}$/.test(word)) return false;
  return /^[a-z0-9]/.test(b.text.slice(b.next.start, b.next.start + 1));
};

/** `“Is it over?”|asked Bush.`: a quoted question or exclamation followed by its attribution in lower case. */
const quoteThenLowerAttribution: MergeRule = ({ text, prev, next }) => {
  const end = text.slice(Math.max(prev.start, prev.end - 2), prev.end);
  return /[?!,]["”’»']$/.test(end) && /^[a-z]/.test(text.slice(next.start, next.start + 1));
};

/**
 * `“Is it over?”|Bush asked.`, `“We will win!”|Trump told the crowd in Ohio.`: a quoted question or exclamation
 * followed by its attribution, a subject and a verb of direct speech within its first words (an appositive may
 * stand between: `Murphy, the head of the party, tweeted`), no other verb before it.
 */
const quoteThenShortAttribution: MergeRule = ({ text, prev, next, tokens, nextFirst, resources }) => {
  const end = text.slice(Math.max(prev.start, prev.end - 2), prev.end);
  if (!/[?!]["”’»']$/.test(end)) return false;
  let words = 0;
  for (let i = nextFirst; i < tokens.length && tokens.start[i]! < next.end && words <= ATTRIBUTION_WORDS; i++) {
    if (tokens.pos[i] === 'PUNCT') continue;
    words++;
    if (resources.directVerbForms.has(tokens.lower[i]!) || reportingPhraseAt(resources, tokens.lower, i, tokens.length - 1, (p) => p.direct) > 0) return words > 1 || tokens.pos[i] === 'VERB';
    if (tokens.pos[i] === 'VERB' || tokens.pos[i] === 'AUX') return false;
  }
  return false;
};

/** How many words of an attribution may come before its verb ("Murphy, the head of the party, tweeted"). */
const ATTRIBUTION_WORDS = 8;

/** `Sen. David Perdue (R-Ga.)|said he …`: an abbreviation closing a parenthesis, and the sentence goes on in lower case. */
const parentheticalAbbreviation: MergeRule = ({ text, prev, next }) =>
  /\b\p{L}{1,4}\.\)$/u.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end)) && /^[a-z]/.test(text.slice(next.start, next.start + 1));

export const MERGE_RULES: ReadonlyArray<[string, MergeRule]> = [
  ['parenthetical-abbreviation', parentheticalAbbreviation],
  ['glued', glued],
  ['title-or-prefix', titleOrPrefix],
  ['abbreviation-then-lower', abbreviationThenLower],
  ['quote-then-lower-attribution', quoteThenLowerAttribution],
  ['quote-then-short-attribution', quoteThenShortAttribution],
];

/** A token that is a closing quotation mark. */
const CLOSING_MARK_TOKEN = /^(?:["”’»']|'')$/;

/** Extra boundaries wink-nlp misses: after `.”` or `?"` followed by a capitalised word (and the news wires' two
 * apostrophes, `…over.'' A spokesman`, `…over.'' ''Next`). */
const SPLIT_AFTER_CLOSING_QUOTE = /[.!?](?:["”’»]|'{1,2})+(?=\s+(?:["“‘«]|''|``)?[A-Z])/g;

/**
 * Paragraph of each token, as findSpanIndex gives it (the first paragraph
 * ending after the token's start): one forward walk, tokens and paragraphs
 * being in text order.
 */
function tokenParagraphs(tokens: Tokens, paragraphs: readonly Paragraph[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    const pos = tokens.start[i]!;
    while (p < paragraphs.length && paragraphs[p]!.end <= pos) p++;
    out[i] = p;
  }
  return out;
}

export function findSentences(text: string, paragraphs: readonly Paragraph[], tokens: Tokens, resources: Resources): Sentence[] {
  // 1. wink-nlp's sentences as token ranges, cut at paragraph ends
  const raw: Array<{ first: number; last: number; paragraph: number }> = [];
  const paragraphOf = tokenParagraphs(tokens, paragraphs);
  for (const [a, b] of tokens.winkSentences) {
    let first = a;
    for (let i = a; i <= b; i++) {
      const next = i + 1;
      const pi = paragraphOf[i]!;
      const crosses = next > b || paragraphOf[next] !== pi;
      if (crosses) {
        raw.push({ first, last: i, paragraph: pi });
        first = next;
      }
    }
  }
  // 1b. a boundary wink-nlp put inside a closing mark (`over.'|' A spokesman`: the news wires' two apostrophes)
  // moves after it
  for (let k = 0; k + 1 < raw.length; k++) {
    const a = raw[k]!;
    const b = raw[k + 1]!;
    if (a.paragraph !== b.paragraph) continue;
    while (b.first < b.last && tokens.start[b.first] === tokens.end[a.last] && CLOSING_MARK_TOKEN.test(tokens.value[b.first]!) && /[.!?'"”’]$/.test(tokens.value[a.last]!)) {
      a.last = b.first;
      b.first++;
    }
  }
  // 2. boundaries wink-nlp missed after closing quotes
  const split: typeof raw = [];
  for (const s of raw) {
    const start = tokens.start[s.first]!;
    const end = tokens.end[s.last]!;
    const piece = text.slice(start, end);
    let first = s.first;
    SPLIT_AFTER_CLOSING_QUOTE.lastIndex = 0;
    for (let m = SPLIT_AFTER_CLOSING_QUOTE.exec(piece); m; m = SPLIT_AFTER_CLOSING_QUOTE.exec(piece)) {
      const at = tokenAt(tokens, start + m.index + m[0].length);
      if (at > first && at <= s.last) {
        split.push({ first, last: at - 1, paragraph: s.paragraph });
        first = at;
      }
    }
    split.push({ first, last: s.last, paragraph: s.paragraph });
  }
  // 3. merge across boundaries that are not real
  const out: Sentence[] = [];
  let cur = split[0];
  for (let k = 1; k <= split.length; k++) {
    const nxt = split[k];
    if (cur && nxt && nxt.paragraph === cur.paragraph) {
      const b: Boundary = {
        text,
        prev: { start: tokens.start[cur.first]!, end: tokens.end[cur.last]! },
        next: { start: tokens.start[nxt.first]!, end: tokens.end[nxt.last]! },
        prevLast: cur.last,
        nextFirst: nxt.first,
        tokens,
        resources,
      };
      if (MERGE_RULES.some(([, rule]) => rule(b))) {
        cur = { first: cur.first, last: nxt.last, paragraph: cur.paragraph };
        continue;
      }
    }
    if (cur) out.push({ start: tokens.start[cur.first]!, end: tokens.end[cur.last]!, paragraph: cur.paragraph });
    cur = nxt;
  }
  return out;
}

/** Token range [first, last] of each sentence, for later stages. */
export function sentenceTokenRanges(tokens: Tokens, sentences: readonly Span[]): Array<[number, number]> {
  return sentences.map((s) => [tokenAt(tokens, s.start), tokenAt(tokens, s.end) - 1]);
}

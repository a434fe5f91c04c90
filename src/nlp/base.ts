import winkNLP from 'wink-nlp';
import { lowerBound } from '../model/span.js';
import { winkModel as model } from './model.js';

/**
 * The base layer: wink-nlp's tokens, sentence boundaries and part-of-speech
 * tags, with their character offsets into the original text.
 */
export type WinkNlp = ReturnType<typeof winkNLP>;

let shared: WinkNlp | null = null;

/** The wink-nlp pipeline argmap runs (bench/ measures wink-nlp with the same). */
export const WINK_PIPELINE = ['sbd', 'pos'];

/** One wink-nlp instance per process: loading the model is the expensive part. */
export function loadWink(): WinkNlp {
  // sentence boundaries and parts of speech only: nothing reads wink-nlp's negation, sentiment or entities
  if (!shared) shared = winkNLP(model, WINK_PIPELINE);
  return shared;
}

/** Tokens of a text as parallel arrays (compact, cheap to scan). */
export interface Tokens {
  length: number;
  /** UTF-16 start and end of each token in the original text. */
  start: Int32Array;
  end: Int32Array;
  /** Token text as written. */
  value: string[];
  /** Lower-cased token text, curly apostrophes and backquotes straightened (’s -> 's). */
  lower: string[];
  /** Universal POS tag from wink-nlp. */
  pos: string[];
  /**
   * wink-nlp's lexeme id of each token (its.uniqueId), -1 for the pieces of
   * a token split at a line break: tokens with the same id have the same
   * value and lower-case form, so what depends on the form alone can be
   * worked out once per id (valid for the wink-nlp instance that read them).
   */
  lexeme: Int32Array;
  /** Token ranges [first, last] (inclusive) of the sentences wink-nlp found. */
  winkSentences: Array<[number, number]>;
  /** Prefix counts: verbs (VERB, AUX) and words (not punctuation) among tokens [0, i). Range counts in O(1). */
  verbsBefore: Int32Array;
  wordsBefore: Int32Array;
}

/** Number of verbs (VERB, AUX) among tokens [a, b]. */
export const verbCount = (t: Tokens, a: number, b: number): number => (b < a ? 0 : t.verbsBefore[b + 1]! - t.verbsBefore[a]!);
/** Number of words (tokens that are not punctuation or symbols) among tokens [a, b]. */
export const wordCount = (t: Tokens, a: number, b: number): number => (b < a ? 0 : t.wordsBefore[b + 1]! - t.wordsBefore[a]!);

const LINE_BREAK = /[\n\r\u2028\u2029\u0085\v\f]/;

/** [start, end) of the pieces of a token between line breaks and other spaces. */
function splitAtBreaks(v: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const re = /[^\s\u200b\ufeff]+/g;
  for (let m = re.exec(v); m; m = re.exec(v)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The compared form of a token: lower case, straight apostrophes. */
export const lowerForm = (v: string): string => {
  const l = v.toLowerCase();
  return /[’‘`]/.test(l) ? l.replace(/[’‘`]/g, "'") : l;
};

/** True when every character of `v` is printable ASCII (no space, line break or curly apostrophe): the common token, which needs no further check. */
function plainAscii(v: string): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** lowerForm of a printable ASCII token: only the backquote needs straightening. */
function asciiLower(v: string): string {
  const l = v.toLowerCase();
  return l.indexOf('`') >= 0 ? l.replace(/`/g, "'") : l;
}

/** Characters wink-nlp may leave between tokens: white space, zero-width characters and the byte-order mark. */
function isGap(c: number): boolean {
  return c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

const ONLY_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

/** `a`, or a copy of it with room for at least `need` values (doubling). */
function grown(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The first `n` values of `a`, as an array of exactly that length (later stages read `.length`). */
const fitted = (a: Int32Array, n: number): Int32Array => (a.length === n ? a : a.slice(0, n));

/** What tokenize makes of a lexeme: a word as it is (its own lower-case form, or one that differs), layout (space-only), or a word to split at its line breaks. */
const enum Kind {
  Unknown = 0,
  Word = 1,
  CasedWord = 2,
  Layout = 3,
  Breaks = 4,
}

/**
 * What tokenize makes of each wink-nlp lexeme and its lower-case form, by
 * the lexeme's id (its.uniqueId: an index into wink-nlp's vocabulary, kept
 * for the life of the instance), worked out the first time the lexeme is
 * met: later documents read a byte and a string instead of testing the
 * characters again, and share the lower-case strings.
 */
interface Lexemes {
  kind: Uint8Array;
  lower: string[];
}

const lexemesOf = new WeakMap<WinkNlp, Lexemes>();

function lexemes(nlp: WinkNlp): Lexemes {
  let l = lexemesOf.get(nlp);
  if (!l) {
    // room for the model's whole vocabulary (87,593 lexemes in wink-eng-lite-web-model 1.8): the first document needs no grow
    l = { kind: new Uint8Array(1 << 17), lower: new Array<string>(1 << 17).fill('') };
    lexemesOf.set(nlp, l);
  }
  return l;
}

/** Makes room for `size` lexemes (the lower-case forms dense, filled with '': a list with holes would turn into a dictionary). */
function grow(l: Lexemes, size: number): void {
  const kind = new Uint8Array(size);
  kind.set(l.kind);
  l.kind = kind;
  const lower = new Array<string>(size).fill('');
  for (let i = 0; i < l.lower.length; i++) lower[i] = l.lower[i]!;
  l.lower = lower;
}

/** Kind of lexeme `id` (Kind.Unknown until learnt). */
const kindOf = (l: Lexemes, id: number): Kind => (id < l.kind.length ? (l.kind[id] as Kind) : Kind.Unknown);

/** Learns the kind of lexeme `id`, written `v`, and its lower-case form, on first sight. */
function learnLexeme(l: Lexemes, id: number, v: string): Kind {
  const plain = plainAscii(v);
  const low = plain ? asciiLower(v) : lowerForm(v);
  const word = low === v ? Kind.Word : Kind.CasedWord;
  const kind = !plain && ONLY_SPACE.test(v) ? Kind.Layout : plain || !LINE_BREAK.test(v) ? word : Kind.Breaks;
  if (id >= l.kind.length) grow(l, Math.max(id + 1, l.kind.length * 2));
  l.lower[id] = low;
  l.kind[id] = kind;
  return kind;
}

/** text.startsWith(v, at), for 0 <= at: compared in place, no call into the runtime per token. */
function sitsAt(text: string, v: string, at: number): boolean {
  if (at + v.length > text.length) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}

/** Texts are tokenised in pieces of about this many UTF-16 units, cut at paragraph ends: memory stays bounded on huge inputs. */
export const CHUNK = 1 << 16;

interface Piece {
  start: number;
  end: number;
}

/**
 * Tokenises `text` piece by piece (`pieces` are sorted, non-overlapping spans,
 * normally groups of whole paragraphs) and returns every token with its offset.
 */
export function tokenize(nlp: WinkNlp, text: string, pieces: readonly Piece[]): Tokens {
  const its = nlp.its;
  // offsets in typed arrays from the start (grown per piece): no list of numbers to copy at the end
  let start: Int32Array = new Int32Array(0);
  let end: Int32Array = new Int32Array(0);
  let lexeme: Int32Array = new Int32Array(0);
  const value: string[] = [];
  const lower: string[] = [];
  const pos: string[] = [];
  const winkSentences: Array<[number, number]> = [];
  const lex = lexemes(nlp);
  for (const piece of pieces) {
    const slice = text.slice(piece.start, piece.end);
    if (!slice.trim()) continue;
    const doc = nlp.readDoc(slice);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const tags = tokens.out(its.pos) as string[];
    const ids = tokens.out(its.uniqueId) as number[];
    // wink-nlp token index -> index of the first kept token at or after it
    const keptFrom = new Int32Array(values.length + 1);
    start = grown(start, value.length + values.length);
    end = grown(end, value.length + values.length);
    lexeme = grown(lexeme, value.length + values.length);
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      keptFrom[i] = value.length;
      const v = values[i]!;
      const id = ids[i]!;
      let kind = kindOf(lex, id);
      if (kind === Kind.Unknown) kind = learnLexeme(lex, id, v);
      // line breaks ("tabCRLF" tokens) and zero-width or other space-only tokens are layout, not words
      if (kind === Kind.Layout) {
        const at = slice.indexOf(v, cursor);
        if (at >= 0) cursor = at + v.length;
        continue;
      }
      // the token follows the spaces after the previous one; should it ever
      // not sit there (wink-nlp drops some invisible characters), find it
      let at = cursor;
      while (at < slice.length && isGap(slice.charCodeAt(at))) at++;
      if (!sitsAt(slice, v, at)) {
        const found = slice.indexOf(v, cursor);
        at = found >= 0 ? found : cursor;
      }
      const e = Math.min(at + v.length, slice.length);
      // a token never spans a line break (wink-nlp may glue words across U+2028/U+2029)
      if (kind === Kind.Word || kind === Kind.CasedWord) {
        start[value.length] = piece.start + at;
        end[value.length] = piece.start + e;
        lexeme[value.length] = id;
        value.push(v);
        // most words are their own lower-case form: the table is read for the others only
        lower.push(kind === Kind.Word ? v : lex.lower[id]!);
        pos.push(tags[i]!);
      } else {
        const parts = splitAtBreaks(v);
        // a token split in k parts takes k - 1 places more than reserved for the piece
        const need = value.length + parts.length + (values.length - i - 1);
        start = grown(start, need);
        end = grown(end, need);
        lexeme = grown(lexeme, need);
        for (const [a, b] of parts) {
          start[value.length] = piece.start + at + a;
          end[value.length] = piece.start + Math.min(at + b, e);
          lexeme[value.length] = -1;
          value.push(v.slice(a, b));
          lower.push(lowerForm(v.slice(a, b)));
          pos.push(tags[i]!);
          }
      }
      cursor = e;
    }
    keptFrom[values.length] = value.length;
    const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    for (const [a, b] of spans) {
      const first = keptFrom[a]!;
      const last = keptFrom[b + 1]! - 1;
      if (last >= first) winkSentences.push([first, last]);
    }
  }
  const verbsBefore = new Int32Array(value.length + 1);
  const wordsBefore = new Int32Array(value.length + 1);
  for (let i = 0; i < value.length; i++) {
    const p = pos[i]!;
    verbsBefore[i + 1] = verbsBefore[i]! + (p === 'VERB' || p === 'AUX' ? 1 : 0);
    wordsBefore[i + 1] = wordsBefore[i]! + (p === 'PUNCT' || p === 'SYM' ? 0 : 1);
  }
  return {
    length: value.length,
    start: fitted(start, value.length),
    end: fitted(end, value.length),
    value,
    lower,
    pos,
    lexeme: fitted(lexeme, value.length),
    winkSentences,
    verbsBefore,
    wordsBefore,
  };
}

/**
 * The token values of many short phrases (lexicon entries), read in one
 * wink-nlp document, a phrase a line: one readDoc instead of one per phrase
 * (hundreds of them at start-up). wink-nlp tokenises each run of characters
 * between spaces on its own, so a phrase's tokens are the same as when it is
 * read alone; a token preceded by a line break opens the next phrase.
 */
export function tokenizePhrases(nlp: WinkNlp, texts: readonly string[]): string[][] {
  const out: string[][] = texts.map(() => []);
  const lines = texts.map((t) => t.replace(/\s+/g, ' ').trim());
  const doc = nlp.readDoc(lines.join('\n'));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  // phrase k holds the tokens after the k-th line break (empty lines give no token, so count breaks, not tokens)
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    for (const c of spaces[i]!) if (c === '\n') k++;
    const v = values[i]!;
    if (v.includes('\n')) {
      // a line-break token ("tabCRLF") between phrases
      for (const c of v) if (c === '\n') k++;
      continue;
    }
    if (k < out.length) out[k]!.push(v);
  }
  return out;
}

/** Groups consecutive spans (paragraphs) into pieces of at most about CHUNK units. */
export function chunkSpans(spans: readonly Piece[], limit = CHUNK): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | null = null;
  for (const s of spans) {
    if (cur && s.end - cur.start <= limit) cur.end = s.end;
    else {
      if (cur) out.push(cur);
      cur = { start: s.start, end: s.end };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Index of the first token starting at or after `pos` (tokens.length if none). */
export function tokenAt(tokens: Tokens, pos: number): number {
  return lowerBound(tokens.start, pos);
}

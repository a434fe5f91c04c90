import type { Span } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import { isJsSpace, oneOf, startsUpper } from './text.js';

/**
 * Speaker noun phrases around a reporting verb, from wink-nlp's parts of
 * speech: `Maliki`, `Prime Minister Nuri Kamal al-Maliki`, `a spokesman for
 * Mr. Maliki`, `he`, `Hugh Hill, a doctor,` (the name, not the appositive).
 */

export interface Speaker {
  name: string;
  mention: Span;
  /** Token range of the phrase. */
  first: number;
  last: number;
  pronoun: boolean;
  /** The phrase is headed by a proper name (or is a title plus name). */
  proper: boolean;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
/** Subjects that make a report the author's own ("I think", "we believe"). */
export const AUTHOR_PRONOUNS = new Set(['i', 'we', 'you']);
/** The speaker is the author ("I", "we", "you"): the words stay in the author's voice. */
export const byAuthor = (t: Tokens, sp: Speaker): boolean => sp.pronoun && AUTHOR_PRONOUNS.has(t.lower[sp.first]!);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'to']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Links inside a speaker named after the verb ("a spokesman for Mr Maliki", "Ali of the ministry"); not "on Friday", "in a statement". */
const LINKS_AFTER = new Set(['of', 'for', 'at', 'from']);

/** An age ("31") or a party and state ("R-Ky.", "D-N.Y.") set off by commas after a name. */
const AGE_OR_PARTY = /^(?:\d{1,3}|[DRI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)$/;
/** Dashes (the dateline's "WASHINGTON ―"). */
const DASHES = new Set(['―', '—', '–']);
/** Pronouns only a subject takes: nothing before one belongs to its phrase. */
export const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** Relative pronouns, which head no speaker phrase. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

const glued = (t: Tokens, i: number): boolean => t.end[i - 1] === t.start[i];

/** Is token i part of a name-like phrase (including the hyphen and clitic pieces wink-nlp splits off)? */
function npToken(t: Tokens, i: number): boolean {
  const pos = t.pos[i]!;
  // a dash is never part of a name, whatever its tag ("WASHINGTON ―/PROPN Members of …": a dateline before it)
  if (DASHES.has(t.value[i]!)) return false;
  const lower = t.lower[i]!;
  if (pos === 'PRON') return PERSONAL_PRONOUNS.has(lower) || POSSESSIVE_PRONOUNS.has(lower) || lower === 'who';
  if (NP_POS.has(pos)) return true;
  // a word tagged as a verb after a determiner is a noun ("An earlier story/VERB in the paper said")
  if (pos === 'VERB' && (t.pos[i - 1] === 'DET' || (t.pos[i - 2] === 'DET' && (t.pos[i - 1] === 'ADJ' || t.pos[i - 1] === 'ADV')))) return true;
  // (and an adverb between a determiner and such a noun: "An earlier story")
  if (pos === 'ADV' && t.pos[i - 1] === 'DET' && i + 1 < t.length && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'VERB')) return true;
  // a capitalised word inside a sentence is part of a name whatever its tag ("said Don/VERB Fowler")
  if (startsUpper(t.value[i]!) && i > 0 && !oneOf(t.value[i - 1]!, '.!?"“”') && pos !== 'PUNCT') return true;
  if (pos === 'PUNCT' && (t.value[i] === '-' || t.value[i] === '.') && glued(t, i)) return true;
  if (pos === 'PART' && POSSESSIVE.has(t.value[i]!)) return true;
  return false;
}

/** `s.replace(/\s+/g, ' ')`, with the regex run only when there is a space to change (names are mostly single-spaced already). */
function singleSpaced(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isJsSpace(c) && (c !== 0x20 || isJsSpace(s.charCodeAt(k + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** The speaker made of tokens [first, last] (trimmed of edge punctuation and prepositions). */
/** Token i is capitalised where no sentence begins (after a word that is not a sentence's end). */
const midCapital = (t: Tokens, i: number): boolean => startsUpper(t.value[i]!) && i > 0 && !oneOf(t.value[i - 1]!, '.!?"“”:') && t.pos[i - 1] !== 'PUNCT';

export function make(view: string, t: Tokens, first: number, last: number): Speaker | null {
  // trim determiners and adjectives that do not carry the name? keep "a spokesman", but drop a trailing possessive
  while (last >= first && (t.pos[last] === 'PUNCT' || t.pos[last] === 'ADP' || t.pos[last] === 'DET')) last--;
  while (first <= last && (t.pos[first] === 'PUNCT' || t.pos[first] === 'ADP')) first++;
  if (last < first) return null;
  const mention = { start: t.start[first]!, end: t.end[last]! };
  const pronoun = first === last && t.pos[first] === 'PRON';
  // a name: the head word is a proper noun, or capitalised where a sentence does not begin ("Iraq's oil minister" is not)
  let h = last;
  while (h > first && (POSSESSIVE.has(t.value[h]!) || t.pos[h] === 'PUNCT')) h--;
  const proper = t.pos[h] === 'PROPN' || (startsUpper(t.value[h]!) && h > 0 && !oneOf(t.value[h - 1]!, '.!?"“”:') && t.pos[h] !== 'DET' && t.pos[h] !== 'PRON');
  return new Phrase(view, mention, first, last, pronoun, proper);
}

/**
 * A speaker read from the text, its name built when first asked for (most
 * phrases read are rejected as speakers and their names never needed).
 */
class Phrase implements Speaker {
  private text: string | undefined;
  constructor(
    private readonly view: string,
    readonly mention: Span,
    readonly first: number,
    readonly last: number,
    readonly pronoun: boolean,
    readonly proper: boolean,
  ) {}
  get name(): string {
    if (this.text === undefined) this.text = singleSpaced(this.view.slice(this.mention.start, this.mention.end));
    return this.text;
  }
}

/** How many commas stand in tokens [a, b]. */
function commasBetween(t: Tokens, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (t.value[k] === ',') n++;
  return n;
}

/**
 * The noun phrase that ends at token `end` (inclusive), read leftwards:
 * `… said` → subject. Skips an appositive between commas directly before
 * the verb (`Hugh Hill, a doctor, said`) and returns the name before it.
 */
export function phraseBefore(view: string, t: Tokens, end: number, floor: number, appositive = true): Speaker | null {
  let i = end;
  // adverbs between subject and verb: "Maliki later said", "he also said"
  // (a capitalised "adverb" right before the verb, where no sentence begins, is a name: "Rep. David Jolly/ADV said")
  while (i >= floor && (t.pos[i] === 'ADV' || t.pos[i] === 'AUX' || t.pos[i] === 'PART') && !POSSESSIVE.has(t.value[i]!) && !(i === end && t.pos[i] === 'ADV' && midCapital(t, i))) i--;
  // a parenthesis after the name: "Sen. David Perdue (R-Ga.) said"
  if (i >= floor && t.value[i] === ')') {
    let k = i - 1;
    while (k >= floor && k > i - 12 && t.value[k] !== '(') k--;
    if (k >= floor && t.value[k] === '(') i = k - 1;
  }
  // an appositive between commas before the verb: "Hugh Hill, a doctor, said", "Trump, speaking to veterans, said"
  if (i >= floor && t.value[i] === ',') {
    if (!appositive) return null;
    // a long appositive with commas of its own after a name that opens the clause: "Geoff Garin, a pollster who is
    // working with Priorities USA, a super PAC, said" (a description after the comma, not a list of names)
    const lead = floor < i ? phraseAfter(view, t, floor, i - 1) : null;
    if (lead && lead.proper && !lead.pronoun && t.value[lead.last + 1] === ',' && lead.last + 1 < i && commasBetween(t, lead.last + 2, i - 1) >= 1) {
      const d = lead.last + 2;
      if (t.pos[d] === 'DET' || (t.pos[d] === 'ADJ' && !startsUpper(t.value[d]!)) || (t.pos[d] === 'NOUN' && !startsUpper(t.value[d]!))) return lead;
    }
    let k = i - 1;
    // (an abbreviation's full stop is no sentence end: "R-Ky.", "Jr.")
    while (k >= floor && k > i - 30 && t.value[k] !== ',' && (!oneOf(t.value[k]!, '.;:!?"“”') || (t.value[k] === '.' && glued(t, k)))) k--;
    if (k <= floor || t.value[k] !== ',') return null;
    // a relative clause after the appositive: "Murshed Zaheed, political director of CREDO Action, which organized the letter, said"
    if (RELATIVE_PRONOUNS.has(t.lower[k + 1]!) && t.lower[k + 1] !== 'that') return phraseBefore(view, t, k, floor) ?? phraseBefore(view, t, k - 1, floor, false);
    let head = phraseBefore(view, t, k - 1, floor, false);
    // an age or a party and state between commas before it ("Ramil Carr, 31, a photographer, said", "Sen. Rand
    // Paul, R-Ky., told"): the name stands before that
    if (head && t.value[head.first - 1] === ',' && AGE_OR_PARTY.test(head.name)) head = phraseBefore(view, t, head.first - 2, floor, false) ?? head;
    const apposition = k + 1 <= i - 1 && npToken(t, k + 1) ? make(view, t, k + 1, Math.min(i - 1, k + 8)) : null;
    // "Iraq's oil minister, Jabbar al-Khafaji, said": the name in apposition names the speaker
    // (not a description: "the mayor, a Democrat, said")
    if (head && !head.proper && apposition?.proper && apposition.last === i - 1 && t.pos[apposition.first] !== 'DET') return apposition;
    return head ?? apposition;
  }
  const last = i;
  // a subject pronoun is a phrase of its own, whatever stands before it ("in an interview with RT he blasted")
  if (last >= floor && t.pos[last] === 'PRON' && NOMINATIVE.has(t.lower[last]!)) return make(view, t, last, last);
  // (the capitalised word right before the verb is a name whatever its tag, even where the sentence begins: "Cook/VERB said")
  while (i >= floor && (npToken(t, i) || (i === last && (t.pos[i] === 'VERB' || t.pos[i] === 'NOUN' || t.pos[i] === 'ADJ' || (t.pos[i] === 'ADV' && midCapital(t, i))) && startsUpper(t.value[i]!) && !t.lower[i]!.endsWith('ing')) || (LINKS.has(t.lower[i]!) && i > floor && npToken(t, i - 1) && i < last))) {
    i--;
    if (last - i > 8) break;
  }
  const first = i + 1;
  if (first > last) return null;
  // a relative pronoun is not the speaker: "…, who said" -> the phrase before the comma
  if (first === last && RELATIVE_PRONOUNS.has(t.lower[first]!)) {
    let k = first - 1;
    if (k >= floor && t.value[k] === ',') return phraseBefore(view, t, k - 1, floor);
    return null;
  }
  return make(view, t, first, last);
}

/** The noun phrase that starts at token `start`: `said Ali al-Dabbagh, a spokesman` → `Ali al-Dabbagh`. */
export function phraseAfter(view: string, t: Tokens, start: number, ceiling: number): Speaker | null {
  let i = start;
  while (i <= ceiling && (npToken(t, i) || (LINKS_AFTER.has(t.lower[i]!) && i > start && i < ceiling && npToken(t, i + 1)))) {
    i++;
    if (i - start > 8) break;
  }
  return i > start ? make(view, t, start, i - 1) : null;
}

import type { Span } from '../../model/types.js';
import { verbCount, wordCount } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import { reportingPhraseAt } from '../../resources.js';
import type { Resources } from '../../resources.js';
import { matchMarker } from './attribution.js';
import { CHARACTERIZING, firstComma, firstMarked, MARKER, PHRASE, REPORTING, REPORTING_NOUN } from './lexicon.js';
import type { TokenLexicon } from './lexicon.js';
import { endsWithIng, oneOf, startsUpper } from './text.js';
import type { SentenceIndex } from './attribution.js';
import { AUTHOR_PRONOUNS, byAuthor, make, NOMINATIVE, PERSONAL_PRONOUNS, phraseAfter, phraseBefore } from './speakers.js';
import type { Speaker } from './speakers.js';

/**
 * Reported speech: what someone said, wrote, argued or believes, in the
 * author's words. One rule per pattern:
 * - `X said/warned/argued/believes (that) …`: the content follows the verb;
 * - `…, X said.` and `…, said X.`: the content comes first;
 * - `according to X, …` and `…, according to X.`
 * A report whose subject is the author (`I think`, `we believe`) is the
 * author's own voice and is not a quotation.
 */

export interface Reported {
  content: Span;
  /** Null when the text does not name the source ("Asked whether …, Ryan said": the interviewer). */
  speaker: Speaker | null;
  cue: Span;
  rule: string;
  /** The content is one quotation and nothing else: the quotation is the report. */
  quotation?: boolean;
  /** The pieces of a content its attribution interrupts ("The museum, Mr. Obama said, would make …"). */
  parts?: Span[];
}

/** Verb classes whose content is a report of someone's words or views. */
/** Verb classes whose noun-phrase object is what was said or wanted ("urged a recount", "wants to triple …"). */
const OBJECT_CLASSES = new Set(['speech', 'writing', 'argument', 'announcement', 'agreement', 'belief', 'disagreement']);
/** Objects that are times or measures, not content ("said about five minutes", "told a briefing Monday"). */
const TEMPORAL = new Set(['about', 'around', 'during', 'at', 'on', 'in', 'for', 'after', 'before', 'since', 'until', 'ago', 'last', 'this', 'next', 'yesterday', 'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Subordinators that open a fronted clause: what follows its comma is the main clause, not a report's end. */
const FRONTED = new Set(['if', 'since', 'because', 'although', 'though', 'while', 'when', 'unless', 'whereas', 'as', 'once', 'after', 'before', 'until', 'even']);
/** Verb classes that can close a report after its content ("…, officials said", "…, she believes"). */
const INVERTED_CLASSES = new Set(['speech', 'writing', 'argument', 'announcement', 'belief', 'disagreement']);
/** Verb classes of saying proper: a second verb after "and" reports with the sentence's subject ("… and says he voted"). */
const SAYING = new Set(['speech', 'writing', 'announcement', 'argument']);
const QUOTING_CLASSES = new Set(['speech', 'writing', 'argument', 'announcement', 'disagreement', 'agreement', 'question']);
const REPORTING_CLASSES = new Set(['speech', 'writing', 'argument', 'announcement', 'agreement', 'disagreement', 'belief', 'question', 'perception']);
const FINAL = new Set(['.', '!', '?', '…', '...', ':', ';']);
/** What may stand between a reporting verb and its `that`: an object and adjuncts ("told reporters in Baghdad on Tuesday that"). */
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'DET', 'PRON', 'ADJ', 'ADV', 'ADP', 'NUM']);

/** Word lists asked of a token (module constants: an array literal per test is built at every call). */
const RELATIVE_HEADS = new Set(['who', 'which', 'that']);
/** Verb classes by which "it" reports. */
const SPOKEN_BY_IT = new Set(['speech', 'writing', 'announcement']);
/** Auxiliaries before a passive reporting verb ("was told"). */
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);
/** Words that end a verb's complement. */
const COMPLEMENT_ENDS = new Set(['which', 'who', 'because', 'while', 'although']);
/** Words that open a subordinate clause. */
const SUBORDINATE_OPENERS = new Set(['which', 'who', 'as', 'while', 'because', 'since', 'after', 'before', 'when', 'and', 'but']);

/** Prepositions that open an adjunct of the act before a gerund ("by announcing", "without saying"). */
const MANNER_PREPS = new Set(['by', 'without', 'after', 'before']);

/** Verb classes whose object alone is a stance worth reporting, even a pronoun ("backed her", "attacked him"). */
const STANCE_CLASSES = new Set(['agreement', 'disagreement']);
/** Words that open an indirect question after a verb ("wondered whether …", "asked if …"), whatever their tag. */
const INDIRECT_QUESTION = new Set(['whether', 'if']);
/** Prepositions in -ing ("including how …", "according to"): no participle of a clause. */
export const ING_PREPOSITIONS = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'during', 'excluding']);
/** Nouns of a span of time after "for" ("for months", "for years"): no part of a characterization. */
const TIME_WORDS = new Set(['months', 'years', 'weeks', 'days', 'decades', 'hours']);
/** Pronouns that head a subject of their own ("those surveyed say", "many of whom say", "Some said"). */
const QUANTIFIER_HEADS = new Set(['those', 'many', 'some', 'most', 'several', 'others', 'few', 'both', 'all', 'each']);
/** Forms of "say", whose prepositional phrase is a topic or a setting ("said of the plan", "says to cheers"), never the content. */
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);
/** Nouns of a share of people, which take a plural verb ("19 percent support Clinton"). */
const SHARES = new Set(['percent', '%', 'half', 'third', 'majority', 'minority', 'plurality']);

const hasVerb = (t: Tokens, a: number, b: number): boolean => verbCount(t, a, b) > 0;
const words = wordCount;
/** Reported content is cut after this many tokens (long unpunctuated text stays linear). */
const MAX_CONTENT = 150;

const QUOTE_TOKEN = /^["“”'‘’]+$/;

function span(t: Tokens, a: number, b: number, keepFinal = false): Span | null {
  while (a <= b && (t.pos[a] === 'PUNCT' && t.value[a] !== '“' && t.value[a] !== '"')) a++;
  if (!keepFinal) {
    // final punctuation, and a quotation mark left without its partner (a paragraph wrapped in quotes)
    for (;;) {
      if (b >= a && (FINAL.has(t.value[b]!) || t.value[b] === ',')) b--;
      else if (b >= a && QUOTE_TOKEN.test(t.value[b]!) && unbalanced(t, a, b)) b--;
      else break;
    }
  }
  return b >= a ? { start: t.start[a]!, end: t.end[b]! } : null;
}

/** Tokens [a, b] hold an odd number of double quotation marks. */
function unbalanced(t: Tokens, a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i <= b; i++) if (oneOf(t.value[i]!, '"“”')) n++;
  return n % 2 === 1;
}

/** Relative pronouns that open a clause set off by commas inside a noun phrase ("the bomber, who detonated …, had"). */
const RELATIVE = new Set(['who', 'which', 'whose', 'where']);

/**
 * Without "that", the content's own verb comes before any comma ("said the
 * war is lost", not "charged fees, students …"); a relative clause between
 * commas is passed over ("said the bomber, who detonated in the square, had").
 */
function verbBeforeComma(t: Tokens, c: number, hi: number): boolean {
  for (let i = c; i <= hi && i < c + 30; i++) {
    if (t.value[i] === ',') {
      // (an aside between commas: a relative clause, "despite his wealth", "combined with …", "run by the department")
      // (and an adverb alone between commas: "said she, too, wants …")
      if (i > c && t.pos[i + 1] === 'ADV' && t.value[i + 2] === ',') {
        i += 2;
        continue;
      }
      if (i === c || !(RELATIVE.has(t.lower[i + 1]!) || aside(t, i + 1))) return false;
      let k = i + 1;
      while (k <= hi && k < c + 30 && t.value[k] !== ',') k++;
      if (k > hi || k >= c + 30) return false;
      i = k;
      continue;
    }
    // (a gerund after "by", "without", "after" or "before" is an adjunct of the act, and the object ended before it:
    // "published the results by announcing that …")
    if (t.pos[i] === 'VERB' && endsWithIng(t.lower[i]!) && i > c && MANNER_PREPS.has(t.lower[i - 1]!)) return false;
    // (nor is a participle with a clause of its own after a noun: "posted three tweets saying that …")
    if (t.pos[i] === 'VERB' && endsWithIng(t.lower[i]!) && i > c && t.lower[i + 1] === 'that' && (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN')) return false;
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return true;
  }
  return false;
}

/** Tokens from i open an aside: a preposition ("despite his wealth"), or a participle with its preposition ("combined with", "run by"). */
const aside = (t: Tokens, i: number): boolean =>
  (t.pos[i] === 'ADP' && ASIDE_PREPS.has(t.lower[i]!)) || (t.pos[i] === 'VERB' && t.pos[i + 1] === 'ADP' && !endsWithIng(t.lower[i]!) && (t.lower[i]!.endsWith('ed') || t.lower[i + 1] === 'by'));
/** Prepositions that open an aside inside a clause ("said Trump, despite his wealth, is …"). */
const ASIDE_PREPS = new Set(['despite', 'like', 'unlike', 'including', 'along', 'according', 'among', 'in', 'with', 'without', 'for', 'at', 'after', 'as']);

/** Tokens [a, b] are only adverbs, conjunctions and punctuation ("Still,", "And so,"): no content of their own. */
function onlyLinkers(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (t.pos[k] !== 'ADV' && t.pos[k] !== 'CCONJ' && t.pos[k] !== 'PUNCT' && t.pos[k] !== 'INTJ' && t.pos[k] !== 'SCONJ') return false;
  return true;
}

/** Finite forms that continue a report with the same speaker after "and"/"but" ("said X and added that Y"). */
const reportsAgain = (r: Resources, t: Tokens, k: number): boolean => {
  // ("… but did not suggest it would be Trump": auxiliaries, "not" and adverbs before the verb)
  let v = k;
  while (v < k + 3 && (t.pos[v] === 'AUX' || t.pos[v] === 'PART' || t.pos[v] === 'ADV') && !r.directVerbForms.has(t.lower[v]!)) v++;
  const low = t.lower[v]!;
  if (v > k) return t.pos[v] === 'VERB' && !endsWithIng(low) && SAYING.has(r.reportingClass.get(low) ?? '');
  return (t.pos[v] === 'VERB' || t.pos[v] === 'AUX') && !endsWithIng(low) && r.directVerbForms.has(low);
};

/**
 * Where a report's content ends (at most `hi`): before a second report by the
 * same speaker, either a participle after a comma (", adding …", ", telling
 * reporters …") or a verb of saying after "and"/"but" ("said X and said that
 * Y"). Each of those is a report of its own.
 */
function contentEnd(r: Resources, t: Tokens, c: number, hi: number, inFronted = false, relative = false): number {
  let commas = 0;
  for (let k = c + 1; k < hi; k++) {
    // "said the timing was not intentional; they only learned …": a semicolon closes what was said
    if (t.value[k] === ';') return k - 1;
    if (t.value[k] === ',' || t.value[k] === '—') {
      // (the comma may stand inside a closing quotation mark: "…,” claiming")
      // (and the news wires' two apostrophes: "…,'' adding")
      let p = k + 1;
      while (p <= k + 2 && QUOTE_TOKEN.test(t.value[p] ?? '')) p++;
      const next = t.lower[p] ?? '';
      // (where the comma stands inside a closing mark, the content keeps the mark)
      const cut = p > k + 1 ? p - 1 : k - 1;
      if (p <= hi && endsWithIng(next) && r.reportingClass.has(next)) return p - 1;
      // "insisting that Pennsylvania is a must-win, which is a neat trick …": a relative clause after a whole clause is the writer's
      if (p <= hi && t.lower[p] === 'which' && hasVerb(t, c, k - 1)) return cut;
      // "wondered whether the moderators will be fair, engaging in …": a participle of the subject's act ends the content
      if (p <= hi && endsWithIng(next) && !ING_PREPOSITIONS.has(next) && (t.pos[p] === 'VERB' || t.pos[p] === 'ADJ') && hasVerb(t, c, k - 1)) return cut;
      // "Podesta, who said the project was vetted, said he was unaware": in a relative clause between commas, the
      // main clause's verb after the comma
      // (not at the comma that closes an aside: "who suggested that Mr. Jäger, under fire, should resign, left")
      if (relative && commas % 2 === 0 && p <= hi && (t.pos[p] === 'VERB' || t.pos[p] === 'AUX') && !endsWithIng(next) && hasVerb(t, c, k - 1)) return k - 1;
      commas++;
      // "said they will not back Mr. Trump, as has the mayor": others who did the same, in the writer's words
      if (t.lower[p] === 'as' && p + 1 <= hi && STAND_IN_FORMS.has(t.lower[p + 1]!)) return k - 1;
      // "As he said it was great to be home, a man yelled …", "…, but the auditor said …": a new speaker's report after the comma
      const q = t.pos[p] === 'CCONJ' ? p + 1 : p;
      if (q <= hi && anotherReport(r, t, q, hi)) return k - 1;
      // "Clinton says the mails were personal, but for Republicans, it is a smoking gun": the writer's "but" after the report
      // "While those surveyed said X, Trump is …": in a fronted clause, the main clause after the comma
      if (inFronted && SUBJECT_START.has(t.pos[p]!) && verbBeforeComma(t, p, hi) && hasVerb(t, c, k - 1)) return cut;
      if (t.lower[p] === 'but' && p + 1 <= hi && (t.pos[p + 1] === 'ADP' || (SUBJECT_START.has(t.pos[p + 1]!) && verbBeforeComma(t, p + 1, hi)))) return k - 1;
      // "said the warning was telling, and accused Downing Street of …": a second report by the same speaker
      if (q === p + 1 && q <= hi && t.pos[q] === 'VERB' && !endsWithIng(t.lower[q]!) && r.reportingClass.has(t.lower[q]!)) return k - 1;
    } else if ((t.lower[k] === 'and' || t.lower[k] === 'but') && (reportsAgain(r, t, k + 1) || anotherReport(r, t, k + 1, hi))) return k - 1;
    // "72 percent said yes while 48 percent agreed", "…, compared with 64 percent who …": a contrast the writer draws
    if (CONTRAST.has(t.lower[k]!) && t.lower[k - 1] !== 'that' && (t.value[k - 1] === ',' || t.lower[k] === 'while' || t.lower[k] === 'whereas') && ((SUBJECT_START.has(t.pos[k + 1]!) && verbBeforeComma(t, k + 1, hi)) || quantitySays(t, k + 1, hi) || (t.lower[k] === 'compared' && quantityEnd(t, k + 2) >= k + 2))) {
      return t.value[k - 1] === ',' ? k - 2 : k - 1;
    }
  }
  return hi;
}

/** Finite auxiliaries that stand for a predicate already said ("…, as did the mayor", "…, as have other Democrats"). */
const STAND_IN_FORMS = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should']);

/** Words before a fronted "asked" ("When asked whether …,"). */
const ASKED_OPENERS = new Set(['when', 'after', 'if', 'once', 'and', 'but', 'as']);
/** Words that open the question after "Asked" ("Asked whether …", "Asked about …", "Asked to respond …"). */
const QUESTION_OPENERS = new Set(['if', 'whether', 'what', 'who', 'whom', 'which', 'why', 'how', 'when', 'where', 'about', 'to']);

/** Prepositions after a one-word verb that open what was said ("warned of …", "argued against …"), not where or to whom ("reported from Washington", "says to Nevadans"). */
const CONTENT_PREPS = new Set(['of', 'against', 'over']);

/**
 * The token before the verb at i once up to `max` adverbs and "not" (and auxiliaries, with `aux`) are passed over,
 * never below `floor`: "was first reported" → "was", "but did not say" → "but".
 */
function wordBefore(t: Tokens, i: number, floor: number, max: number, aux: boolean): number {
  let b = i - 1;
  while (b > floor && i - b <= max && (t.pos[b] === 'ADV' || t.pos[b] === 'PART' || (aux && t.pos[b] === 'AUX'))) b--;
  return b;
}

/** A form of "be" stands before the verb at i, perhaps with adverbs or "not" between ("was first reported", "is also expected"). */
const passiveBefore = (t: Tokens, i: number, floor: number): boolean => {
  const b = wordBefore(t, i, floor, 3, false);
  return b >= floor && PASSIVE_AUX.has(t.lower[b]!);
};

/** Subordinators wink-nlp tags ADP that open a clause with its own subject. */
const CLAUSE_ADP = new Set(['after', 'before', 'since', 'until', 'because', 'while', 'once', 'though', 'although']);

/** Parts of speech that open a verb's noun-phrase object ("attacked Clinton", "criticized the plan"). */
const OBJECT_START = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/** Particles that make another verb of a reporting one ("backed away from", "called off", "put down"): no content object follows. */
const PARTICLES = new Set(['away', 'off', 'down', 'up', 'out', 'back', 'around', 'forward']);

/** Words after a reporting noun that open its object ("endorsement of Cruz", "criticism against", "proposal to ban"). */
const NOUN_OBJECT = new Set(['of', 'against', 'to']);

/** Punctuation that ends the source named after "according to". */
const CLAUSE_STOP = new Set([',', '.', ';', ':', '!', '?', '—', '–', '(', ')']);

/** Words that open a contrast after a report's content ("while", "whereas", ", compared with"). */
const CONTRAST = new Set(['while', 'whereas', 'compared']);

/** Token k is an opening quotation mark with the quotation's first word after it. */
function opensQuotation(t: Tokens, k: number, inQuote: (i: number) => boolean): boolean {
  return k + 1 < t.length && QUOTE_TOKEN.test(t.value[k]!) && !inQuote(k) && inQuote(k + 1);
}

/**
 * The closing mark of a quotation whose words start at token `a` when the
 * quotation is a whole sentence (its last word is followed by "!", "?" or
 * "." inside the marks) and closes by `hi`; otherwise -1.
 */
function quotedSentenceEnd(t: Tokens, a: number, hi: number, inQuote: (i: number) => boolean): number {
  let e = a;
  while (e + 1 <= hi && inQuote(e + 1)) e++;
  if (e + 1 > hi || !QUOTE_TOKEN.test(t.value[e + 1]!)) return -1;
  const v = t.value[e]!;
  return (v === '!' || v === '?' || v === '.') && startsUpper(t.value[a]!) ? e + 1 : -1;
}

/** A fronted subordinate clause opens at token `lo`, perhaps after a conjunction or an adverb ("So when …", "But if …"). */
const fronted = (t: Tokens, lo: number): boolean =>
  FRONTED.has(t.lower[lo]!) || ((t.pos[lo] === 'CCONJ' || t.pos[lo] === 'ADV') && FRONTED.has(t.lower[lo + 1]!));

/** Tokens from `p` are a short subject (a determiner, a name or a noun first) and a finite reporting verb ("a man yelled", "Trump said"). */
function anotherReport(r: Resources, t: Tokens, p: number, hi: number): boolean {
  const first = t.pos[p];
  // ("…, and he railed against …": a personal pronoun and its verb right after it)
  if (first === 'PRON' && PERSONAL_PRONOUNS.has(t.lower[p]!) && !AUTHOR_PRONOUNS.has(t.lower[p]!)) {
    let k = p + 1;
    while (k <= hi && k <= p + 3 && (t.pos[k] === 'ADV' || t.pos[k] === 'AUX' || t.pos[k] === 'PART')) k++;
    return k <= hi && t.pos[k] === 'VERB' && !endsWithIng(t.lower[k]!) && r.reportingClass.has(t.lower[k]!);
  }
  // (a share of people: "three-quarters said", "about 4 in 10 said", "more than half said")
  const quantity = quantityEnd(t, p);
  if (quantity >= p) {
    // ("…, 39 have said they support Sanders": auxiliaries before the verb)
    let v = quantity + 1;
    while (v <= hi && v <= quantity + 3 && (t.pos[v] === 'AUX' || t.pos[v] === 'PART' || t.pos[v] === 'ADV')) v++;
    return v <= hi && verbLike(t, v) && !endsWithIng(t.lower[v]!) && SAYING.has(r.reportingClass.get(t.lower[v]!) ?? '');
  }
  // (an adjective may open the subject: "…, former President Bill Clinton said", "…, and other GOP leaders said")
  if (first !== 'DET' && first !== 'PROPN' && first !== 'NOUN' && first !== 'ADJ') return false;
  // (auxiliaries and "not" may stand before the verb: "…, but Cook did not say when")
  let aux = false;
  for (let k = p + 1; k <= hi && k <= p + 6; k++) {
    const pos = t.pos[k];
    if (pos === 'VERB') return !endsWithIng(t.lower[k]!) && QUOTING_CLASSES.has(r.reportingClass.get(t.lower[k]!) ?? '');
    if (pos === 'AUX' || pos === 'PART' || (aux && pos === 'ADV')) aux = true;
    else if (aux || (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ')) return false;
  }
  return false;
}

/** A share of people and its verb open at token p ("while about 4 in 10 want/NOUN one …"). */
function quantitySays(t: Tokens, p: number, hi: number): boolean {
  const q = quantityEnd(t, p);
  return q >= p && q + 1 <= hi && verbLike(t, q + 1);
}

/** Words before a number that make it approximate ("about 4 in 10", "more than half"). */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'just', 'only', 'over', 'under']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Fractions written as words ("half", "a third", "three-quarters"). */
const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'plurality']);

/**
 * The last token of a share of people opening at token p ("three-quarters", "about 4 in 10", "more than half",
 * "62 percent", "a majority of Republicans"), or -1: what a poll's respondents are counted as.
 */
function quantityEnd(t: Tokens, p: number): number {
  let k = p;
  if (APPROXIMATORS.has(t.lower[k]!)) k++;
  else if (COMPARATIVES.has(t.lower[k]!) && t.lower[k + 1] === 'than') k += 2;
  if (t.pos[k] === 'DET' && FRACTIONS.has(t.lower[k + 1]!)) k++;
  if (t.pos[k] !== 'NUM' && !FRACTIONS.has(t.lower[k]!)) return -1;
  // "three-quarters", "4 in 10", "62 percent", "half of Republicans"
  while (t.value[k + 1] === '-' && (t.pos[k + 2] === 'NUM' || FRACTIONS.has(t.lower[k + 2]!))) k += 2;
  if (t.lower[k + 1] === 'in' && t.pos[k + 2] === 'NUM') k += 2;
  if (t.lower[k + 1] === 'percent' || t.value[k + 1] === '%') k++;
  if (t.lower[k + 1] === 'of' && (t.pos[k + 2] === 'NOUN' || t.pos[k + 2] === 'PROPN' || t.pos[k + 2] === 'DET' || t.pos[k + 2] === 'ADJ')) {
    k += 2;
    while (t.pos[k + 1] === 'NOUN' || t.pos[k + 1] === 'PROPN' || t.pos[k + 1] === 'ADJ') k++;
  }
  return k;
}

/** Length of the multi-word reporting verb starting at token i ("pointed out"), or 0. */
function phraseAt(r: Resources, t: Tokens, i: number, last: number): number {
  return reportingPhraseAt(r, t.lower, i, last, (p) => REPORTING_CLASSES.has(p.class));
}

/**
 * Tokens [c, open] are an object (perhaps none) and "as" (perhaps "as a") before the opening mark at `open`:
 * "described the test as “…”", "describing as “…”".
 */
function labelled(t: Tokens, c: number, open: number): boolean {
  let k = open - 1;
  if (t.pos[k] === 'DET') k--;
  return k >= c && t.lower[k] === 'as' && !hasVerb(t, c, k - 1);
}

/** The first word of the quotation whose words run through token e (not before `floor`). */
function quotationStart(e: number, floor: number, inQuote: (i: number) => boolean): number {
  while (e > floor && inQuote(e - 1)) e--;
  return e;
}

/** The closing mark (or last word) of the quotation whose words run through token e, at most `hi`. */
function quotationEnd(t: Tokens, e: number, hi: number, inQuote: (i: number) => boolean): number {
  while (e < hi && (inQuote(e + 1) || /^["”’'»]+$/.test(t.value[e + 1]!))) e++;
  return e;
}

/** Words that may stand between two quoted items of one list ("a “bully” and a “narcissist”", "“unstable” or “sick”"). */
const LIST_GLUE = new Set(['DET', 'ADJ', 'ADV', 'CCONJ']);

/**
 * The end of a list of quoted items that goes on after the quotation ending at token e: `called Trump a “liar”
 * who is “amoral,” a “philanderer” and a “bully”` is one report of everything called (PolNeAR annotates the
 * list as one content). Between two items only a comma, a conjunction, a determiner, an adjective or `who is`.
 */
function quotedListEnd(t: Tokens, e: number, hi: number, inQuote: (i: number) => boolean): number {
  for (;;) {
    let k = e + 1;
    // (the comma may stand inside the closing mark: "“unstable,” “sick”")
    let joined = t.value[e - 1] === ',' && QUOTE_TOKEN.test(t.value[e]!);
    let glue = 0;
    while (k <= hi && glue <= 3) {
      const v = t.value[k]!;
      if (v === ',' || t.pos[k] === 'CCONJ') joined = true;
      else if (RELATIVE_HEADS.has(t.lower[k]!) && t.pos[k + 1] === 'AUX') {
        joined = true;
        k++;
      } else if (!LIST_GLUE.has(t.pos[k]!)) break;
      if (v !== ',') glue++;
      k++;
    }
    if (!joined || k > hi || !opensQuotation(t, k, inQuote)) return e;
    e = quotationEnd(t, k + 1, hi, inQuote);
  }
}

/** Index of the last token of the first quotation that starts within tokens [a, b], or -1. */
function quotedWithin(t: Tokens, a: number, b: number, inQuote: (i: number) => boolean): number {
  for (let i = a; i <= b; i++) {
    if (!inQuote(i)) continue;
    let e = i;
    while (e + 1 < t.length && inQuote(e + 1)) e++;
    return e;
  }
  return -1;
}

/** Pronouns that stand only as objects. */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);

/** Quantifiers that float after their noun and stand before a verb ("the officials all said"). */
const FLOATING = new Set(['all', 'both', 'each']);

/** A word tagged as a verb right after a determiner (and perhaps an adjective) is a noun: "An earlier report/VERB in …". */
const afterDeterminer = (t: Tokens, i: number): boolean => {
  const b = t.pos[i - 1] === 'ADJ' || t.pos[i - 1] === 'ADV' ? i - 2 : i - 1;
  return b >= 0 && t.pos[b] === 'DET' && !FLOATING.has(t.lower[b]!);
};

/**
 * Token i is a verb, or a verb form wink-nlp tags as a noun after a number and before a clause
 * ("About 4 in 10 say/NOUN they want …", "Six in 10 say/NOUN he’s …").
 */
function verbLike(t: Tokens, i: number): boolean {
  const p = t.pos[i];
  if (p === 'VERB' || p === 'AUX') return !afterDeterminer(t, i);
  // "Trump is promising/ADJ lower taxes": a progressive the tagger read as an adjective, with its object
  if (p === 'ADJ') return endsWithIng(t.lower[i]!) && progressive(t, i) && OBJECT_START.has(t.pos[i + 1]!);
  if (p !== 'NOUN') return false;
  const before = t.pos[i - 1];
  const next = t.pos[i + 1];
  if (before === 'NUM') return next === 'PRON' || next === 'DET' || t.lower[i + 1] === 'that';
  if (before !== 'NOUN' && before !== 'PROPN') return false;
  // "Most voters support/NOUN Clinton", "three-quarters support/NOUN a ban": a base form after a plural or a share,
  // before its object
  if ((next === 'PROPN' || next === 'DET') && !t.lower[i]!.endsWith('s') && before === 'NOUN' && (t.lower[i - 1]!.endsWith('s') || SHARES.has(t.lower[i - 1]!))) return true;
  // "Viguerie notes/NOUN that Reagan Democrats …", "FEC records show/NOUN he backed …" (not "claims that were false")
  if (t.lower[i + 1] === 'that') return t.pos[i + 2] !== 'VERB' && t.pos[i + 2] !== 'AUX';
  // ("Democrats call/NOUN them “lone wolves”": a noun is never followed by an object pronoun)
  if (next === 'PRON') return PERSONAL_PRONOUNS.has(t.lower[i + 1]!) || OBJECT_PRONOUNS.has(t.lower[i + 1]!);
  // "The candidate plans/NOUN to be back …": a present-tense form before an infinitive
  if (t.lower[i + 1] === 'to' && (t.pos[i + 2] === 'VERB' || t.pos[i + 2] === 'AUX') && t.lower[i]!.endsWith('s')) return true;
  // "The ad slams/NOUN Kasich for …": a present-tense form before a name
  if (next === 'PROPN' && t.lower[i]!.endsWith('s') && before === 'NOUN') return true;
  // "…, the reports show/NOUN.": a short subject after a comma, the verb last
  if (FINAL.has(t.value[i + 1]!)) {
    for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (t.value[k] === ',') return true;
  }
  return false;
}

/** A verb of a reporting class: what `isReportingVerb` asks first, whether a quotation is ahead or not. */
function reportingClassVerb(r: Resources, t: Tokens, i: number): boolean {
  if (!verbLike(t, i)) return false;
  const cls = r.reportingClass.get(t.lower[i]!);
  return cls !== undefined && REPORTING_CLASSES.has(cls);
}

/** A finite reporting verb: not an infinitive (`to tell`), not a bare participle (`declaring`), not a naming verb unless `naming`. */
function isReportingVerb(r: Resources, t: Tokens, i: number, naming = false): boolean {
  if (!verbLike(t, i)) return false;
  const low = t.lower[i]!;
  const cls = r.reportingClass.get(low);
  if (cls === undefined || !REPORTING_CLASSES.has(cls) || (!naming && r.namingForms.has(low)) || r.factiveForms.has(low)) return false;
  // with a quotation ahead, only verbs of saying and naming report its words ("deny the United States any “victory”" does not)
  if (naming && !r.namingForms.has(low) && !QUOTING_CLASSES.has(cls)) return false;
  if (i > 0 && t.lower[i - 1] === 'to') return false;
  // (a participle of naming after its own subject speaks too: "with O’Malley calling Trump a fascist")
  if (endsWithIng(low) && !progressive(t, i) && !(naming && r.namingForms.has(low) && (t.pos[i - 1] === 'PROPN' || t.pos[i - 1] === 'NOUN'))) return false;
  return true;
}

/** The -ing verb at i follows a form of "be", perhaps with adverbs or "not" between ("is also congratulating", "isn’t saying"). */
const progressive = (t: Tokens, i: number): boolean => {
  const b = wordBefore(t, i, 0, 3, false);
  return b >= 0 && BE.has(t.lower[b]!);
};

/** Forms of "be" (a progressive's auxiliary; not "have admitting privileges"): the passive's and their contractions. */
const BE = new Set([...PASSIVE_AUX, 'am', "'s", '’s', "'re", '’re', "'m", '’m']);

/**
 * A verb of naming with an object and what it is called ("O’Malley called Trump a fascist", "call him competent"):
 * a report of the subject's view. Not a name given ("a militia called the Badr Organization"): the object is a
 * pronoun or a name, and a noun phrase or an adjective follows it.
 */
function namesObject(t: Tokens, i: number, hi: number): boolean {
  let k = i + 1;
  if (t.pos[k] === 'PRON') k++;
  else if (t.pos[k] === 'DET' && t.pos[k + 1] === 'NOUN' && (t.lower[k + 2] === 'a' || t.lower[k + 2] === 'an')) return true; // "calling the plan a fraud"
  else {
    while (k <= hi && k - i <= 4 && t.pos[k] === 'PROPN') k++;
    if (k === i + 1 || (t.value[k] === '’s' || t.value[k] === "'s")) return false;
  }
  if (k > hi) return false;
  const low = t.lower[k]!;
  // ("called him divisive and accused him …", "called it dangerous for …")
  return low === 'a' || low === 'an' || (t.pos[k] === 'ADJ' && (k === hi || FINAL.has(t.value[k + 1]!) || t.pos[k + 1] === 'NOUN' || t.value[k + 1] === ',' || t.pos[k + 1] === 'CCONJ' || t.pos[k + 1] === 'ADP'));
}


const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * A plausible subject: headed by a noun, a name or a pronoun; not the object
 * of a preposition or a verb (`over the weekend said`, `of its training`);
 * no pronoun inside a longer phrase (`months we`); not a relative clause head.
 */
export function subjectLike(t: Tokens, sp: Speaker, first: number): boolean {
  let head = false;
  for (let i = sp.first; i <= sp.last; i++) {
    if ((HEAD_POS.has(t.pos[i]!) && !POSSESSIVES.has(t.lower[i]!)) || startsUpper(t.value[i]!)) head = true;
    if (t.pos[i] === 'PRON' && sp.first !== sp.last && !POSSESSIVES.has(t.lower[i]!)) return false;
  }
  if (!head) return false;
  if (RELATIVE_HEADS.has(t.lower[sp.last]!)) return false;
  // (a subject pronoun is a subject wherever it stands: "On September 27 they said")
  if (sp.first === sp.last && NOMINATIVE.has(t.lower[sp.first]!)) return true;
  if (sp.first > first) {
    const before = t.pos[sp.first - 1]!;
    // (a subordinator tagged as a preposition opens a clause: "after Zoe Saldana revealed …"; not "as": "I as an employee find")
    if (before === 'ADP' && CLAUSE_ADP.has(t.lower[sp.first - 1]!)) return true;
    if (before === 'ADP' || before === 'VERB' || before === 'AUX' || before === 'NUM') return false;
  }
  return true;
}

/**
 * Reported speech in one sentence, tokens [first, last]; `inQuote(i)` says
 * whether token i lies in a direct quotation, `lex` holds the lexicon bits of
 * the tokens the lexicon knows (`tokenLexicon`): a report starts only at one of
 * them, so only those are visited.
 */
export function findReported(view: string, t: Tokens, first: number, last: number, r: Resources, inQuote: (i: number) => boolean, lex: TokenLexicon): Reported[] {
  const out: Reported[] = [];
  const { marked, bits } = lex;
  const from = firstMarked(lex, first);
  const doc = inDocument(view, t, first, last, r, lex, inQuote);
  if (doc) out.push(doc);
  // according to X
  // (`resume`: the first token after a report's marker, where the search goes on)
  for (let n = from, resume = first; n < marked.length && marked[n]! <= last; n++) {
    const i = marked[n]!;
    if (i < resume || !(bits[n]! & MARKER) || inQuote(i)) continue;
    const m = matchMarker(t, i, last, r.attributionBefore);
    if (!m) continue;
    let sp = phraseAfter(view, t, i + m, last);
    // (the source runs to the comma or the end whatever its tags: "according to complete but unofficial returns")
    if (m > 1 && (!sp || !CLAUSE_STOP.has(t.value[sp.last + 1] ?? '.'))) {
      let e = i + m;
      while (e <= last && e - (i + m) < 12 && !CLAUSE_STOP.has(t.value[e]!)) e++;
      if (e > i + m && (e > last || CLAUSE_STOP.has(t.value[e]!))) sp = make(view, t, i + m, e - 1) ?? sp;
    }
    if (!sp) continue;
    // "per" and "citing" name a source only when it is named ("per Reuters"; not "per person")
    if (m === 1 && !sp.proper && !r.reportingNouns.has(t.lower[sp.last]!)) continue;
    let content: Span | null = null;
    // "According to X, the war is lost", and after an adjunct: "In addition, according to the department, …"
    if (i === first || (i === first + 1 && t.pos[first] === 'CCONJ') || (t.value[i - 1] === ',' && !hasVerb(t, first, i - 1) && words(t, first, i - 1) < 5)) {
      // "According to X, the war is lost."
      const hi = Math.min(last, i + MAX_CONTENT);
      let c = sp.last + 1;
      while (c <= hi && t.value[c] !== ',') c++;
      if (c < hi && hasVerb(t, c + 1, hi)) content = span(t, c + 1, hi);
    } else if (hasVerb(t, Math.max(first, i - MAX_CONTENT), i - 1) || (t.value[i - 1] === ',' && words(t, Math.max(first, i - MAX_CONTENT), i - 1) >= 5)) {
      // (five words or more before ", according to" are a statement even where the tagger saw no verb: "Sanders
      // trails/NOUN Clinton by 4 points, according to …"; without the comma it may mean "in accordance with")
      content = span(t, Math.max(first, i - MAX_CONTENT), i - 1);
    }
    if (content) out.push({ content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i + m - 1]! }, rule: 'according-to' });
    resume = i + m + 1;
  }
  let lastSubject: Speaker | null = null;
  // (`floor`: where the clauses of later reports may begin, after a fronted question)
  let floor = first;
  // (`resume`: the first token after a noun's content, where the search goes on)
  for (let n = from, resume = first; n < marked.length && marked[n]! <= last; n++) {
    const i = marked[n]!;
    // a word of the reporting lexicon (a noun, a verb, a phrase) opens every report below
    if (i < resume || !(bits[n]! & (REPORTING_NOUN | REPORTING | CHARACTERIZING)) || inQuote(i)) continue;
    // "Trump's claim that …", "the warning by the IAEA that …": a reporting noun with its content
    if ((bits[n]! & REPORTING_NOUN) !== 0 && t.pos[i] === 'NOUN' && t.lower[i + 1] === 'that' && i + 2 <= last) {
      let sp: Speaker | null = null;
      if (i >= first + 2 && possessive(t.value[i - 1]!)) sp = phraseBefore(view, t, i - 2, first);
      const e = complementEnd(r, t, i + 2, Math.min(last, i + MAX_CONTENT), false);
      if (sp && !byAuthor(t, sp) && e >= i + 2 && hasVerb(t, i + 2, e)) {
        const content = span(t, i + 2, e, quotedWithin(t, i + 2, e, inQuote) >= 0);
        if (content) out.push({ content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'noun-that-content' });
        resume = e + 1;
        continue;
      }
    }
    // "Graham's energetic endorsement of Cruz", "Trump's controversial proposal to ban …": a named possessor's
    // reporting noun with its object or infinitive
    if ((bits[n]! & REPORTING_NOUN) !== 0 && t.pos[i] === 'NOUN' && NOUN_OBJECT.has(t.lower[i + 1]!) && i + 2 <= last) {
      let p = i - 1;
      if (t.pos[p] === 'ADJ') p--;
      const sp = p >= first + 1 && possessive(t.value[p]!) ? phraseBefore(view, t, p - 1, first) : null;
      const inf = t.lower[i + 1] === 'to' && t.pos[i + 2] === 'VERB';
      if (sp && sp.proper && (inf || t.lower[i + 1] !== 'to')) {
        const c = inf ? i + 1 : i + 2;
        let e = complementEnd(r, t, c, Math.min(last, i + MAX_CONTENT), true);
        // (the phrase may be the sentence's subject: its object ends before the main verb, "… of Cruz will raise")
        for (let k = inf ? c + 2 : c + 1; k <= e; k++) {
          if (t.pos[k] === 'AUX' || (!inf && t.pos[k] === 'VERB' && !endsWithIng(t.lower[k]!))) {
            e = k - 1;
            break;
          }
        }
        while (e > c && t.pos[e] === 'PUNCT') e--;
        if (e >= c && (hasHead(t, c, e) || t.pos[c] === 'PROPN')) {
          const content = span(t, c, e, quotedWithin(t, c, e, inQuote) >= 0);
          if (content) out.push({ content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'noun-object' });
          resume = e + 1;
          continue;
        }
      }
    }
    // "Asked whether he would run, Ryan said …": the question an unnamed interviewer put (or "Asked by X …")
    // (and a passive: "Cruz has been asked about a loan", "was asked to name …", "when asked how ties would fare")
    const passiveAsked = t.lower[i] === 'asked' && i > first && PASSIVE_AUX.has(t.lower[wordBefore(t, i, first, 3, false)]!);
    if (t.lower[i] === 'asked' && (i === first || ASKED_OPENERS.has(t.lower[i - 1]!) || passiveAsked)) {
      let q = i + 1;
      let by: Speaker | null = null;
      if (t.lower[q] === 'by') {
        by = phraseAfter(view, t, q + 1, last);
        q = by ? by.last + 1 : q;
      }
      while (q <= last && t.pos[q] === 'ADV' && !QUESTION_OPENERS.has(t.lower[q]!)) q++;
      // ("Asked on Monday whether …": a time before the question)
      if (timeAdjunct(r, t, q) && t.pos[q] === 'ADP') {
        let k = q + 1;
        while (k <= last && k <= q + 3 && !QUESTION_OPENERS.has(t.lower[k]!) && t.value[k] !== ',') k++;
        if (QUESTION_OPENERS.has(t.lower[k] ?? '')) q = k;
      }
      // ("was asked a question about …": the question is the content)
      const question = t.pos[q] === 'DET' && /^questions?$/.test(t.lower[q + 1] ?? '') ? q : -1;
      if (QUESTION_OPENERS.has(t.lower[q] ?? '') || question >= 0) {
        // (up to the comma; in a passive, or after "when", up to the end of the sentence if no comma comes)
        let stop = firstComma(lex, q, last);
        if (stop > last && (passiveAsked || t.lower[i - 1] === 'when')) stop = last + (FINAL.has(t.value[last]!) ? 0 : 1);
        const content = stop <= last + 1 ? span(t, t.lower[q] === 'about' || t.lower[q] === 'to' ? q + 1 : q, stop - 1) : null;
        if (content && hasHead(t, q, stop - 1)) {
          out.push({ content, speaker: by, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'asked-question' });
          resume = stop + 1;
          // (the question is no part of the answer's content: "Asked if …, 46 percent said yes")
          if (t.value[stop] === ',') floor = stop + 1;
          continue;
        }
      }
    }
    // "Trump admires Putin as a “strong leader”": a verb characterizing its object with the subject's words
    if (bits[n]! & CHARACTERIZING) {
      const c = characterized(view, t, i, first, last, r, inQuote);
      if (c) {
        out.push(c);
        continue;
      }
    }
    // ", saying (that) …", ", adding …": a participle whose speaker is the subject of the sentence
    // only a word of the reporting lexicon can open a report (one lookup before anything dearer)
    if (!(bits[n]! & REPORTING)) continue;
    // "Bemoaning the “phony system,” Trump accused …": a participle opening the sentence, its object, then the subject
    if (i === first && endsWithIng(t.lower[i]!)) {
      const f = frontedParticiple(view, t, i, last, r, lex);
      if (f) {
        out.push(f);
        lastSubject = f.speaker;
        resume = firstComma(lex, i, last) + 1;
        continue;
      }
    }
    // a multi-word reporting verb: "pointed out", "called for", "went on to say"
    const phrase = t.pos[i] === 'VERB' && (bits[n]! & PHRASE) !== 0 && !(i > 0 && t.lower[i - 1] === 'to') ? phraseAt(r, t, i, last) : 0;
    // (also "…, acknowledging that X but warning that Y", "by saying that": a participle with its "that";
    // and "…,” Ramos said, referring to the Hispanic community": a multi-word one after the comma)
    const participle =
      endsWithIng(t.lower[i]!) &&
      ((afterBreak(t, i) && (r.directVerbForms.has(t.lower[i]!) || phrase > 0 || SAYING.has(r.reportingClass.get(t.lower[i]!) ?? ''))) ||
        // ", accusing spy agencies of …", ", praising the plan": a participle of a stance with its object
        (afterBreak(t, i) && STANCE_CLASSES.has(r.reportingClass.get(t.lower[i]!) ?? '') && OBJECT_START.has(t.pos[i + 1] ?? '')) ||
        (t.lower[i + 1] === 'that' && (t.pos[i - 1] === 'CCONJ' || t.lower[i - 1] === 'by' || t.value[i - 1] === ',' || t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN') && SAYING.has(r.reportingClass.get(t.lower[i]!) ?? '')) ||
        // "responded … by saying his refusal was …", "a series of tweets saying that …"
        (t.lower[i - 1] === 'by' && SAYING.has(r.reportingClass.get(t.lower[i]!) ?? '') && !r.objectlessForms.has(t.lower[i]!)));
    // (most words of the lexicon here are no verb of a reporting class: they go before the quotation is looked for)
    if (!participle && !phrase && !reportingClassVerb(r, t, i)) continue;
    // a quotation within the next words: "called half of his supporters “deplorables”" reports their words
    const quoteAhead = quotedWithin(t, i + 1, Math.min(last, i + 15), inQuote);
    // "A super PAC supporting Marco Rubio’s campaign, Conservative Solutions PAC, led …", "Outside groups backing the
    // governor have spent …": a participle of a stance after its noun, with its object
    if (!participle && !phrase && endsWithIng(t.lower[i]!) && STANCE_CLASSES.has(r.reportingClass.get(t.lower[i]!) ?? '') && (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN') && OBJECT_START.has(t.pos[i + 1] ?? '') && !inQuote(i + 1)) {
      const hi = Math.min(last, i + MAX_CONTENT);
      let e = complementEnd(r, t, i + 1, hi, true);
      // (the noun phrase may be the sentence's subject: the object ends before the main verb)
      for (let k = i + 2; k <= e; k++) {
        if (t.pos[k] === 'AUX' || (t.pos[k] === 'VERB' && !endsWithIng(t.lower[k]!) && t.pos[k - 1] !== 'DET' && t.pos[k - 1] !== 'ADJ')) {
          e = k - 1;
          while (e > i && (t.pos[e] === 'ADV' || t.pos[e] === 'PUNCT')) e--;
          break;
        }
      }
      // (a name between commas after it is the noun's appositive, "A super PAC supporting Rubio, Conservative
      // Solutions PAC, led …"; not a list of names: "supporting Christie, Kasich and Rubio")
      const comma = firstComma(lex, i + 1, e);
      if (comma <= e) {
        let k = comma + 1;
        while (k <= e && t.value[k] !== ',' && t.pos[k] !== 'CCONJ') k++;
        if (k > e || t.value[k] === ',') e = comma - 1;
      }
      let sp = phraseBefore(view, t, i - 1, Math.max(first, i - MAX_CONTENT), false);
      if (sp) {
        // (the noun phrase before the participle, not a prepositional phrase it ends: "ads by a group backing …")
        let f = sp.last;
        while (f > sp.first && !(t.pos[f - 1] === 'ADP' && t.lower[f - 1] !== 'of')) f--;
        if (f > sp.first) sp = make(view, t, f, sp.last);
      }
      const content = e > i && sp && !sp.pronoun && hasHead(t, i + 1, e) ? span(t, i + 1, e) : null;
      if (content && sp) {
        out.push({ content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'noun-participle-object' });
        resume = e + 1;
      }
      continue;
    }
    if (!participle && !phrase && !isReportingVerb(r, t, i, quoteAhead >= 0 || (r.namingForms.has(t.lower[i]!) && namesObject(t, i, last)))) continue;
    // a report inside the content of another is part of it ("Hill said he had heard …")
    if (out.some((o) => t.start[i]! >= o.content.start && t.start[i]! < o.content.end)) continue;
    // a window around the verb: reports in very long unpunctuated sentences stay linear
    const lo = Math.max(floor, i - MAX_CONTENT);
    let hi = Math.min(last, i + MAX_CONTENT);
    // ("Among those who said X, most supported Y": a relative clause in a fronted phrase ends at its comma)
    if (t.lower[i - 1] === 'who' && t.pos[lo] === 'ADP' && !CLAUSE_ADP.has(t.lower[lo]!)) hi = Math.min(hi, firstComma(lex, i, hi) - 1);
    const cue = { start: t.start[i]!, end: t.end[i + Math.max(phrase, 1) - 1]! };
    const after = i + Math.max(phrase, 1); // lo token after the verb
    let end = hi;
    while (end > i && FINAL.has(t.value[end]!)) end--;
    // what follows the verb up to the next comma: adjuncts only ("said Friday afternoon", "said in a statement")?
    const nextComma = firstComma(lex, after, end);
    // (adjuncts only: a time, a place, the person addressed; not an object: "Trump attacked Clinton for her support …, saying")
    const objectAfter = after < nextComma && OBJECT_START.has(t.pos[after]!) && !timeAdjunct(r, t, after) && !r.addresseeForms.has(t.lower[i]!) && !r.objectlessForms.has(t.lower[i]!);
    const noComplement = !phrase && !hasVerb(t, after, nextComma - 1) && t.lower[after] !== 'that' && !objectAfter;
    let sp: Speaker | null = null;
    if (participle) {
      // (the subject of the sentence only for a verb of saying, and not one inside a fronted "If …, " clause)
      const cls0 = r.reportingClass.get(t.lower[i]!);
      sp = lastSubject ?? (cls0 !== undefined && (SAYING.has(cls0) || STANCE_CLASSES.has(cls0)) && !FRONTED.has(t.lower[lo]!) ? sentenceSubject(view, t, lo, i) : null);
    } else if ((t.lower[i - 1] === 'who' || t.lower[i - 1] === 'which') && t.value[i - 2] === ',') {
      sp = phraseBefore(view, t, i - 3, lo); // "…, Mr. Lovas, who said", "The union, which endorsed …"
    } else if (t.lower[i - 1] === 'who' && i - 2 >= lo && QUANTIFIER_HEADS.has(t.lower[i - 2]!)) {
      sp = make(view, t, i - 2, i - 1); // "Among those who said they cared most about …", "others who say"

    } else if ((t.lower[i - 1] === 'who' || t.lower[i - 1] === 'which' || t.lower[i - 1] === 'that') && i - 2 >= lo && (t.pos[i - 2] === 'NOUN' || t.pos[i - 2] === 'PROPN')) {
      // "business leaders who say the law …": the noun phrase before "who", not the prepositional phrase it ends ("a backlash from …")
      // (and "the Police Department which reported …", "a report that said …")
      sp = phraseBefore(view, t, i - 2, lo, false);
      if (sp) {
        let f = sp.last;
        while (f > sp.first && !(t.pos[f - 1] === 'ADP' && t.lower[f - 1] !== 'of')) f--;
        if (f > sp.first) sp = make(view, t, f, sp.last);
      }
    } else if (t.pos[i - 1] === 'CCONJ' || (t.pos[i - 1] === 'AUX' || t.pos[i - 1] === 'ADV' || t.pos[i - 1] === 'PART') && coordinated(t, i, lo)) {
      // "Merrill says … and said …"; "Reid caucused on Saturday and says he voted …"
      // (the subject of the sentence only for a verb of saying, and not one inside a fronted "If …, " clause)
      const cls0 = r.reportingClass.get(t.lower[i]!);
      sp = lastSubject ?? (cls0 !== undefined && SAYING.has(cls0) && !FRONTED.has(t.lower[lo]!) ? sentenceSubject(view, t, lo, i) : null);
    } else {
      const found = phraseBefore(view, t, i - 1, lo);
      // ("with O’Malley calling Trump a fascist": the subject of a participle after "with")
      sp = found && (subjectLike(t, found, lo) || (endsWithIng(t.lower[i]!) && t.lower[found.first - 1] === 'with')) ? found : null;
      // a longer subject the name-phrase reader stops short of: "Seventy-four percent of registered voters say",
      // "An earlier report in a New Hampshire paper said", "A majority of voters looking for an outsider supported Trump"
      const cls1 = r.reportingClass.get(t.lower[i]!);
      if (!sp && !phrase && cls1 !== undefined && (QUOTING_CLASSES.has(cls1) || cls1 === 'belief') && !endsWithIng(t.lower[i]!)) sp = clauseSubject(view, t, lo, i);
    }
    // "The meeting was first reported by Politico": a passive with its agent; the subject is what was reported
    // (a verb of saying, writing or arguing: "attacked by three jihadists", "greeted by flags" report nothing)
    if (sp && !participle && !phrase && t.lower[after] === 'by' && !endsWithIng(t.lower[i]!) && !r.objectlessForms.has(t.lower[i]!) && QUOTING_CLASSES.has(r.reportingClass.get(t.lower[i]!) ?? '')) {
      const by = passiveBefore(t, i, sp.last) ? phraseAfter(view, t, after + 1, hi) : null;
      if (by && !by.pronoun && !sp.pronoun) {
        out.push({ content: sp.mention, speaker: by, cue, rule: 'passive-by-agent' });
        continue;
      }
    }
    if (sp && byAuthor(t, sp)) continue;
    // a time is no speaker: the subject stands before it ("Wells Fargo just this month announced"), or the time
    // ends a longer one ("The latest poll released Friday shows"), or there is none ("last September think")
    if (sp && !sp.pronoun && (timeAdjunct(r, t, sp.first) || timeAdjunct(r, t, sp.last))) {
      const earlier: Speaker | null = sp.first > lo ? phraseBefore(view, t, sp.first - 1, lo) : null;
      sp = earlier && subjectLike(t, earlier, lo) && !timeAdjunct(r, t, earlier.last) ? earlier : clauseSubject(view, t, lo, i);
      if (!sp) continue;
    }
    // "…, the poll found", "A 2009 study found improvements …": what a document finds, it reports
    const finding = !phrase && sp !== null && !sp.pronoun && r.reportingClass.get(t.lower[i]!) === 'perception' && documentSubject(r, t, sp);
    const verbClass = phrase ? 'speech' : finding ? 'argument' : (r.reportingClass.get(t.lower[i]!) ?? 'speech');
    // "it" reports only by speaking or writing ("It said in a statement"), not "it justified …"
    if (sp && sp.pronoun && t.lower[sp.first] === 'it' && !SPOKEN_BY_IT.has(verbClass)) continue;
    // "…, X said." / "…, X said Friday, as …" : the report closes the clause, the content comes lo
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the content goes on after the attribution
    const resumes = t.value[nextComma] === ',' && nextComma < end && hasVerb(t, nextComma + 1, end) && !opensSubordinate(t, nextComma + 1);
    // "Adelson said, “They have got to …”": a quotation after the verb's comma is what was said (the direct
    // quotation's rules attribute it), and the clause before the speaker is no content (but a fronted "when …"
    // clause is: "So when Patriot signaled …, Mr. Barrett said, “we were floored.”")
    // (a quoted sentence of its own, capitalised, is that quotation even after a fronted clause: "Because …, Trump boasted, “That makes me smart.”")
    if (!participle && t.value[nextComma] === ',' && nextComma - after <= 8 && t.lower[nextComma - 1] !== 'that' && opensQuotation(t, nextComma + 1, inQuote) && (!fronted(t, lo) || startsUpper(t.value[nextComma + 2] ?? ''))) continue;
    // (a fronted subordinate clause is not the content: "Since X, games are recognized"; but it is when the
    // content goes on after the attribution: "Even if the venture fails, Mr. Morgan said, he has done …")
    // "Still, he said, officials have to decide …": only an adverb or a conjunction before the attribution, the content after it
    if (sp && !participle && resumes && INVERTED_CLASSES.has(verbClass) && sp.first > lo && t.value[sp.first - 1] === ',' && noComplement && words(t, lo, sp.first - 2) <= 2 && onlyLinkers(t, lo, sp.first - 2) && !fronted(t, lo)) {
      const content = span(t, nextComma + 1, end);
      if (content) out.push({ content, speaker: sp, cue, rule: 'aside-speaker-verb-content' });
      lastSubject = sp;
      continue;
    }
    // "The museum, Mr. Obama said, would make …", "It was, he said, one of the bitterest failures …": the attribution
    // interrupts the content, which is the words before it and after it (its parts)
    const continues = t.value[nextComma] === ',' && nextComma < end && words(t, nextComma + 1, end) >= 2 && !SUBORDINATE_OPENERS.has(t.lower[nextComma + 1]!) && t.pos[nextComma + 1] !== 'CCONJ' && t.pos[nextComma + 1] !== 'VERB' && !inQuote(nextComma + 1);
    if (sp && !participle && continues && !PASSIVE_AUX.has(t.lower[i - 1]!) && INVERTED_CLASSES.has(verbClass) && sp.first > lo + 1 && t.value[sp.first - 1] === ',' && noComplement && !(FRONTED.has(t.lower[lo]!) && firstComma(lex, lo, sp.first - 1) < sp.first - 1)) {
      const before = span(t, lo, sp.first - 2);
      const rest = span(t, nextComma + 1, end);
      if (before && rest) {
        out.push({ content: { start: before.start, end: rest.end }, parts: [before, rest], speaker: sp, cue, rule: 'content-speaker-verb-content' });
        lastSubject = sp;
        continue;
      }
    }
    // (a fronted clause alone before the speaker is no content: "Since X, games are recognized"; with a main clause
    // after it, it is part of the content: "As a woman, Ms. Malik likely raised less suspicion, Mr. Verdery said.")
    const frontedOnly = FRONTED.has(t.lower[lo]!) && firstComma(lex, lo, sp ? sp.first - 1 : i) >= (sp ? sp.first - 1 : i);
    if (sp && !participle && !PASSIVE_AUX.has(t.lower[i - 1]!) && INVERTED_CLASSES.has(verbClass) && (resumes || !frontedOnly) && sp.first > lo && t.value[sp.first - 1] === ',' && noComplement && (hasVerb(t, lo, sp.first - 2) || resumes) && words(t, lo, sp.first - 2) >= 2) {
      const content = resumes ? span(t, lo, end) : span(t, lo, sp.first - 2);
      if (content) out.push({ content, speaker: sp, cue, rule: resumes ? 'content-speaker-verb-content' : 'content-comma-speaker-verb' });
      lastSubject = sp;
      continue;
    }
    // "…, as some Republican leaders say", "… — as many researchers believe —": the clause before "as" is the content
    // (nothing but an adjunct after the verb: not "as Republicans hold their largest majority")
    const as = !participle && !phrase && INVERTED_CLASSES.has(verbClass) && (after > end || BREAKS.has(t.value[after]!) || FINAL.has(t.value[after]!) || t.pos[after] === 'ADP' || t.pos[after] === 'ADV' || timeAdjunct(r, t, after)) ? asClause(t, lo, i) : -1;
    if (as > 0) {
      const by = make(view, t, as + 1, wordBefore(t, i, as, 3, true));
      const content = by && !byAuthor(t, by) ? span(t, lo, as - 2) : null;
      if (content && by) {
        out.push({ content, speaker: by, cue, rule: 'content-as-speaker-verb' });
        lastSubject = by;
        continue;
      }
    }
    // "…, said X." : the verb lo, then the speaker
    // (not a verb of naming: "X, speaking on Monday, called the deal …" names the deal, it does not speak)
    if (!participle && !phrase && i > lo && t.value[i - 1] === ',' && !r.namingForms.has(t.lower[i]!) && hasVerb(t, lo, i - 2) && words(t, lo, i - 2) >= 3) {
      const by = phraseAfter(view, t, i + 1, hi);
      // (not "X, chair of the committee, said Clinton’s response was undercut": a verb after the phrase makes it a subject)
      if (by && (by.proper || (!by.pronoun && by.last >= end - 6)) && !verbBeforeComma(t, by.last + 1, hi)) {
        const content = span(t, lo, i - 2);
        if (content) out.push({ content, speaker: by, cue, rule: 'content-comma-verb-speaker' });
        continue;
      }
    }
    // "X said (that) …": the content follows
    if (!sp) continue;
    lastSubject = sp;
    let c = after;
    // an aside between dashes or brackets after the verb: "said — on Twitter, as it happens — that …"
    if ((t.value[c] === '—' || t.value[c] === '–' || t.value[c] === '(') && c < hi) {
      const close = t.value[c] === '(' ? ')' : t.value[c];
      let k2 = c + 1;
      while (k2 <= hi && k2 - c <= 15 && t.value[k2] !== close) k2++;
      if (k2 < hi && t.value[k2] === close) c = k2 + 1;
    }
    // an object of the verb before the content: "told reporters (that)", "warned the council that"
    let k = c;
    // (a quoted title and commas may stand in them: "tells MSNBC’s “Morning Joe” on Friday that", "says at a stop in Toledo, Ohio, that")
    while (k <= hi && k - c < 16 && t.lower[k] !== 'that' && (OBJECT_POS.has(t.pos[k]!) || POSSESSIVE_MARK.has(t.lower[k]!) || t.value[k] === ',' || (k > c && QUOTE_TOKEN.test(t.value[k]!)) || (t.pos[k] === 'VERB' && t.pos[k - 1] === 'NOUN' && (t.pos[k - 2] === 'DET' || t.pos[k - 2] === 'ADJ')) || (t.pos[k] === 'CCONJ' && k > c && t.pos[k + 1] === 'PROPN') || (k > c && startsUpper(t.value[k]!)))) k++;
    // (not a relative "that" with its verb: "cited a report that said …")
    if (k <= hi && t.lower[k] === 'that' && !(k > c && (t.pos[k + 1] === 'VERB' || t.pos[k + 1] === 'AUX'))) c = k + 1;
    else if (t.lower[c] === 'that') c++;
    else if (t.value[c] === ',' || t.value[c] === ':') continue; // a direct quotation or an aside follows
    else if (!phrase && !participle && verbClass === 'speech' && t.value[nextComma] === ',' && nextComma - after <= 3 && !hasVerb(t, after, nextComma - 1) && !NOMINATIVE.has(t.lower[nextComma - 1]!) && nextComma < end && !inQuote(nextComma + 1) && !opensSubordinate(t, nextComma + 1) && t.lower[i - 1] !== 'who' && t.pos[nextComma + 1] !== 'VERB' && t.pos[nextComma + 1] !== 'AUX' && hasVerb(t, nextComma + 1, end) && words(t, nextComma + 1, end) >= 3) {
      // "Trump told CNN, his policy would be …": a short object, a comma, then the content
      c = nextComma + 1;
    } else if (!phrase && timeAdjunct(r, t, c)) {
      // "said Wednesday she, too, wants …", "said last week the plan …": a time, then a subject and its verb
      for (let k2 = c + 1; k2 <= hi && k2 - c <= 3; k2++) {
        const prev = t.pos[k2 - 1];
        const head = t.pos[k2];
        if ((prev === 'NOUN' || prev === 'PROPN' || prev === 'NUM') && (head === 'DET' || (head === 'PRON' && NOMINATIVE.has(t.lower[k2]!)) || (head === 'PROPN' && prev !== 'PROPN')) && verbBeforeComma(t, k2, hi)) {
          c = k2;
          break;
        }
      }
    }
    if (c > hi || inQuote(c)) continue;
    // "yelled “You lie!” at the president": a whole quoted sentence right after the verb is the report, nothing after it
    if (opensQuotation(t, c, inQuote)) {
      const e = quotedSentenceEnd(t, c + 1, hi, inQuote);
      if (e > 0) {
        const content = span(t, c, e, true);
        if (content) out.push({ content, speaker: sp, cue, rule: 'speaker-verb-quotation', quotation: true });
        continue;
      }
    }
    // a noun phrase with a quotation in it: the content runs to the end of the quotation
    // (not a quoted title in the setting of the act: "said during an interview on CNN’s “State of the Union”")
    // (a clause after it is the content, but not after "as": "described as “unhinged” a tweet attacking …")
    if (quoteAhead >= c && (!hasVerb(t, c, hi) || r.namingForms.has(t.lower[i]!) || labelled(t, c, quotationStart(quoteAhead, c, inQuote) - 1)) && !(c === after && t.pos[c] === 'ADP' && ADJUNCT_PREPS.has(t.lower[c]!))) {
      const e = quotedListEnd(t, quotationEnd(t, quoteAhead, hi, inQuote), hi, inQuote);
      const content = span(t, c, e, true);
      if (content) out.push({ content, speaker: sp, cue, rule: 'speaker-verb-partial-quotation' });
      continue;
    }
    // not a content: a verb right after ("said to be"), a preposition, or "as" ("recognized as sports")
    // "told reporters", "held a rally": the bare object of such a verb is not what was said
    // ("went on national television": a multi-word verb of the list too, by its words)
    const objectless = phrase ? r.objectlessForms.has(t.lower.slice(i, i + phrase).join(' ')) : r.objectlessForms.has(t.lower[i]!);
    // "told reporters the war was lost": after the person addressed, the content
    if (c === after && !phrase && r.addresseeForms.has(t.lower[i]!)) {
      // the shortest object (ending in a noun, a name or a pronoun) after which a clause begins
      // (a hyphenated name is one word, "African-Americans"; a time after the object is skipped, "told voters this weekend he …")
      for (let k2 = c + 1, words2 = 1; k2 <= hi && words2 <= 3; k2++) {
        if (t.value[k2] === '-' && t.end[k2 - 1] === t.start[k2] && t.end[k2] === t.start[k2 + 1]) {
          k2++;
          continue;
        }
        words2++;
        const head = t.pos[k2 - 1];
        if (head !== 'NOUN' && head !== 'PROPN' && head !== 'PRON' && head !== 'DET' && head !== 'ADJ') break;
        if ((head === 'NOUN' || head === 'PROPN' || head === 'PRON') && timeAdjunct(r, t, k2)) {
          let k3 = k2 + 1;
          while (k3 <= hi && k3 - k2 < 3 && (t.pos[k3] === 'NOUN' || t.pos[k3] === 'PROPN' || t.pos[k3] === 'DET')) k3++;
          if (k3 <= hi && (t.pos[k3] === 'PRON' || t.pos[k3] === 'DET' || t.pos[k3] === 'PROPN') && verbBeforeComma(t, k3, hi)) c = k3;
          break;
        }
        if ((head === 'NOUN' || head === 'PROPN' || head === 'PRON') && SUBJECT_START.has(t.pos[k2]!) && verbBeforeComma(t, k2, hi)) {
          c = k2;
          break;
        }
      }
    }
    // "said on Friday he met …", "said in an interview the plan …": a short adjunct, then a subject and its verb
    if (c === after && !phrase && t.pos[c] === 'ADP' && ADJUNCT_PREPS.has(t.lower[c]!)) {
      for (let k2 = c + 2; k2 <= hi && k2 - c <= 6; k2++) {
        const prev = t.pos[k2 - 1];
        if (prev !== 'NOUN' && prev !== 'PROPN' && prev !== 'NUM' && prev !== 'DET' && prev !== 'ADJ') break;
        const head = t.pos[k2];
        if ((prev === 'NOUN' || prev === 'PROPN' || prev === 'NUM') && (head === 'DET' || head === 'PRON' || (head === 'PROPN' && prev !== 'PROPN')) && verbBeforeComma(t, k2, hi)) {
          c = k2;
          break;
        }
      }
    }
    // "said about half of the adjustment reflected …": "about" a number, not a preposition
    const approx = approximately(t, c);
    // (a verb whose object is no content, "held a rally", "holds a lead over …", reports a clause only with "that" or
    // with a subject and its finite verb right after it: "maintained he was innocent")
    const clause =
      hasVerb(t, c, hi) && words(t, c, hi) >= 3 &&
      !(objectless && c === after && !r.addresseeForms.has(t.lower[i]!) && !((t.pos[c] === 'PRON' && NOMINATIVE.has(t.lower[c]!)) || finiteClauseAt(t, c, hi))) &&
      !(c === after && (t.pos[c] === 'VERB' || t.pos[c] === 'AUX' || t.pos[c] === 'PART' || (t.pos[c] === 'ADP' && !approx && !INDIRECT_QUESTION.has(t.lower[c]!)) || t.lower[c] === 'as' || (objectless && r.addresseeForms.has(t.lower[i]!)) || !verbBeforeComma(t, c, hi) || secondPredicate(t, c, hi)));
    if (clause) {
      // (in a fronted clause, "While those surveyed said X, Trump is …", the content ends before the main clause)
      const relative = (t.lower[i - 1] === 'who' || t.lower[i - 1] === 'which') && t.value[i - 2] === ',';
      const content = span(t, c, contentEnd(r, t, c, hi, FRONTED.has(t.lower[lo]!) && lo < i - 1, relative));
      if (content) out.push({ content, speaker: sp, cue, rule: participle ? 'comma-participle-content' : 'speaker-verb-content' });
      continue;
    }
    // what someone wants, plans, backs, calls for, accuses someone of: a noun phrase or an infinitive
    const passive = t.lower[after] === 'by' || (i > lo && PASSIVE_AUX.has(t.lower[i - 1]!) && !endsWithIng(t.lower[i]!));
    const cls = finding ? 'argument' : r.reportingClass.get(t.lower[i]!);
    // (a participle after a comma too: "…,” McCain said, citing low economic growth")
    // ("said of waterboarding", "said to laughs": the topic or the reception, not what was said)
    const sayOf = SAY_FORMS.has(t.lower[i]!) && t.pos[c] === 'ADP';
    if (c === after && !sayOf && (!participle || t.value[i - 1] === ',') && !passive && !objectless && (phrase || (cls !== undefined && OBJECT_CLASSES.has(cls))) && !TEMPORAL.has(t.lower[c]!) && t.lower[c] !== 'as' && !PARTICLES.has(t.lower[c]!) && (phrase > 0 || t.pos[c] !== 'ADP' || CONTENT_PREPS.has(t.lower[c]!) || verbBeforeComma(t, c, hi))) {
      const e = complementEnd(r, t, c, hi, true);
      // (a lone pronoun too, for a verb of backing or attacking: "backed her", "endorsed him")
      // (and a bare infinitive: "declined to comment", "refused to answer")
      if (e >= c && (hasHead(t, c, e) || (e === c + 1 && t.lower[c] === 'to' && t.pos[e] === 'VERB') || (r.namingForms.has(t.lower[i]!) && e > c) || (e === c && STANCE_CLASSES.has(cls ?? '') && (OBJECT_PRONOUNS.has(t.lower[c]!) || t.lower[c] === 'her')))) {
        const closed = closingMark(t, c, e, hi);
        const content = span(t, t.pos[c] === 'ADP' && e > c ? c + 1 : c, closed, closed > e);
        if (content) out.push({ content, speaker: sp, cue, rule: 'speaker-verb-object' });
      }
    }
  }
  return out;
}

/**
 * A reporting participle opening the sentence with its object, a comma, then the sentence's subject and its verb:
 * "Bemoaning the “phony system,” Trump accused Holt …", "Lamenting their luck, Mexicans often say …". The object is
 * the subject's report. Not a bare participle ("Speaking to reporters, …": no content) nor a verb without object.
 */
function frontedParticiple(view: string, t: Tokens, i: number, last: number, r: Resources, lex: TokenLexicon): Reported | null {
  const cls = r.reportingClass.get(t.lower[i]!);
  if (cls === undefined || !OBJECT_CLASSES.has(cls) || r.objectlessForms.has(t.lower[i]!) || r.addresseeForms.has(t.lower[i]!)) return null;
  const comma = firstComma(lex, i + 1, last);
  if (comma > last || comma - i > 12 || comma - i < 2) return null;
  const c = t.lower[i + 1] === 'that' ? i + 2 : i + 1;
  if (t.pos[c] === 'ADP' || t.pos[c] === 'VERB' || t.pos[c] === 'AUX' || t.pos[c] === 'PART') return null;
  // (a quotation closing after the comma ends the object: "Bemoaning the “phony system,” Trump …")
  const closed = QUOTE_TOKEN.test(t.value[comma + 1] ?? '');
  let e = closed ? comma + 1 : comma - 1;
  while (e > c && t.pos[e] === 'PUNCT' && !closed) e--;
  if (!hasHead(t, c, e)) return null;
  const sp = phraseAfter(view, t, closed ? comma + 2 : comma + 1, last);
  if (!sp || sp.last + 1 > last) return null;
  let v = sp.last + 1;
  while (v <= last && (t.pos[v] === 'ADV' || t.pos[v] === 'AUX' || t.pos[v] === 'PART')) v++;
  if (t.pos[v] !== 'VERB' && t.pos[v - 1] !== 'AUX') return null;
  const content = span(t, c, e, closed);
  return content ? { content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'fronted-participle' } : null;
}

/** Words that may stand between a characterizing verb and its "as": the object (a noun phrase, a possessive). */
const CHARACTERIZED_OBJECT = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'SYM', 'ADV', 'PART', 'ADP']);

/**
 * A verb that characterizes its object (`r.characterizingForms`), the object, and "as" or "to" before a quotation:
 * "Trump openly admires Putin as a “strong leader”", "Reid has been pounding Trump as a “con artist”", "likened the
 * rules to “burning the Constitution”". The quoted words are the subject's; the content runs from the object to
 * the end of the quotation (or of a list of them). Not a passive ("was seen as a “bridge”").
 */
function characterized(view: string, t: Tokens, i: number, first: number, last: number, r: Resources, inQuote: (i: number) => boolean): Reported | null {
  const prep = r.characterizingForms.get(t.lower[i]!);
  if (!prep || !verbLike(t, i)) return null;
  const infinitive = t.lower[i - 1] === 'to';
  if (!infinitive && passiveBefore(t, i, first) && !endsWithIng(t.lower[i]!)) return null;
  // the object, then the preposition (not past a verb or a punctuation mark)
  let k = i + 1;
  while (k <= last && k - i <= 10 && t.lower[k] !== prep && CHARACTERIZED_OBJECT.has(t.pos[k]!)) k++;
  if (k > last || t.lower[k] !== prep) return null;
  let open = k + 1;
  if (t.pos[open] === 'DET') open++;
  if (!opensQuotation(t, open, inQuote)) return null;
  // (an infinitive speaks with "for X to portray …", else with the subject of the sentence: "officials started to portray")
  let sp: Speaker | null;
  if (infinitive) {
    let k = i - 2;
    while (k > first && k > i - 8 && CHARACTERIZED_OBJECT.has(t.pos[k]!) && t.lower[k] !== 'for') k--;
    sp = t.lower[k] === 'for' && k + 1 <= i - 2 ? make(view, t, k + 1, i - 2) : sentenceSubject(view, t, first, i - 1);
  } else {
    sp = phraseBefore(view, t, i - 1, first);
    if (sp && !subjectLike(t, sp, first)) sp = null;
  }
  if (!sp || byAuthor(t, sp) || (sp.pronoun && t.lower[sp.first] === 'it')) return null;
  let e = quotedListEnd(t, quotationEnd(t, open + 1, last, inQuote), last, inQuote);
  // (a prepositional phrase after the quotation is part of the characterization: "hailed Trump as “The Comeback
  // Kid” for the business success he was bringing", "likened the refugees to a “vicious snake” in a song about …")
  // (not a time or the setting of the act: "for months", "in his lecture", "in an interview")
  const setting = POSSESSIVES.has(t.lower[e + 2] ?? '') || r.documentNouns.has(t.lower[e + 3] ?? '');
  if (t.pos[e + 1] === 'ADP' && e + 2 <= last && !FINAL.has(t.value[e]!) && !timeAdjunct(r, t, e + 1) && !TIME_WORDS.has(t.lower[e + 2]!) && !setting && !SUBORDINATE_OPENERS.has(t.lower[e + 1]!)) {
    const tail = complementEnd(r, t, e + 1, last, false);
    if (tail > e + 1) e = tail;
  }
  const content = span(t, i + 1, e, true);
  return content ? { content, speaker: sp, cue: { start: t.start[i]!, end: t.end[i]! }, rule: 'characterizing-quotation' } : null;
}

/** Parts of speech of the noun phrase after "In" that names a document. */
const DOCUMENT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * "In an NBC News poll released Monday, 50 percent of respondents chose Clinton": a sentence that opens with "In" and
 * a phrase headed by a document noun (`r.documentNouns`: a poll, a report, an interview), then a comma, reports the
 * clause after it, the phrase being its source (a view the clause reports is part of it: "…, 45 percent backed the
 * levy"). Not when the clause has a verb of saying of its own ("In an interview, Obama said …": that report names
 * its speaker), nor a phrase with a verb before its noun.
 */
function inDocument(view: string, t: Tokens, first: number, last: number, r: Resources, lex: TokenLexicon, inQuote: (i: number) => boolean): Reported | null {
  let a = first;
  if (t.pos[a] === 'CCONJ' || t.pos[a] === 'ADV') a++;
  if (t.lower[a] !== 'in' || inQuote(a)) return null;
  const comma = firstComma(lex, a + 1, Math.min(last, a + 16));
  if (comma >= last || t.value[comma] !== ',') return null;
  // the head of the noun phrase after "In" (its last noun, before a participle, a preposition or the comma) is a
  // document: "In an NBC News/Wall Street Journal poll released Monday", not "In the years between …", "In many of …"
  let k = a + 1;
  let head = -1;
  while (k < comma && (DOCUMENT_PHRASE.has(t.pos[k]!) || POSSESSIVE_MARK.has(t.value[k]!) || t.value[k] === '/' || t.value[k] === '-')) {
    if (t.pos[k] === 'NOUN') head = k;
    k++;
  }
  if (head < 0 || !r.documentNouns.has(t.lower[head]!)) return null;
  for (; k < comma; k++) if (t.pos[k] === 'AUX' || (t.pos[k] === 'VERB' && k === head + 1 && !t.lower[k]!.endsWith('ed'))) return null;
  let e = last;
  while (e > comma && FINAL.has(t.value[e]!)) e--;
  if (!hasVerb(t, comma + 1, e) || words(t, comma + 1, e) < 3) return null;
  // (a share of respondents backing or rejecting something is the poll's finding: "45 percent backed the levy")
  const finding = quantityEnd(t, comma + 1) > comma;
  for (let k = comma + 1; k <= e; k++) if (verbLike(t, k) && (finding ? SAYING : QUOTING_CLASSES).has(r.reportingClass.get(t.lower[k]!) ?? '')) return null;
  const sp = make(view, t, a + 1, comma - 1);
  const content = span(t, comma + 1, e);
  return sp && content ? { content, speaker: sp, cue: { start: t.start[a]!, end: t.end[a]! }, rule: 'in-document' } : null;
}

/**
 * A content [a, e] that ends inside a quotation ends with it: the closing mark, perhaps after the final
 * punctuation it holds ("urged voters to “stay the course.”"); otherwise e.
 */
function closingMark(t: Tokens, a: number, e: number, hi: number): number {
  if (!unbalanced(t, a, e)) return e;
  for (let k = e + 1; k <= hi && k <= e + 2; k++) {
    if (QUOTE_TOKEN.test(t.value[k]!)) return k;
    if (!FINAL.has(t.value[k]!) && t.value[k] !== ',') break;
  }
  return e;
}

/**
 * End of a verb's noun-phrase or infinitive complement starting at `c`: up to
 * a comma before a new clause, a semicolon, or the end of the sentence. An
 * `object` (not a that-clause) also ends before a time adjunct or a second
 * predicate ("endorsed Trump last week and has appeared …").
 */
function complementEnd(r: Resources, t: Tokens, c: number, last: number, object: boolean): number {
  const infinitive = t.lower[c] === 'to' && t.pos[c + 1] === 'VERB';
  let e = c;
  while (e <= last) {
    const v = t.value[e]!;
    if (v === ';' || v === ':' || FINAL.has(v)) break;
    // (the comma may stand inside a closing quotation mark: "“jobs, jobs, jobs,” but he …")
    const nx = v === ',' && QUOTE_TOKEN.test(t.value[e + 1] ?? '') && e + 1 < last ? e + 2 : e + 1;
    if (v === ',' && (e === last || opensSubordinate(t, nx) || t.pos[nx] === 'PRON' || t.pos[nx] === 'VERB' || anotherReport(r, t, nx, last))) break;
    // "If all universities charged tuition fees, fewer students would enrol": a subject and its verb after the comma
    // (not a list of nouns with a modifier in -ing: "growth, unemployment and growing inequality"); "…, but he has …"
    if (v === ',' && SUBJECT_START.has(t.pos[nx]!) && verbBeforeComma(t, nx, last) && !nounList(t, nx, last)) break;
    if (v === ',' && t.pos[nx] === 'CCONJ' && SUBJECT_START.has(t.pos[nx + 1]!) && verbBeforeComma(t, nx + 1, last)) break;
    if ((t.pos[e] === 'SCONJ' || COMPLEMENT_ENDS.has(t.lower[e]!)) && e > c) break;
    // (an object, not a clause, ends before a time adjunct or a second predicate; an infinitive keeps its own
    // adjuncts: "plans to unveil on Monday his second ad", "declined to participate in Thursday's debate")
    if (object && !infinitive && e > c && (timeAdjunct(r, t, e) || (objectAdjunct(t, e) && !hasVerb(t, c, e - 1)))) break;
    // ("opposed the bill when it came to a vote": a clause of time after the object)
    if (object && e > c && t.lower[e] === 'when' && !infinitive) break;
    // (and before a gerund of manner: "published the results by announcing that …")
    if (object && e > c && MANNER_PREPS.has(t.lower[e]!) && t.pos[e + 1] === 'VERB' && endsWithIng(t.lower[e + 1]!)) break;
    // (and before a participle with a clause of its own: "posted three tweets saying that …")
    if (object && e > c && t.pos[e] === 'VERB' && endsWithIng(t.lower[e]!) && t.lower[e + 1] === 'that') break;
    // "endorsed Trump and has appeared at his side": a second predicate ends the object
    if (object && e > c && t.pos[e] === 'CCONJ') {
      let k = e + 1;
      while (k <= last && (t.pos[k] === 'ADV' || t.pos[k] === 'PART')) k++;
      // (in an infinitive, a second bare verb is the infinitive's: "to limit or eliminate the role")
      if ((t.pos[k] === 'VERB' && !modifier(t, k) && !(infinitive && !/(?:s|ed)$/.test(t.lower[k]!))) || t.pos[k] === 'AUX') break;
      // "backed the votes and Peña Nieto wants …": a new clause with its subject
      if (k === e + 1 && clauseAt(t, k, last)) break;
    }
    e++;
  }
  e--;
  while (e >= c && (t.pos[e] === 'PUNCT' || t.pos[e] === 'CCONJ')) e--;
  return e;
}

/** An -ing form before an adjective or a noun modifies it ("growing economic inequality"): no predicate. */
const modifier = (t: Tokens, k: number): boolean => endsWithIng(t.lower[k]!) && (t.pos[k + 1] === 'ADJ' || t.pos[k + 1] === 'NOUN');

/** Tokens from k are a short subject and a finite verb that is no participle ("the plan will fail", "Clinton leads"). */
function finiteClauseAt(t: Tokens, k: number, last: number): boolean {
  for (let j = k; j <= last && j <= k + 6; j++) {
    const pos = t.pos[j];
    if (pos === 'AUX' || (pos === 'VERB' && !endsWithIng(t.lower[j]!) && !t.lower[j]!.endsWith('ed'))) return j > k;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') return false;
  }
  return false;
}

/** A document noun heads the speaker phrase, perhaps before a time ("the poll", "A Quinnipiac University poll this month"). */
function documentSubject(r: Resources, t: Tokens, sp: Speaker): boolean {
  for (let k = sp.first; k <= sp.last; k++) if (t.pos[k] === 'NOUN' && r.documentNouns.has(t.lower[k]!) && (k === sp.last || timeAdjunct(r, t, k + 1))) return true;
  return false;
}

/**
 * The "as" before the subject of the verb at i when they follow a clause and a comma or a dash ("…, as some
 * Republican leaders in the state say"; "… — as many researchers believe —"), or -1.
 */
function asClause(t: Tokens, lo: number, i: number): number {
  for (let k = i - 1; k > lo + 3 && k >= i - 9; k--) {
    if (t.lower[k] === 'as') return BREAKS.has(t.value[k - 1]!) && k + 1 < i && hasVerb(t, lo, k - 2) && words(t, lo, k - 2) >= 3 ? k : -1;
    const pos = t.pos[k];
    if (pos === 'VERB' || pos === 'PUNCT' || pos === 'SCONJ' || (pos === 'PRON' && !NOMINATIVE.has(t.lower[k]!) && t.lower[k] !== 'it')) return -1;
  }
  return -1;
}

/** A comma or a dash: where a clause may break off. */
const BREAKS = new Set([',', '—', '–']);

/** Token i follows a comma or a dash, perhaps with one adverb between: ", saying", " – saying", ", eventually saying". */
function afterBreak(t: Tokens, i: number): boolean {
  const b = t.pos[i - 1] === 'ADV' && !endsWithIng(t.lower[i - 1]!) ? i - 2 : i - 1;
  return BREAKS.has(t.value[b] ?? '');
}

/** Tokens from k are a short subject (a name, a noun phrase, a pronoun) and its finite verb ("Peña Nieto wants", "the vote was"). */
function clauseAt(t: Tokens, k: number, last: number): boolean {
  for (let j = k; j <= last && j <= k + 6; j++) {
    const pos = t.pos[j];
    if (pos === 'AUX' || (pos === 'VERB' && !endsWithIng(t.lower[j]!))) return j > k;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'ADJ' && !(pos === 'PRON' && j === k)) return false;
  }
  return false;
}

/**
 * Tokens from `a` are the rest of a list of noun phrases up to the end or the next comma: nouns, adjectives,
 * determiners, conjunctions, and -ing modifiers ("unemployment and growing economic inequality").
 */
function nounList(t: Tokens, a: number, last: number): boolean {
  for (let k = a; k <= last && t.value[k] !== ','; k++) {
    const pos = t.pos[k]!;
    if (FINAL.has(t.value[k]!)) return true;
    if (pos === 'VERB' ? !modifier(t, k) : !(pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'DET' || pos === 'CCONJ' || pos === 'NUM')) return false;
  }
  return true;
}

/**
 * A time adjunct opens at token e: "last week", "the past month", "earlier this year", "in November", "on Thursday",
 * "since 2012", "in early June", "two weeks ago", "Tuesday", "yesterday". It ends an object ("endorsed Trump last week").
 */
function timeAdjunct(r: Resources, t: Tokens, e: number): boolean {
  const time = r.time;
  const w = t.lower[e]!;
  const next = t.lower[e + 1] ?? '';
  if (time.deictic.has(w) || time.calendar.has(w)) return true;
  if (time.relative.has(w) && (time.nouns.has(next) || time.calendar.has(next) || (time.relative.has(next) && time.nouns.has(t.lower[e + 2] ?? '')))) return true;
  if (w === 'the' && time.relative.has(next) && time.nouns.has(t.lower[e + 2] ?? '')) return true;
  if (t.pos[e] === 'NUM' && time.nouns.has(next) && t.lower[e + 2] === 'ago') return true;
  if (!time.prepositions.has(w)) return false;
  const at = time.edges.has(next) ? e + 2 : e + 1;
  const x = t.lower[at] ?? '';
  return time.calendar.has(x) || /^(1[89]|20)\d\d$/.test(x) || (at === e + 2 && time.nouns.has(x));
}

/** The verb at i follows "and"/"but" with only auxiliaries and adverbs between ("but did note", "and once again did not like"). */
const coordinated = (t: Tokens, i: number, lo: number): boolean => t.pos[wordBefore(t, i, lo, 4, true)] === 'CCONJ';

/**
 * The first verb after `c` is a second predicate of the sentence's subject, joined by "and"/"but"/"or"
 * ("endorsed Trump last week and has appeared at his side"): what stands before it is an object, not a clause.
 */
function secondPredicate(t: Tokens, c: number, hi: number): boolean {
  for (let k = c + 1; k <= hi && k < c + 30; k++) {
    const pos = t.pos[k];
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    return t.pos[wordBefore(t, k, c, Infinity, true)] === 'CCONJ';
  }
  return false;
}

/** Prepositions that open an adjunct of the act, not a part of what was said ("thanked supporters at a rally", "pressed him despite …"). */
const ACT_ADJUNCTS = new Set(['at', 'during', 'despite', 'without', 'amid', 'via']);

/**
 * An adjunct of the reporting act or an aside opens at token e and ends an object: "at a victory rally",
 * "on (the) condition of anonymity", "in order to", "by a 40-point margin", a dash or a bracket.
 */
function objectAdjunct(t: Tokens, e: number): boolean {
  const w = t.lower[e]!;
  if ((ACT_ADJUNCTS.has(w) && t.lower[e + 1] !== 'least') || w === '—' || w === '–' || w === '(') return true;
  const next = t.lower[e + 1] ?? '';
  if (w === 'on' && (next === 'condition' || (next === 'the' && t.lower[e + 2] === 'condition'))) return true;
  if (w === 'in' && next === 'order') return true;
  return w === 'by' && next === 'a' && /margin|vote|percent|point/.test(t.lower[e + 3] ?? '');
}

/** A complement with something to report: a noun, a name, a pronoun or a verb (for an infinitive), and two words unless one is a name. */
function hasHead(t: Tokens, a: number, b: number): boolean {
  let head = false;
  let n = 0;
  for (let i = a; i <= b; i++) {
    if (t.pos[i] !== 'PUNCT') n++;
    if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN' || t.pos[i] === 'VERB' || (t.pos[i] === 'PRON' && i > a)) head = true;
  }
  return head && (n >= 2 || t.pos[a] === 'PROPN');
}

/** "about"/"around" before a number or "half" is an adverb, whatever its tag ("about half of voters", "About 4 in 10"). */
const approximately = (t: Tokens, k: number): boolean =>
  ((t.lower[k] === 'about' || t.lower[k] === 'around') && (t.pos[k + 1] === 'NUM' || t.lower[k + 1] === 'half')) ||
  ((t.lower[k] === 'at' && t.lower[k + 1] === 'least') || (t.lower[k] === 'least' && t.lower[k - 1] === 'at'));

/** Prepositions of a short adjunct between a verb of saying and its content ("said on Friday he …", "told CNN in an interview the …"). */
const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'via', 'through', 'by', 'from', 'over', 'earlier', 'last']);
/** Parts of speech that open a clause's subject ("the war", "they", "Maliki"). */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** A possessive ending as wink-nlp splits it off ("Trump|'s claim", "voters|' views"). */
export const possessive = (v: string): boolean => /^['’]s?$/.test(v);
/** Possessive endings and apostrophes that may stand in an object or adjunct ("during Saturday's debate", "in ‘08"). */
const POSSESSIVE_MARK = new Set(["'s", "'", '‘', '’']);
/** Words that open a clause: a subject never reaches back across them. */
const CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'whom', 'whose', 'where', 'when', 'if', 'because', 'while', 'although', 'as']);
/** Punctuation that ends the clause before a subject. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', '"', '“', '”']);
/** The longest subject: a noun phrase of up to this many tokens. */
const MAX_SUBJECT = 16;

/**
 * The whole noun phrase before the verb at token `i`, back to the start of
 * its clause (the sentence start or a comma): "Seventy-four percent of
 * Democratic registered voters", "A person familiar with the planning for
 * Thursday's meeting". No verb in it (a participle before a noun is an
 * adjective: "registered voters"), no subordinator, headed by a noun, a name
 * or a number ("half").
 */
function clauseSubject(view: string, t: Tokens, lo: number, i: number): Speaker | null {
  let end = i - 1;
  // an aside between dashes or brackets before the verb: "Many speakers — including Muslims, Jews — said"
  const close = t.value[end];
  if (close === '—' || close === '–' || close === ')') {
    const open = close === ')' ? '(' : close;
    let k = end - 1;
    while (k >= lo && end - k <= 2 * MAX_SUBJECT && t.value[k] !== open) k--;
    if (k < lo || t.value[k] !== open) return null;
    end = k - 1;
  }
  // a relative clause after the subject: "Current and former officials who spoke with The Huffington Post said"
  let relative = -1;
  let sawVerb = false;
  let opener = false;
  let b = end;
  while (b >= lo && end - b < 2 * MAX_SUBJECT && !CLAUSE_PUNCT.has(t.value[b]!)) {
    const low = t.lower[b]!;
    if (relative < 0 && (low === 'who' || low === 'that') && b < end) {
      relative = b;
      b--;
      continue;
    }
    const p = t.pos[b]!;
    // "many of whom say": a quantifier of a relative pronoun after a comma is the subject
    if ((low === 'whom' || low === 'which') && b === end - 0 && t.lower[b - 1] === 'of' && QUANTIFIER_HEADS.has(t.lower[b - 2] ?? '') && (b - 2 === lo || CLAUSE_PUNCT.has(t.value[b - 3] ?? ','))) return make(view, t, b - 2, b);
    // "While those surveyed said …": a subordinator opening the sentence bounds the subject
    if (FRONTED.has(low) && b > end - MAX_SUBJECT && (b === lo || CLAUSE_PUNCT.has(t.value[b - 1]!)) && b < end) {
      opener = true;
      break;
    }
    if (p === 'SCONJ' || (p === 'CCONJ' && relative < 0 && sawVerb) || CLAUSE_OPENERS.has(low)) return null;
    const adjectival =
      ((low.endsWith('ed') || endsWithIng(low)) && b + 1 <= end && (t.pos[b + 1] === 'NOUN' || t.pos[b + 1] === 'PROPN' || t.pos[b + 1] === 'ADJ')) ||
      // a participle after its noun: "Democrats in five states going to the polls Tuesday say", "students polled say"
      ((endsWithIng(low) || (low.endsWith('ed') && b === end)) && b > lo && (t.pos[b - 1] === 'NOUN' || t.pos[b - 1] === 'PROPN' || QUANTIFIER_HEADS.has(t.lower[b - 1]!)));
    // a relative clause without "that": "all the experts I interviewed said"
    if (relative < 0 && p === 'VERB' && b === end && b - 2 >= lo && NOMINATIVE.has(t.lower[b - 1]!) && t.pos[b - 2] === 'NOUN') {
      relative = b - 1;
      b -= 2;
      continue;
    }
    // verbs may stand only in the relative clause (read first, right to left)
    if ((p === 'VERB' || p === 'AUX') && !adjectival) {
      if (relative >= 0) return null;
      sawVerb = true;
    }
    b--;
  }
  if ((b >= lo && !opener && !CLAUSE_PUNCT.has(t.value[b]!)) || (sawVerb && relative < 0)) return null;
  if (relative >= 0) end = relative - 1;
  if (end - b > MAX_SUBJECT) return null;
  let first = b + 1;
  // (and a conjunction opening the sentence: "But few believe …")
  while (first < i && (t.pos[first] === 'ADV' || t.pos[first] === 'PUNCT' || (first === b + 1 && t.pos[first] === 'CCONJ') || approximately(t, first))) first++;
  // a quantifier or demonstrative heads it: "those surveyed", "Those close to him", "many of whom", "Most"
  if (first <= end && QUANTIFIER_HEADS.has(t.lower[first]!) && (first === end || t.pos[first + 1] !== 'NOUN')) return make(view, t, first, end);
  let last = end;
  // (a participle after the head is no head: "students polled")
  while (last > first && (t.pos[last] === 'ADV' || t.pos[last] === 'PUNCT' || (t.pos[last] === 'VERB' && t.lower[last]!.endsWith('ed')))) last--;
  if (last - first < 1 || t.pos[first] === 'ADP' || t.pos[first] === 'PRON') return null;
  const head = t.pos[last];
  if (head !== 'NOUN' && head !== 'PROPN' && head !== 'NUM' && !(head === 'ADJ' && t.lower[last] === 'half')) return null;
  return make(view, t, first, last);
}

/** The subject of the sentence: the noun phrase before its first verb. */
export function sentenceSubject(view: string, t: Tokens, first: number, before: number): Speaker | null {
  for (let v = first; v < before; v++) {
    if (t.pos[v] === 'VERB' || t.pos[v] === 'AUX') {
      const sp = phraseBefore(view, t, v - 1, first);
      return sp && subjectLike(t, sp, first) ? sp : null;
    }
  }
  return null;
}

/** Tokens from `i` open a subordinate clause ("as they bristled …", "because …", "which …"). */
function opensSubordinate(t: Tokens, i: number): boolean {
  return t.pos[i] === 'SCONJ' || t.pos[i] === 'ADP' || SUBORDINATE_OPENERS.has(t.lower[i]!);
}

export type { SentenceIndex };

import type { Cue, Entity, Quote, QuoteSource, Span } from '../../model/types.js';
import { findSpanIndex, lowerBound, overlap } from '../../model/span.js';
import { CODES, diagnostic } from '../../model/diagnostics.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenAt, verbCount } from '../../nlp/base.js';
import type { Tokens } from '../../nlp/base.js';
import type { MarkupQuote } from '../markup/index.js';
import { attribute, colonLeadIn, indexSentences, isQuoteMark, sentenceOf } from './attribution.js';
import { findBlocks, leadInAt } from './blocks.js';
import type { BlockInput } from './blocks.js';
import { findQuoted } from './quotemarks.js';
import type { Quoted } from './quotemarks.js';
import { colonQuote, dashQuote } from './colon.js';
import { headlineReport } from './headline.js';
import { findReported, ING_PREPOSITIONS } from './reported.js';
import { antecedentFinder } from './antecedents.js';
import { frameOf } from './frames.js';
import { atMostWords, JOINED_WORD } from './text.js';
import { tokenLexicon } from './lexicon.js';
import { mixedStart } from './mixed.js';
import type { Speaker } from './speakers.js';

/**
 * Voices: every quotation and its source (block quotations after a lead-in,
 * quotations in markup, direct quotations in quotation marks, reported
 * speech, scare quotes), and for every unit whose voice it is.
 */

/** A quotation before ids are given, with what resolution needs. */
interface Found extends Span {
  kind: Quote['kind'];
  source: QuoteSource | null;
  cue?: Span;
  /** Speaker phrase, for pronoun resolution. */
  speaker?: Speaker;
  /** How it was found (kept in the output as `rule`). */
  rule: string;
  /** The cue that ended a block quotation. */
  endCue?: Cue;
  /** For a pronoun speaker, the mention of the named speaker it refers to. */
  antecedent?: Span;
  /** The pieces of a quotation interrupted by its attribution. */
  parts?: Span[];
}

/** A word after "and" that makes it join a clause, not two nouns: a pronoun, an adverb of sequence, a past form. */
const CLAUSE_AFTER_AND = /^(he|she|they|it|then|also|later|is|was|are|were|has|had|will|would|\w+ed|said|says)$/i;
/** The first part of an interrupted quotation ends with a punctuation mark inside its closing mark ("…,” he said,
 * “…"); a quoted phrase run into the sentence ("an agreement “down the line” he warned: “…”") is no first part. */
const PART_END = /[,.!?…—–:;-]/;
/** A word in -ing after a comma with at least two words after it (a participle with its complement, not a bare one:
 * "she said, clapping. “…"); prepositions in -ing (`ING_PREPOSITIONS`: "during", "including") are told apart by the caller. */
const ING_AFTER_COMMA = /,\s*([A-Za-z]+ing)\b(?:\s+[^\s]+){2,}/gi;
/** Entity types that name places. */
const PLACE_TYPES = new Set(['country', 'city', 'place']);
/** How long the adjunct after an interrupting attribution may be, in characters ("said in a statement obtained by …"). */
const ADJUNCT_CHARS = 160;
/** Quotations of at most this many words, with no speaker, are scare quotes (`the “rogue” JAM`). */
const SCARE_WORDS = 4;
const RESOLVABLE = new Set(['he', 'she', 'they']);


function sourceOf(view: string, sp: Speaker): QuoteSource;
function sourceOf(view: string, sp: Speaker | null): QuoteSource | null;
function sourceOf(view: string, sp: Speaker | null): QuoteSource | null {
  return sp ? { name: sp.name, mention: { start: sp.mention.start, end: sp.mention.end } } : null;
}

/**
 * The words between an interrupting attribution and the quotation's next part are an adjunct ("said on Friday,
 * “…", "told The Spokesman-Review on Monday. “…"), not a clause of their own ("said, adding that Sanders is “…"),
 * and the next part is in the same paragraph (a new paragraph opens a new quotation).
 */
function onlyAdjunct(rest: string, reporting: (word: string) => boolean): boolean {
  // the next part opens after a punctuation mark ("said, “…", "said. “…"), not inside a clause ("Sanders is “…")
  if (!/[,:.;—–]\s*$/.test(rest) || /\n\s*\n/.test(rest)) return false;
  // a participle after a comma opens a clause of its own: "…,” Sanders said, going on to contrast … “…"
  for (const m of rest.matchAll(ING_AFTER_COMMA)) if (!ING_PREPOSITIONS.has(m[1]!.toLowerCase())) return false;
  const words = rest.split(/[\s,:;—–]+/);
  // ("and" in an appositive is no clause: "president of the climate, controls and security division"; "and added …",
  // "and he …" is one; a participle of a reporting verb opens a report of its own: "before asking her, “…")
  return !words.some((w, k) => /^(that|while)$/i.test(w) || (w.endsWith('ing') && reporting(w.toLowerCase())) || (/^(and|but)$/i.test(w) && CLAUSE_AFTER_AND.test(words[k + 1] ?? '')));
}

/** Spans sorted and merged where they overlap or touch. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Spans to a membership test by position (binary search). */
function membership(spans: Span[]): (pos: number) => boolean {
  const merged = mergeSpans(spans);
  return (pos: number) => {
    const i = findSpanIndex(merged, pos);
    return i < merged.length && merged[i]!.start <= pos;
  };
}

/**
 * For every token, 1 when its start lies in one of the spans: the same test
 * as `membership`, answered once per token with a forward pointer (tokens and
 * merged spans are both in order) instead of a binary search per question.
 */
function tokenMembership(t: Tokens, spans: Span[]): Uint8Array {
  const merged = mergeSpans(spans);
  const flags = new Uint8Array(t.length);
  let k = 0;
  for (let i = 0; i < t.length; i++) {
    const pos = t.start[i]!;
    while (k < merged.length && merged[k]!.end <= pos) k++;
    if (k < merged.length && merged[k]!.start <= pos) flags[i] = 1;
  }
  return flags;
}

/**
 * Positions of the straight quotation marks that open and close whole
 * paragraphs, when most paragraphs of the text are wrapped so (a CSV or
 * spreadsheet export); empty otherwise.
 */
function wrappingMarks(view: string, paragraphs: readonly Span[]): Set<number> {
  const marks = new Set<number>();
  let wrapped = 0;
  for (const p of paragraphs) {
    if (p.end - p.start >= 2 && view[p.start] === '"' && view[p.end - 1] === '"') {
      wrapped++;
      marks.add(p.start);
      marks.add(p.end - 1);
    }
  }
  return paragraphs.length >= 3 && wrapped >= 0.6 * paragraphs.length ? marks : new Set();
}

/**
 * For each item (sorted by start, longer first), the index of the innermost
 * other item that holds it and is not a scare quote, or -1: one sweep with a
 * stack of the items that are open.
 */
function innermostHolders(items: readonly Found[]): number[] {
  const out = new Array<number>(items.length).fill(-1);
  const stack: number[] = [];
  items.forEach((f, i) => {
    while (stack.length && items[stack[stack.length - 1]!]!.end < f.end) stack.pop();
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = items[stack[k]!]!;
      // (a quotation in its parts: what stands between them, the attribution, is no part of it)
      if (o.kind !== 'scare' && o.start <= f.start && o.end >= f.end && (!o.parts || o.parts.some((p) => p.start <= f.start && p.end >= f.end))) {
        out[i] = stack[k]!;
        break;
      }
    }
    stack.push(i);
  });
  return out;
}

/** Finds the entity whose mention overlaps a span most: mentions sorted once per document, binary search per lookup. */
function entityIndex(entities: readonly Entity[]): (span: Span | undefined) => string | undefined {
  const mentions: Array<{ start: number; end: number; id: string }> = [];
  for (const e of entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, id: e.id });
  mentions.sort((a, b) => a.start - b.start);
  const starts = mentions.map((m) => m.start);
  let longest = 0;
  for (const m of mentions) longest = Math.max(longest, m.end - m.start);
  return (span) => {
    if (!span || !mentions.length) return undefined;
    let best: string | undefined;
    let bestOverlap = 0;
    // from the first mention that could reach the span (mentions are short: a window of the longest one)
    for (let i = lowerBound(starts, span.start - longest); i < mentions.length && mentions[i]!.start < span.end; i++) {
      const o = overlap(mentions[i]!, span);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = mentions[i]!.id;
      }
    }
    return best;
  };
}

export const voicesStage: Stage = {
  name: 'voices',
  requires: ['paragraphs', 'sentences', 'units', 'tokens'],
  provides: ['quotes', 'voice'],
  run(doc, ctx) {
    const { view, map } = doc;
    const t = doc.tokens!;
    const paragraphs = map.paragraphs;
    if (!paragraphs.length) return;
    // the reporting lexicon's bits of every token (they depend on the words only, not on the tags)
    const lex = tokenLexicon(t, ctx.resources);
    const ranges = (doc.scratch.sentenceTokens as Array<[number, number]>) ?? [];
    const sidx = indexSentences(t, ranges);
    const found: Found[] = [];

    // 1. quotations stated by markup
    const markup = (doc.scratch.markupQuotes as MarkupQuote[] | undefined) ?? [];
    const inMarkupBlock = membership(markup.filter((q) => q.kind === 'block'));
    const inMarkupDirect = membership(markup.filter((q) => q.kind === 'direct'));
    const markupParagraph = (p: number): boolean => {
      const para = paragraphs[p];
      return para !== undefined && inMarkupBlock(para.start);
    };

    // 2. quotation marks (not the ones a CSV export wraps every paragraph in)
    const wrapped = wrappingMarks(view, paragraphs);
    if (wrapped.size) {
      doc.report(diagnostic(CODES.WRAPPED_PARAGRAPHS, 'info', `${wrapped.size / 2} paragraphs are wrapped in straight quotation marks (a CSV export?): those marks were not read as quotations.`));
    }
    const quoted = findQuoted(view, paragraphs, wrapped);
    const inQuote = membership(quoted);
    // the sentences of each paragraph, found once (sentences are in order)
    const byParagraph: Span[][] = paragraphs.map(() => []);
    for (const s of map.sentences) byParagraph[s.paragraph]?.push(s);
    const sentencesOf = (p: number): Span[] => byParagraph[p] ?? [];
    const reportingVerb = (i: number): boolean => t.pos[i] === 'VERB' && ctx.resources.directVerbForms.has(t.lower[i]!);
    const blockInput: BlockInput = { view, tokens: t, paragraphs, sentencesOf, inQuote, markupParagraph, reportingVerb };

    for (const q of markup) {
      let source: QuoteSource | null = q.cite ? { name: q.cite.name, ...(q.cite.span ? { mention: q.cite.span } : {}) } : null;
      let cue: Span | undefined = q.marker;
      if (q.kind === 'block' && !source) {
        const p = findSpanIndex(paragraphs, q.start);
        const lead = p > 0 ? leadInAt(blockInput, p - 1) : null;
        if (lead?.source) {
          source = { name: lead.source.name, mention: lead.source.mention };
          cue = lead.span;
        }
      }
      if (q.kind === 'direct') {
        const att = attribute(view, t, { start: q.start, end: q.end, open: q.marker.start, close: q.end, depth: 0, paragraphs: 1 }, sidx, ctx.resources, lex);
        if (att) {
          source = sourceOf(view, att.speaker);
          cue = att.cue;
          found.push({ start: q.start, end: q.end, kind: 'direct', source, cue, speaker: att.speaker, rule: `markup:${att.rule}` });
          continue;
        }
      }
      found.push({ start: q.start, end: q.end, kind: q.kind, source, ...(cue ? { cue } : {}), rule: q.kind === 'block' ? 'markup:blockquote' : 'markup:q' });
    }

    // 3. block quotations after a lead-in, without markup
    for (const b of findBlocks(blockInput)) {
      found.push({
        start: b.start,
        end: b.end,
        kind: 'block',
        source: b.leadIn.source ? { name: b.leadIn.source.name, mention: b.leadIn.source.mention } : null,
        cue: b.leadIn.span,
        rule: `lead-in:${b.leadIn.shape}`,
        endCue: b.endCue,
      });
    }

    // 4. direct quotations and scare quotes
    /** How many sentences lie between two offsets (0: the same sentence). */
    const sentencesApart = (a: number, b: number): number => sentenceOf(sidx, tokenAt(t, b)) - sentenceOf(sidx, tokenAt(t, a));
    let previous: { paragraph: number; speaker: Speaker; cue: Span; found: Found; closeEnd: number } | null = null;
    /** The end of the closing mark of the last quotation read. */
    let lastClose = -1;
    for (const q of quoted) {
      if (markup.length && inMarkupDirect(q.start)) continue;
      const att = attribute(view, t, q, sidx, ctx.resources, lex);
      // a quotation interrupted by its attribution is one quotation: “Every time you say that,” Tester said, “you give ammunition …”
      if (previous && q.depth === 0 && previous.found.rule.startsWith('after:') && PART_END.test(view.slice(previous.found.end - 1, previous.found.end)) && (!att || (att.rule.startsWith('before:') && att.cue.start === previous.cue.start))) {
        const gap = { start: previous.closeEnd, end: q.open };
        const sp = previous.speaker.mention;
        // (only the attribution and a short adjunct stand between: not "…,” Anderson said, adding that Sanders is “…”")
        const rest = view.slice(Math.max(sp.end, previous.cue.end), gap.end);
        if (gap.start <= sp.start && sp.end <= gap.end && previous.cue.start >= gap.start && previous.cue.end <= gap.end && gap.end - gap.start <= sp.end - sp.start + ADJUNCT_CHARS && onlyAdjunct(rest, (w) => ctx.resources.reportingClass.has(w)) && sentencesApart(previous.cue.start, q.open) <= 1) {
          const f = previous.found;
          f.parts = [...(f.parts ?? [{ start: f.start, end: f.end }]), { start: q.start, end: q.end }];
          f.end = q.end;
          previous.closeEnd = q.closeEnd ?? q.close + 1;
          continue;
        }
      }
      if (att) {
        const f: Found = { start: q.start, end: q.end, kind: 'direct', source: sourceOf(view, att.speaker), cue: att.cue, speaker: att.speaker, rule: att.rule };
        found.push(f);
        previous = { paragraph: findSpanIndex(paragraphs, q.close), speaker: att.speaker, cue: att.cue, found: f, closeEnd: q.closeEnd ?? q.close + 1 };
        lastClose = previous.closeEnd;
        continue;
      }
      // (words are counted only for a quotation without a speaker, and only up to the limit)
      const short = atMostWords(view.slice(q.start, q.end), SCARE_WORDS, JOINED_WORD);
      if (short) {
        lastClose = q.closeEnd ?? q.close + 1;
        found.push({ start: q.start, end: q.end, kind: 'scare', source: null, rule: 'short-no-speaker' });
        continue;
      }
      // a paragraph that opens with a quotation without attribution, right after a paragraph that ended with a
      // quotation and its attribution, goes on in that speaker's voice ("“…,” Clinton told union workers.⏎⏎“He
      // actually said …”"): a quotation of its own, with the same speaker
      const para = findSpanIndex(paragraphs, q.open);
      if (previous && q.depth === 0 && para === previous.paragraph + 1 && paragraphs[para]!.start === q.open && lastClose === previous.closeEnd) {
        const prevEnd = paragraphs[previous.paragraph]!.end;
        if (prevEnd - previous.closeEnd <= ADJUNCT_CHARS && sentencesApart(previous.closeEnd - 1, prevEnd - 1) <= 1) {
          found.push({ start: q.start, end: q.end, kind: 'direct', source: sourceOf(view, previous.speaker), cue: previous.cue, speaker: previous.speaker, rule: 'same-speaker:next-paragraph' });
          previous.closeEnd = lastClose = q.closeEnd ?? q.close + 1;
          previous.paragraph = findSpanIndex(paragraphs, q.close);
          continue;
        }
      }
      const prevClose = lastClose;
      lastClose = q.closeEnd ?? q.close + 1;
      // a further quotation in the same paragraph as one with a speaker: the same speaker goes on
      if (previous && previous.paragraph === findSpanIndex(paragraphs, q.open) && q.depth === 0) {
        // (right after that quotation, with only its attribution between, it is that quotation's next part: "“…,”
        // Clinton said. “So they clearly think …”" is one report, as PARC and PolNeAR annotate it)
        const f = previous.found;
        const sp = previous.speaker.mention;
        const after = Math.max(sp.end, previous.cue.end);
        const rest = view.slice(after, q.open);
        // (the attribution, with an adjunct or a participle, is the one sentence between them, and the next part is a
        // sentence of its own: "“…,” Sanders said, invoking the 2008 race. “I was not that candidate.”"; not "… said in
        // an interview. In another, Trump went further: “…")
        const onlyAttribution = sp.start >= previous.closeEnd && previous.cue.start >= previous.closeEnd && after <= q.open && q.open - after <= 2 * ADJUNCT_CHARS && !/[.!?]\s+\S/.test(rest) && /[.:;—–]\s*$/.test(rest) && /^\p{Lu}/u.test(view.slice(q.start, q.start + 1));
        if (f.kind === 'direct' && f.source && previous.closeEnd === prevClose && onlyAttribution) {
          f.parts = [...(f.parts ?? [{ start: f.start, end: f.end }]), { start: q.start, end: q.end }];
          f.end = q.end;
          previous.closeEnd = q.closeEnd ?? q.close + 1;
          continue;
        }
        found.push({ start: q.start, end: q.end, kind: 'direct', source: sourceOf(view, previous.speaker), cue: previous.cue, speaker: previous.speaker, rule: 'same-speaker' });
        continue;
      }
      // a quotation that opens a paragraph after a lead-in ("As Joel Pollak observed, …:⏎⏎“…”", "Clinton released
      // the following statement:⏎⏎“…”"): the lead-in's source speaks
      if (q.depth === 0 && para > 0 && paragraphs[para]!.start === q.open) {
        const lead = leadInAt(blockInput, para - 1);
        if (lead?.source) {
          // (a passage of several paragraphs so introduced is a block quotation in quotation marks: the quotations
          // inside it are its own attributions, as in a block without marks)
          const kind = q.paragraphs > 1 ? 'block' : 'direct';
          found.push({ start: q.start, end: q.end, kind, source: { name: lead.source.name, mention: lead.source.mention }, cue: lead.span, rule: `lead-in-quotation:${lead.shape}` });
          continue;
        }
        const colon = colonLeadIn(view, t, tokenAt(t, q.open) - 1, sidx, ctx.resources);
        if (colon) {
          found.push({ start: q.start, end: q.end, kind: 'direct', source: sourceOf(view, colon.speaker), cue: colon.cue, speaker: colon.speaker, rule: colon.rule });
          continue;
        }
      }
      found.push({ start: q.start, end: q.end, kind: 'direct', source: null, rule: 'no-speaker' });
    }

    // 5. words attributed by a colon: transcript turns, headlines
    const inBlock = membership(found.filter((f) => f.kind === 'block'));
    const attributed: Span[] = [];
    // (a place before the colon heads a list, "Iowa: Tim Albrecht, Brad Anderson, …", it does not speak)
    const linkEntity = entityIndex(map.entities);
    const types = new Map(map.entities.map((e) => [e.id, e.type]));
    const place = (span: Span): boolean => PLACE_TYPES.has(types.get(linkEntity(span) ?? '') ?? '');
    paragraphs.forEach((p) => {
      if (inBlock(p.start)) return;
      const colon = colonQuote(view, p);
      const c = colon && !place(colon.speaker.mention) ? colon : dashQuote(view, p);
      if (!c) return;
      attributed.push(c.content);
      const speaker: Speaker = { name: c.speaker.name, mention: c.speaker.mention, first: tokenAt(t, c.speaker.mention.start), last: tokenAt(t, c.speaker.mention.end) - 1, pronoun: false, proper: true };
      found.push({ ...c.content, kind: c.verbatim ? 'direct' : 'indirect', source: { name: c.speaker.name, mention: c.speaker.mention }, cue: c.cue, speaker, rule: c.verbatim ? 'colon:transcript' : 'colon:headline' });
    });

    // a report in a title-case headline ("Rubio Says Abandoning Reform Was A Sign Of Leadership")
    const headlines = new Set<number>();
    paragraphs.forEach((p, pi) => {
      if (inBlock(p.start) || p.end - p.start > 240) return;
      const a = tokenAt(t, p.start);
      const b = tokenAt(t, p.end) - 1;
      const h = headlineReport(view, t, a, b, ctx.resources);
      if (!h) return;
      attributed.push(h.content);
      headlines.add(pi);
      found.push({ ...h.content, kind: 'indirect', source: sourceOf(view, h.speaker), cue: h.cue, speaker: h.speaker, rule: 'headline:title-case' });
    });

    if (attributed.length) {
      // a quotation the colon or dash attributes replaces the unattributed one the marks gave, and a quotation
      // over several paragraphs made of transcript turns is the turns, each with its speaker
      const inAttributed = membership(attributed);
      const turns = found.filter((o) => o.rule === 'colon:transcript').map((o) => o.start).sort((x, y) => x - y);
      const holdsTurn = (f: Span): boolean => {
        const k = lowerBound(turns, f.start);
        return k < turns.length && turns[k]! < f.end;
      };
      for (let k = found.length - 1; k >= 0; k--) {
        const f = found[k]!;
        if (f.rule === 'no-speaker' && (inAttributed(f.start) || inAttributed(f.end - 1) || holdsTurn(f))) found.splice(k, 1);
      }
    }

    // 6. reported speech
    // (a quotation by its parts: the attribution between them is the author's text, where reports are read)
    const inDirect = tokenMembership(t, found.filter((f) => f.kind === 'direct' || f.kind === 'scare').flatMap((f) => f.parts ?? [f]));
    const tokenInDirect = (i: number): boolean => inDirect[i] === 1;
    const directs = found.filter((f) => f.kind === 'direct').sort((x, y) => x.start - y.start);
    const directStarts = directs.map((f) => f.start);
    const scares = found.filter((f) => f.kind === 'scare').sort((x, y) => x.start - y.start);
    const scareStarts = scares.map((f) => f.start);
    const closingCues = new Set(found.filter((f) => f.kind === 'direct' && f.cue && f.rule.startsWith('after:') && f.cue.start >= f.end).map((f) => f.cue!.start));
    ranges.forEach(([a, b], si) => {
      if (b < a || paragraphs[map.sentences[si]!.paragraph]!.kind === 'title' || headlines.has(map.sentences[si]!.paragraph)) return;
      for (const r of findReported(view, t, a, b, ctx.resources, tokenInDirect, lex)) {
        // a verb that closes a quotation before it ("“…,” Cruz said at a Buffalo town hall Thursday") reports that
        // quotation, not the words after it (unless they are a clause: "…,” the senator said his campaign was …")
        if (closingCues.has(r.cue.start) && verbCount(t, tokenAt(t, r.content.start), tokenAt(t, r.content.end) - 1) === 0) continue;
        // a report whose content is mostly a direct quotation is that quotation's attribution
        let direct: Found | undefined;
        for (let k = lowerBound(directStarts, r.content.end) - 1; k >= 0 && directs[k]!.end > r.content.start; k--) {
          const d = directs[k]!;
          // (by its parts: the attribution between them is no quoted text)
          const o = d.parts ? d.parts.reduce((n, p) => n + overlap(p, r.content), 0) : overlap(d, r.content);
          if (o >= 0.5 * (r.content.end - r.content.start)) direct = d;
        }
        if (direct) {
          if (!direct.source && r.speaker) {
            direct.source = sourceOf(view, r.speaker);
            direct.cue = r.cue;
            direct.speaker = r.speaker;
            direct.rule += `+${r.rule}`;
          }
          continue;
        }
        // a report that is one whole quoted sentence ("yelled “You lie!”") makes that quotation direct, with its speaker
        if (r.quotation && r.speaker) {
          const k = lowerBound(scareStarts, r.content.start);
          const f = scares[k];
          if (f && f.kind === 'scare' && f.end <= r.content.end && 2 * (f.end - f.start) >= r.content.end - r.content.start) {
            f.kind = 'direct';
            f.source = sourceOf(view, r.speaker);
            f.cue = r.cue;
            f.speaker = r.speaker;
            f.rule = r.rule;
            continue;
          }
        }
        found.push({ start: r.content.start, end: r.content.end, kind: 'indirect', source: sourceOf(view, r.speaker), cue: r.cue, ...(r.speaker ? { speaker: r.speaker } : {}), ...(r.parts ? { parts: r.parts } : {}), rule: r.rule });
        // a longer quotation inside it with no speaker of its own is the speaker's words too ("saying that she had
        // used Machado “as a paragon of virtue.”")
        for (let k = lowerBound(directStarts, r.content.start); k < directs.length && directs[k]!.start < r.content.end; k++) {
          const f = directs[k]!;
          if (!f.source && f.end <= r.content.end && r.speaker) {
            f.source = sourceOf(view, r.speaker);
            f.cue = r.cue;
            f.speaker = r.speaker;
            f.rule = 'partial-in-report';
          }
        }
        // a short quotation inside reported speech is the speaker's own words, not a scare quote
        for (let k = lowerBound(scareStarts, r.content.start); k < scares.length && scares[k]!.start < r.content.end; k++) {
          const f = scares[k]!;
          if (f.kind === 'scare' && f.end <= r.content.end && r.speaker) {
            f.kind = 'direct';
            f.source = sourceOf(view, r.speaker);
            f.cue = r.cue;
            f.speaker = r.speaker;
            f.rule = 'partial-in-report';
          }
        }
      }
    });

    // 6b. a short quotation framed by a verb of saying or naming a few words before it is its subject's words
    const reports = found.filter((f) => f.kind === 'indirect').sort((x, y) => x.start - y.start);
    const reportStarts = reports.map((f) => f.start);
    const inReport = (pos: number): boolean => {
      const k = lowerBound(reportStarts, pos + 1) - 1;
      for (let j = k; j >= 0 && j > k - 4; j--) if (reports[j]!.start <= pos && pos < reports[j]!.end) return true;
      return false;
    };
    let lastFrame: { found: Found; verb: number } | null = null;
    for (const f of scares) {
      if (f.kind !== 'scare') continue;
      const qa = tokenAt(t, f.start);
      const qz = tokenAt(t, f.end) - 1;
      const si = qa < t.length ? sentenceOf(sidx, qa) : -1;
      if (si < 0 || qz < qa) continue;
      const [first] = ranges[si]!;
      const frame = frameOf(view, t, first, qa, qz, ctx.resources, (i) => (tokenInDirect(i) && !(t.start[i]! >= f.start && t.start[i]! < f.end)) || inReport(t.start[i]!));
      if (!frame) continue;
      f.kind = 'direct';
      f.source = sourceOf(view, frame.speaker);
      f.cue = frame.cue;
      f.speaker = frame.speaker;
      f.rule = 'partial-in-frame';
      // two quotations after one verb ("“criminals” and “rapists”") make one report
      if (lastFrame && lastFrame.verb === frame.verb && lastFrame.found.end < f.end) {
        lastFrame.found.end = f.end;
        continue;
      }
      if (frame.content.start >= f.start) continue; // the quotation is the whole report ("chanting “Ted!”")
      const report: Found = { start: frame.content.start, end: frame.content.end, kind: 'indirect', source: sourceOf(view, frame.speaker), cue: frame.cue, speaker: frame.speaker, rule: 'frame-partial-quotation' };
      found.push(report);
      lastFrame = { found: report, verb: frame.verb };
    }

    // 6c. a sentence that runs into a quotation closed by its attribution is the speaker's report up to the end of
    // the quotation ("Yet Trump is also a “change agent,” Cole said"): the quotation stays direct inside it
    for (const f of directs) {
      if (!f.rule.startsWith('after:') || !f.source || inBlock(f.start) || inReport(f.start)) continue;
      const open = tokenAt(t, f.start) - 1;
      if (open < 0 || t.end[open]! > f.start || !isQuoteMark(t.value[open]!)) continue;
      const [first] = ranges[sentenceOf(sidx, open)]!;
      const s = mixedStart(t, first, open, ctx.resources);
      if (s < 0) continue;
      const start = t.start[s]!;
      const mixed: Found = { start, end: f.end, kind: 'indirect', source: f.source, cue: f.cue, speaker: f.speaker, rule: 'mixed-quotation' };
      if (f.parts) mixed.parts = [{ start, end: f.parts[0]!.end }, ...f.parts.slice(1)];
      found.push(mixed);
    }

    // 7. pronoun speakers: the nearest name before them that is a speaker or the subject of a sentence
    found.sort((x, y) => x.start - y.start || y.end - x.end);
    const pronouns = found.filter((f) => f.speaker?.pronoun && RESOLVABLE.has(t.lower[f.speaker.first]!));
    if (pronouns.length) {
      const antecedentOf = antecedentFinder(view, t, ranges, found, inQuote);
      for (const f of pronouns) {
        const sp = f.speaker!;
        const best = antecedentOf(sp.mention.start);
        if (best) {
          f.source = { name: best.name, mention: { start: sp.mention.start, end: sp.mention.end } };
          f.antecedent = best.mention;
        }
      }
    }

    // 8. ids, entity links, nesting
    const withinOf = innermostHolders(found);
    const quotes: Quote[] = found.map((f, i) => {
      const q: Quote = { id: `q${i + 1}`, start: f.start, end: f.end, kind: f.kind, source: f.source, rule: f.rule };
      // the innermost other quotation that holds this one (a partial quotation inside reported speech, a quotation inside a block)
      const within = withinOf[i]!;
      if (within >= 0) q.within = `q${within + 1}`;
      if (f.cue) q.cue = { start: f.cue.start, end: f.cue.end };
      if (f.endCue) q.endCue = { ...f.endCue };
      if (f.parts) q.parts = f.parts.map((p) => ({ start: p.start, end: p.end }));
      const entity = linkEntity(f.antecedent ?? f.source?.mention);
      if (entity && q.source) q.source.entity = entity;
      return q;
    });
    map.quotes = quotes;

    // 9. the voice of every unit: the innermost quotation holding most of it (one sweep over units and quotations, both in order)
    const voiced = quotes.filter((q) => q.kind !== 'scare');
    let next = 0;
    const active: Quote[] = [];
    for (const u of map.units) {
      while (next < voiced.length && voiced[next]!.start < u.end) active.push(voiced[next++]!);
      // drop the quotations that ended before this unit, in place (no array per unit), and weigh the others
      // in the same pass, in their order
      let open = 0;
      let best: Quote | null = null;
      for (let k = 0; k < active.length; k++) {
        const q = active[k]!;
        if (q.end <= u.start) continue;
        active[open++] = q;
        const o = overlap(q, u);
        if (o * 2 >= u.end - u.start && (!best || q.end - q.start < best.end - best.start)) best = q;
      }
      if (open < active.length) active.length = open;
      if (best) u.voice = best.id;
    }
  },
};

import { CODES, diagnostic } from '../../model/diagnostics.js';
import { chunkSpans, tokenize } from '../../nlp/base.js';
import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { findTitle } from './title.js';
import { findSentences, sentenceTokenRanges } from './sentences.js';
import { findUnits } from './units.js';

/** Sentences longer than this are reported: the text probably lacks punctuation. */
const LONG_SENTENCE = 5000;

export const paragraphStage: Stage = {
  name: 'paragraphs',
  requires: [],
  provides: ['paragraphs'],
  run(doc) {
    const paragraphs = findParagraphs(doc.view);
    const t = findTitle(doc.view, paragraphs);
    if (t >= 0) {
      paragraphs[t]!.kind = 'title';
      doc.map.meta.title ??= doc.view.slice(paragraphs[t]!.start, paragraphs[t]!.end).replace(/\s+/g, ' ');
    }
    doc.map.paragraphs = paragraphs;
  },
};

export const tokenStage: Stage = {
  name: 'tokens',
  requires: ['paragraphs'],
  provides: ['tokens'],
  run(doc, ctx) {
    doc.tokens = tokenize(ctx.nlp, doc.view, chunkSpans(doc.map.paragraphs));
  },
};

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  provides: ['sentences'],
  run(doc, ctx) {
    const sentences = findSentences(doc.view, doc.map.paragraphs, doc.tokens!, ctx.resources);
    doc.map.sentences = sentences;
    doc.scratch.sentenceTokens = sentenceTokenRanges(doc.tokens!, sentences);
    for (const s of sentences) {
      if (s.end - s.start > LONG_SENTENCE) {
        doc.report(diagnostic(CODES.LONG_SENTENCE, 'info', `A sentence of ${s.end - s.start} characters: the text may lack sentence punctuation here.`, s));
      }
    }
  },
};

export const unitStage: Stage = {
  name: 'units',
  requires: ['sentences', 'tokens'],
  provides: ['units'],
  run(doc, ctx) {
    const ranges = doc.scratch.sentenceTokens as Array<[number, number]>;
    doc.map.units = findUnits(doc.view, doc.map.sentences, ranges, doc.tokens!, ctx.resources);
  },
};

export const SEGMENT_STAGES: readonly Stage[] = [paragraphStage, tokenStage, sentenceStage, unitStage];

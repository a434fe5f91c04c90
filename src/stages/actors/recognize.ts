/**
 * Finding the mentions of actors in one document, in passes over the words:
 *
 * 1. gazetteer names, longest match first (`Sadr City` before `Sadr`,
 *    `Iraqi government` before `Iraqi`), with the case rules of the
 *    gazetteer; ordinary-word names (`The Hill`, `Salon`) are not taken at
 *    the start of a sentence or in a title-case headline, and acronyms that
 *    are English words (`US`, `WHO`) not among shouted capitals;
 * 2. names the list does not know: capitalised sequences with their
 *    particles (`al-`, `bin`, `de`), initials and connectors (`Council of …`),
 *    typed by a title (`Gen.`), a head noun (`… Brigades`, `Ministry of …`),
 *    particles (person) or context; a capitalised word opening a sentence
 *    (`Hell`, `Much`, `Time`) counts only if it is no English word or the
 *    document writes it capitalised elsewhere; all-capital words are
 *    acronyms unless they are English words (`NOT`, `NEVER`) or common nouns
 *    (`CEO`, `NGO`);
 * 3. titles and honorifics before person names join the mention
 *    (`Prime Minister Nuri Kamal al-Maliki`, `Mr. Sadr`);
 * 4. demonyms before institution nouns (`French officials`) become the
 *    country's government; a person's possessive before `group`, `party`…
 *    (`Mr. Hakim's group`) the organisation the person belongs to;
 * 5. acronyms defined in the text (`Jaish al-Mahdi (JAM)`).
 */
import type { EntityType } from '../../model/types.js';
import { CASE_CAP, CASE_UPPER, type AliasKind, type CompiledGazetteer, type TrieNode, type Variant } from './gazetteer.js';
import type { ActorLexicon, TitleNode } from './lexicon.js';
import { CAP, GAP_BREAK, GAP_DOT, GAP_HYPHEN, GAP_SPACE, INITIAL, LETTER, LOWER, POSS, UPPER, flagsOf, keyIdCount, type Words } from './words.js';

/** (Mentions are built with every key, optional ones undefined, in one order: one object shape, no shape change when resolve sets `entity`.) */
export interface Mention {
  /** Span of the mention in the text (title included). */
  start: number;
  end: number;
  /** The name's words [w0, w1). */
  w0: number;
  w1: number;
  /** `absorbed`: a place name that turned out to be part of an organisation's name (`Iraq Study Group`). */
  kind: 'gazetteer' | 'unknown' | 'government' | 'member' | 'absorbed';
  /** Gazetteer candidates (several: ambiguous), or the one entry. */
  ids: string[];
  aliasKind?: AliasKind;
  /** The name as written, without title or possessive. */
  name: string;
  /** Folded key of the name (words joined by spaces). */
  key: string;
  type: EntityType;
  titled: boolean;
  /** An unknown name kept only if the document confirms it (a surname of a person named in full, a defined acronym). */
  maybe: boolean;
  /** An acronym defined right after the name, in parentheses: `Jaish al-Mahdi (JAM)`. */
  defines?: string;
  /** The entity the mention resolves to (set by resolve). */
  entity?: string;
}

export interface RecognizeContext {
  view: string;
  w: Words;
  /** Sentence index of each word. */
  sentence: Int32Array;
  /** wink-nlp part of speech of each word ('' when no token starts there). */
  pos: string[];
  gaz: CompiledGazetteer;
  lex: ActorLexicon;
  /** True when the lower-cased word is in wink-nlp's English lexicon. */
  isEnglish(lower: string): boolean;
  /** isEnglish of word i as written, lower-cased (cached by spelling). */
  englishAt(i: number): boolean;
}

const spaceLike = (g: number): boolean => g === GAP_SPACE || g === GAP_HYPHEN;

/** Words [a, b) as written, joined by their gaps (hyphens kept, other gaps one space). */
export function nameText(ctx: RecognizeContext, a: number, b: number): string {
  const { w, view } = ctx;
  let s = w.raw[a]!;
  for (let i = a + 1; i < b; i++) {
    const g = w.gap[i]!;
    if (g === GAP_HYPHEN) s += view.slice(w.end[i - 1]!, w.start[i]!) || '';
    else if (g === GAP_DOT) s += '. ';
    else s += ' ';
    s += w.raw[i]!;
  }
  return s;
}

function keyText(w: Words, a: number, b: number): string {
  let s = w.key[a]!;
  for (let i = a + 1; i < b; i++) s += ' ' + w.key[i]!;
  return s;
}

function variantMatches(ctx: RecognizeContext, v: Variant, i: number, len: number): boolean {
  const { w, view } = ctx;
  for (let p = 0; p < len; p++) {
    const k = i + p;
    const f = w.flags[k]!;
    if (v.exact) {
      if (w.raw[k] !== v.exact[p]) return false;
    } else {
      const c = v.cases[p]!;
      if (c === CASE_CAP && !(f & CAP)) return false;
      if (c === CASE_UPPER && !(f & UPPER) && !(w.raw[k]!.length === 1 && f & CAP)) return false;
    }
    if (p > 0) {
      const g = w.gap[k]!;
      const strict = v.strictGaps?.[p];
      if (strict) {
        if (view.slice(w.end[k - 1]!, w.start[k]!).replace(/\s+/g, ' ') !== strict) return false;
      } else if (g === GAP_BREAK) return false;
      else if (g === GAP_DOT && w.raw[k - 1]!.length > 3) return false;
    }
  }
  if (v.finalDot && view[w.end[i + len - 1]!] !== '.') return false;
  return true;
}

interface GazMatch {
  len: number;
  ids: string[];
  variant: Variant;
}

/**
 * What the root of the gazetteer trie holds for each folded key, by key id:
 * its child node (the names the word opens), and whether a word without a
 * capital may open one of them (lower-case alias words such as `al` or
 * `the`, web addresses): a word with no capital starts no other name,
 * whatever follows, so the trie walk is skipped for most words. Filled on
 * first use per gazetteer, dropped when the spelling ids are reset.
 */
interface RootCache {
  epoch: number;
  /** Root child of each key id; undefined until looked up, null for none. */
  child: Array<TrieNode | null | undefined>;
  /** 1 + (1 when a word without a capital may open a name there), 0 until looked up. */
  opensLower: Uint8Array;
}

const rootCaches = new WeakMap<CompiledGazetteer, RootCache>();

/** variantMatches: a first word without a capital passes CASE_ANY, and an exact (acronym) word written without one. */
const opensLower = (v: Variant): boolean => (v.exact ? !(flagsOf(v.exact[0]!) & CAP) : v.cases[0] !== CASE_CAP && v.cases[0] !== CASE_UPPER);

function anyOpensLower(node: TrieNode): boolean {
  if (node.variants?.some(opensLower)) return true;
  for (const child of node.next?.values() ?? []) if (anyOpensLower(child)) return true;
  return false;
}

/** The gazetteer's root cache, made ready for the key ids of `w`. */
function rootCache(gaz: CompiledGazetteer, w: Words): RootCache {
  let c = rootCaches.get(gaz);
  if (!c || c.epoch !== w.epoch) {
    c = { epoch: w.epoch, child: [], opensLower: new Uint8Array(0) };
    rootCaches.set(gaz, c);
  }
  const ids = keyIdCount();
  if (c.opensLower.length < ids) {
    const o = new Uint8Array(Math.max(ids, c.opensLower.length * 2));
    o.set(c.opensLower);
    c.opensLower = o;
  }
  while (c.child.length < ids) c.child.push(undefined);
  return c;
}

/** The root's child for word k's key (null: the key opens no name). */
function rootChild(ctx: RecognizeContext, cache: RootCache, k: number): TrieNode | null {
  const id = ctx.w.keyId[k]!;
  let node = cache.child[id];
  if (node === undefined) {
    node = ctx.gaz.root.next?.get(ctx.w.key[k]!) ?? null;
    cache.child[id] = node;
  }
  return node;
}

/** Word k, written without a capital, may open a gazetteer name. */
function opensLowerAt(ctx: RecognizeContext, cache: RootCache, k: number): boolean {
  const id = ctx.w.keyId[k]!;
  let v = cache.opensLower[id]!;
  if (v === 0) {
    const node = rootChild(ctx, cache, k);
    v = node && anyOpensLower(node) ? 2 : 1;
    cache.opensLower[id] = v;
  }
  return v === 2;
}

/** Trie nodes along the words from the current start (reused: no array per word). */
const gazPath: TrieNode[] = [];

/**
 * Walks the gazetteer trie from word i within its sentence; fills gazPath
 * with the node after each word and returns how many words it went.
 */
function gazetteerWalk(ctx: RecognizeContext, cache: RootCache, i: number): number {
  const { w } = ctx;
  const first = rootChild(ctx, cache, i);
  if (!first) return 0;
  let node: TrieNode = first;
  gazPath[0] = node;
  let len = 1;
  for (let k = i + 1; k < w.n; k++) {
    if (ctx.sentence[k] !== ctx.sentence[i]) break;
    const child = node.next?.get(w.key[k]!);
    if (!child) break;
    node = child;
    gazPath[len++] = node;
  }
  return len;
}

/** The match of the gazetteer names ending at `node` ([i, i + len) in the text), or null when no variant's case and gaps fit. */
function gazetteerMatch(ctx: RecognizeContext, node: TrieNode, i: number, len: number): GazMatch | null {
  if (!node.variants) return null;
  let ids: string[] | null = null;
  let first: Variant | null = null;
  for (const v of node.variants) {
    if (!variantMatches(ctx, v, i, len)) continue;
    first ??= v;
    ids ??= [];
    for (const id of v.ids) if (!ids.includes(id)) ids.push(id);
  }
  return ids && first ? { len, ids, variant: first } : null;
}

/** Word index just after a title starting at word i ([i, end) are the title's words), or -1. */
function titleAt(ctx: RecognizeContext, i: number): { end: number; dot: boolean } | null {
  const { w, view } = ctx;
  let node: TitleNode | undefined = ctx.lex.titles;
  let best: { end: number; dot: boolean } | null = null;
  for (let k = i; k < w.n && node; k++) {
    if (!(w.flags[k]! & CAP)) break;
    if (k > i && !(spaceLike(w.gap[k]!) || (w.gap[k] === GAP_DOT && w.raw[k - 1]!.length <= 4))) break;
    node = node.next?.get(w.key[k]!);
    if (!node) break;
    if (node.end) {
      const hasDot = view[w.end[k]!] === '.';
      for (const e of node.end) {
        if (e.dot && !hasDot) continue;
        if (!e.dot && hasDot && k + 1 < w.n && w.gap[k + 1] === GAP_DOT && w.raw[k]!.length > 4) continue;
        best = { end: k + 1, dot: e.dot };
      }
    }
  }
  return best;
}

/** Start of a title that ends right before word w0 (the title's first word index), or -1. */
function titleBefore(ctx: RecognizeContext, w0: number, covered: Int32Array): number {
  const { w } = ctx;
  if (w0 === 0) return -1;
  const g = w.gap[w0]!;
  if (!(g === GAP_SPACE || g === GAP_DOT)) return -1;
  for (let i = Math.max(0, w0 - 4); i < w0; i++) {
    if (covered[i]) continue;
    let ok = true;
    for (let k = i; k < w0; k++) if (covered[k]) ok = false;
    if (!ok) continue;
    const t = titleAt(ctx, i);
    if (t && t.end === w0) {
      if (g === GAP_DOT && !t.dot && w.raw[w0 - 1]!.length > 4) continue;
      return i;
    }
  }
  return -1;
}

const CONTRACTION = /['’\u02bc](?:m|re|ve|ll|d|t|s)$/i;

/** A hashtag or a handle (`#BoycottExodus`, `@nytimes`): not a name as written. */
const isTagged = (ctx: RecognizeContext, i: number): boolean => {
  const c = ctx.view.charCodeAt(ctx.w.start[i]! - 1);
  return c === 35 || c === 64; // # @
};

/** Words never part of an unknown name: contractions (`I’m`, `Don’t`), hashtags and handles. */
const notNameWord = (ctx: RecognizeContext, i: number): boolean => isContraction(ctx.w.raw[i]!) || isTagged(ctx, i);

/** CONTRACTION.test(raw), run only when an apostrophe lies among the last three characters (the regex needs one there). */
function isContraction(raw: string): boolean {
  const n = raw.length;
  const near = (k: number): boolean => k >= 0 && isApostrophe(raw.charCodeAt(k));
  return (near(n - 2) || near(n - 3)) && CONTRACTION.test(raw);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'but', 'or', 'nor', 'as', 'vs', 'via', 'from', 'with', 'into', 'per']);

/** Characters that open a quotation or a parenthesis ([“"‘'(\[]), as the last character of a gap. */
const QUOTE_OPEN = new Set(['“', '"', '‘', "'", '(', '['].map((c) => c.charCodeAt(0)));

/** JavaScript's \s: [\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]. */
const isJsSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** /[.!?]\s/ in text[a, b), without slicing it. */
function endsSentence(text: string, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) {
    const c = text.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && isJsSpace(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** Marks words that open a sentence, a quotation, or lie in a title-case line. */
export function markInitials(ctx: RecognizeContext): void {
  const { w, view } = ctx;
  for (let i = 0; i < w.n; i++) {
    if (i === 0 || ctx.sentence[i] !== ctx.sentence[i - 1]) w.flags[i]! |= INITIAL;
    else if (w.gap[i] === GAP_BREAK && w.start[i]! > w.end[i - 1]! && QUOTE_OPEN.has(view.charCodeAt(w.start[i]! - 1))) w.flags[i]! |= INITIAL;
  }
  // title-case lines: a headline of one sentence whose words are capitalised but for short function words
  let lineStart = 0;
  const flush = (a: number, b: number): void => {
    let content = 0;
    let caps = 0;
    if (b - a > 25) return;
    for (let i = a; i < b; i++) {
      if (i > a && !spaceLike(w.gap[i]!) && endsSentence(view, w.end[i - 1]!, w.start[i]!)) return; // two sentences: prose
      if (w.raw[i]!.length < 2 || !(w.flags[i]! & LETTER) || TITLE_SMALL.has(w.key[i]!)) continue;
      content++;
      if (w.flags[i]! & CAP) caps++;
    }
    if (content >= 3 && caps / content >= 0.8) for (let i = a; i < b; i++) w.flags[i]! |= INITIAL;
  };
  for (let i = 1; i <= w.n; i++) {
    if (i === w.n || w.lineBefore[i]) {
      flush(lineStart, i);
      lineStart = i;
    }
  }
}

/** Type a name gets from its head noun: last word, or a head-first word before a connector. */
function headType(ctx: RecognizeContext, a: number, b: number): EntityType | null {
  const { w, lex } = ctx;
  const last = lex.heads.get(w.key[b - 1]!);
  if (last && b - a > 1) return last;
  for (let i = a; i < b - 1; i++) {
    const k = w.key[i]!;
    if ((lex.headFirst.has(k) && lex.connectors.has(w.key[i + 1]!)) || lex.headOpeners.has(k)) return lex.heads.get(k) ?? 'organization';
  }
  return null;
}

/** Is word i a name-like word for an unknown name (no English word, or capitalised lemma)? */
const namey = (ctx: RecognizeContext, i: number): boolean => !ctx.englishAt(i);

export interface Recognized {
  mentions: Mention[];
  /** For each word, 1 + index of the mention covering it, or 0. */
  covered: Int32Array;
}

export function recognize(ctx: RecognizeContext): Recognized {
  const { w, gaz, lex, view } = ctx;
  const n = w.n;
  const covered = new Int32Array(n);
  const mentions: Mention[] = [];
  const push = (m: Mention): number => {
    mentions.push(m);
    for (let k = m.w0; k < m.w1; k++) covered[k] = mentions.length;
    return mentions.length - 1;
  };

  // 1. gazetteer
  const roots = rootCache(gaz, w);
  for (let i = 0; i < n; ) {
    const f = w.flags[i]!;
    if ((!(f & LETTER) && w.raw[i] !== '&') || (!(f & CAP) && !opensLowerAt(ctx, roots, i)) || isTagged(ctx, i)) {
      i++;
      continue;
    }
    let taken = 0;
    // longest match first
    for (let len = gazetteerWalk(ctx, roots, i); len > 0; len--) {
      const m = gazetteerMatch(ctx, gazPath[len - 1]!, i, len);
      if (!m) continue;
      const v = m.variant;
      if (v.wordlike && w.flags[i]! & INITIAL) continue;
      if (m.len === 1 && w.flags[i]! & UPPER && ctx.isEnglish(w.raw[i]!.toLowerCase().replace(/\./g, ''))) {
        // `US`, `WHO` among shouted capitals (`TELL US`, `WHO CARES`) are words
        const prevUp = i > 0 && w.flags[i - 1]! & UPPER && spaceLike(w.gap[i]!) && !lex.notActorAcronyms.has(w.raw[i - 1]!);
        const nextUp = i + 1 < n && w.flags[i + 1]! & UPPER && spaceLike(w.gap[i + 1]!);
        if (prevUp || nextUp) continue;
      }
      const last = i + m.len - 1;
      const entry = gaz.entries.get(m.ids[0]!)!;
      const end = w.end[last]! + (v.finalDot ? 1 : 0);
      push({
        start: w.start[i]!,
        end,
        w0: i,
        w1: i + m.len,
        kind: 'gazetteer',
        ids: m.ids,
        aliasKind: v.kind,
        name: nameText(ctx, i, i + m.len),
        key: keyText(w, i, i + m.len),
        type: entry.type,
        titled: false,
        maybe: false,
        defines: undefined,
        entity: undefined,
      });
      taken = m.len;
      break;
    }
    i += taken || 1;
  }

  // Words the document writes capitalised in mid-sentence outside known names, and in lower case.
  // (counts and marks by key id: arrays, not string maps)
  const keys = keyIdCount();
  const capMid = new Int32Array(keys);
  const notLower = new Uint8Array(keys);
  for (let i = 0; i < n; i++) {
    const f = w.flags[i]!;
    if (f & LOWER) continue;
    notLower[w.keyId[i]!] = 1;
    if (f & CAP && !(f & INITIAL) && !covered[i]) capMid[w.keyId[i]!]!++;
  }
  // Only words that are not in lower case themselves ask whether their key is also written in lower case (see classify).
  const lowerSeen = new Uint8Array(keys);
  for (let i = 0; i < n; i++) if (w.flags[i]! & LOWER && notLower[w.keyId[i]!]) lowerSeen[w.keyId[i]!] = 1;

  // 2. names the gazetteer does not know
  const absorb = (m: Mention): void => {
    m.kind = 'absorbed';
    for (let k = m.w0; k < m.w1; k++) covered[k] = 0;
  };
  // the cheap flag checks first: most words are no particle
  const isParticleAt = (k: number): boolean =>
    !!(w.flags[k]! & LOWER) &&
    k + 1 < n &&
    !covered[k + 1] &&
    !!(w.flags[k + 1]! & CAP) &&
    lex.particles.has(w.key[k]!) &&
    (lex.particlesHyphenOnly.has(w.key[k]!) ? w.gap[k + 1] === GAP_HYPHEN : spaceLike(w.gap[k + 1]!)) &&
    ctx.sentence[k + 1] === ctx.sentence[k];
  for (let i = 0; i < n; ) {
    if (covered[i] || !(w.flags[i]! & LETTER) || !(w.flags[i]! & CAP || isParticleAt(i)) || notNameWord(ctx, i)) {
      i++;
      continue;
    }
    // extend
    let j = i + 1;
    let sawHeadFirst = lex.headFirst.has(w.key[i]!);
    let lastHead = sawHeadFirst ? w.key[i]! : '';
    for (;;) {
      if (j >= n || ctx.sentence[j] !== ctx.sentence[i]) break;
      if (covered[j]) {
        // a place or demonym inside an organisation's name: `Free [Iraqi] Movement`, `Basra Operations Command`
        const m = mentions[covered[j]! - 1]!;
        if (m.kind !== 'gazetteer' || m.w0 !== j || !absorbable(m) || !spaceLike(w.gap[j]!) || w.flags[m.w1 - 1]! & POSS) break;
        let k = m.w1;
        let head = false;
        while (k < n && !covered[k] && spaceLike(w.gap[k]!) && w.flags[k]! & CAP && !(w.flags[k - 1]! & POSS)) {
          if (lex.heads.has(w.key[k]!)) head = true;
          k++;
        }
        if (!head) break;
        absorb(m);
        j = m.w1;
        continue;
      }
      const g = w.gap[j]!;
      const f = w.flags[j]!;
      if (w.flags[j - 1]! & POSS) break;
      if (notNameWord(ctx, j)) break;
      if (spaceLike(g)) {
        if (f & CAP && f & LETTER) {
          j++;
          if (lex.headFirst.has(w.key[j - 1]!)) {
            sawHeadFirst = true;
            lastHead = w.key[j - 1]!;
          }
          continue;
        }
        if (isParticleAt(j)) {
          j++;
          continue;
        }
        const connects = lex.connectors.has(w.key[j]!) || (lex.connectorsAfter.get(w.key[j]!)?.has(lastHead) ?? false);
        if (sawHeadFirst && connects && f & LOWER && j + 1 < n && spaceLike(w.gap[j + 1]!)) {
          // Council of (the) Foo; University of [North Carolina]
          let k = j + 1;
          if (w.key[k] === 'the' && k + 1 < n && !covered[k] && spaceLike(w.gap[k + 1]!)) k++;
          if (covered[k]) {
            const m = mentions[covered[k]! - 1]!;
            if (m.kind === 'gazetteer' && m.w0 === k && absorbable(m)) {
              absorb(m);
              j = m.w1;
              continue;
            }
          } else if (w.flags[k]! & CAP) {
            j = k + 1;
            continue;
          }
        }
        if (lex.nameSuffixes.has(w.key[j]!) && f & CAP) {
          j++;
          continue;
        }
        break;
      }
      if (g === GAP_DOT && f & CAP && (w.raw[j - 1]!.length === 1 || (lex.titles.next?.get(w.key[j - 1]!)?.end?.some((e) => e.dot) ?? false))) {
        j++;
        continue;
      }
      break;
    }
    classify(ctx, i, j, covered, push, capMid, lowerSeen, mentions, absorb);
    i = j;
  }

  // 3. titles before person names
  for (const m of mentions) {
    const personish = m.type === 'person';
    if (!personish || m.titled) continue;
    const t = titleBefore(ctx, m.w0, covered);
    if (t >= 0) {
      m.start = w.start[t]!;
      m.titled = true;
      const idx = covered[m.w0]!;
      for (let k = t; k < m.w0; k++) covered[k] = idx;
    }
  }

  // 4a. demonym + institution noun: `French officials` -> the government of France
  for (const m of mentions) {
    if (m.kind !== 'gazetteer' || m.aliasKind !== 'demonym' || m.ids.length !== 1) continue;
    const entry = gaz.entries.get(m.ids[0]!)!;
    if (entry.type !== 'country') continue;
    const k = m.w1;
    if (k >= n || covered[k] || !spaceLike(w.gap[k]!) || !lex.institutions.has(w.key[k]!) || !(w.flags[k]! & LOWER)) continue;
    if (m.w1 - m.w0 !== 1 || w.flags[m.w0]! & POSS) continue;
    const gov = gaz.governmentOf.get(entry.id);
    m.kind = 'government';
    m.end = w.end[k]!;
    m.w1 = k + 1;
    covered[k] = covered[m.w0]!;
    m.ids = gov ? [gov] : [];
    m.name = gov ? gaz.entries.get(gov)!.name : `Government of ${entry.name}`;
    m.key = `government of ${entry.id}`;
    m.type = 'government';
  }

  // 4b. possessive + member noun: `Mr. Hakim's group`
  const extra: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || !(w.flags[m.w1 - 1]! & POSS)) continue;
    const k = m.w1;
    if (k >= n || !lex.memberNouns.has(w.key[k]!) || !(w.flags[k]! & LOWER)) continue;
    if (view.slice(w.end[m.w1 - 1]!, w.start[k]!).replace(/\s+/g, ' ').replace(/[’\u02bc]/g, "'").search(/^'s? $/) < 0) continue;
    extra.push({ ...m, kind: 'member', end: w.end[k]!, w1: k + 1, ids: [...m.ids], titled: m.titled, maybe: m.maybe });
  }
  mentions.push(...extra);

  // 5. acronyms defined in parentheses right after a name
  for (const m of mentions) {
    if (m.kind === 'member') continue;
    const after = view.slice(m.end, m.end + 16);
    const d = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}\.?)\s*\)/u.exec(after);
    if (d && m.w1 - m.w0 > 1) m.defines = d[1]!;
  }
  return { mentions, covered };
}

/** Decides whether the capitalised words [a, b) name an actor, strips titles and openers, and types it. */
function classify(
  ctx: RecognizeContext,
  a: number,
  b: number,
  covered: Int32Array,
  push: (m: Mention) => number,
  /** By key id: times written capitalised in mid-sentence outside known names. */
  capMid: Int32Array,
  /** By key id: 1 when written both in lower case and otherwise. */
  lowerSeen: Uint8Array,
  mentions: Mention[],
  absorb: (m: Mention) => void,
): void {
  const { w, lex } = ctx;
  let titled = false;
  let titleStart = -1;
  // titles: `Defense Minister Abdul Qadir`, `Gen. Foo`
  for (;;) {
    const t = titleAt(ctx, a);
    if (t && t.end >= b) return; // titles alone (`Prime Minister`, `Deputy Governor`) name no one here
    if (!t) break;
    if (titleStart < 0) titleStart = a;
    titled = true;
    a = t.end;
  }
  // leading determiners and ordinary words that only open the sentence
  while (a < b) {
    const k = w.key[a]!;
    const f = w.flags[a]!;
    if (k === 'the' || k === 'a' || k === 'an') {
      a++;
      continue;
    }
    if (lex.calendar.has(k)) {
      a++;
      continue;
    }
    if (b - a > 1 && f & INITIAL && !titled && ctx.englishAt(a) && !lex.heads.has(k) && !lex.particles.has(k) && !(f & UPPER) && !(capMid[w.keyId[a]!]! >= 1)) {
      a++;
      continue;
    }
    break;
  }
  // trailing ordinary words: days, months
  while (b > a && (lex.calendar.has(w.key[b - 1]!) || lex.connectors.has(w.key[b - 1]!) || lex.particles.has(w.key[b - 1]!) && w.flags[b - 1]! & LOWER)) b--;
  if (a >= b) return;
  if (lex.notNames.has(keyText(w, a, b))) return;
  if (b < w.n && /^\d+$/.test(w.raw[b]!) && w.gap[b] === GAP_SPACE && lex.notNames.has(`${keyText(w, a, b)} ${w.key[b]}`)) return; // Fortune 500
  if (b - a > 1 && lex.notActorHeads.has(w.key[b - 1]!)) return;
  if (b - a === 1 && (w.raw[a]!.length < 2 || lex.nameSuffixes.has(w.key[a]!))) return;

  let type: EntityType | null = titled ? 'person' : headType(ctx, a, b);
  // a place or demonym right before an organisation's head noun is part of its name: `Iraq Study Group`, `Indiana University`
  const lastHead = lex.heads.get(w.key[b - 1]!);
  if (!titled && (type ? type !== 'person' : lastHead && b - a === 1) && a > 0 && covered[a - 1] && w.gap[a] === GAP_SPACE) {
    const m = mentions[covered[a - 1]! - 1]!;
    if (m.kind === 'gazetteer' && m.w1 === a && absorbable(m) && !(w.flags[a - 1]! & POSS)) {
      absorb(m);
      a = m.w0;
      type ??= lastHead ?? null;
    }
  }
  const key = keyText(w, a, b);
  const single = b - a === 1;
  const f = w.flags[a]!;
  const raw = w.raw[a]!;
  let maybe = false;
  if (single && f & UPPER) {
    // an acronym
    if (lex.notActorAcronyms.has(raw) || lex.notActorAcronyms.has(raw.replace(/\.$/, ''))) return;
    if (ctx.englishAt(a)) maybe = true; // NOT, NEVER, EVEN: only if defined in the text
    type ??= 'organization';
  } else if (single) {
    const k = w.key[a]!;
    const english = ctx.englishAt(a);
    const mid = capMid[w.keyId[a]!]!;
    if (lex.notActorHeads.has(k) || lex.heads.has(k)) maybe = true;
    else if (!titled) {
      // `Hell`, `Much`, `Time` opening a sentence; `Emergency` once in mid-sentence
      if (f & INITIAL) maybe = (english || !!(f & LOWER) || lowerSeen[w.keyId[a]!] === 1) && mid < 1;
      else maybe = english && mid < 2;
      // wink-nlp's tag: a verb, adverb, adjective... is no name (it tags most capitalised openers PROPN, so the reverse tells nothing)
      const pos = ctx.pos[a];
      if (pos && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'X' && (english || f & INITIAL)) maybe = true;
    }
    type ??= guessSingle(ctx, a);
  } else {
    // several words: at least one that is no ordinary English word, or a head noun; not a shouted line (`CLICK HERE TO FOLLOW TODD ON`)
    let upper = 0;
    let englishUpper = 0;
    for (let i = a; i < b; i++) {
      if (!(w.flags[i]! & UPPER)) continue;
      upper++;
      if (ctx.englishAt(i)) englishUpper++;
    }
    if (upper === b - a && b - a >= 3 && englishUpper * 2 >= upper) return;
    let ok = titled || type !== null;
    for (let i = a; i < b && !ok; i++) {
      if (w.flags[i]! & CAP && namey(ctx, i)) ok = true; // `ME ME AND ONLY ME` has none
    }
    if (!ok) {
      if (w.flags[a]! & INITIAL) return;
      maybe = true;
    }
    if (!type) {
      let particle = false;
      for (let i = a; i < b; i++) if (lex.particles.has(w.key[i]!) && w.flags[i]! & LOWER) particle = true;
      type = particle ? 'person' : guessMulti(ctx, a, b);
    }
  }
  const start = titleStart >= 0 ? w.start[titleStart]! : w.start[a]!;
  const idx = push({
    start,
    end: w.end[b - 1]!,
    w0: a,
    w1: b,
    kind: 'unknown',
    ids: [],
    aliasKind: undefined,
    name: nameText(ctx, a, b),
    key,
    type: type ?? 'person',
    titled,
    maybe,
    defines: undefined,
    entity: undefined,
  });
  if (titleStart >= 0) for (let k = titleStart; k < a; k++) covered[k] = idx + 1;
}

const PLACEY = new Set<EntityType>(['country', 'city', 'place']);
/** A place name or a demonym that can open an organisation's name (`Iraq Study Group`, `Sunni Reform Party`). */
const absorbable = (m: Mention): boolean => m.ids.length === 1 && (PLACEY.has(m.type) || m.type === 'group' || m.aliasKind === 'demonym');
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'inside']);

/** Type of a one-word unknown name from its context. */
function guessSingle(ctx: RecognizeContext, i: number): EntityType {
  const { w, view } = ctx;
  // `Lakka, Sierra Leone`, `Ferguson, Missouri`: a city
  const after = view.slice(w.end[i]!, w.end[i]! + 2);
  if (/^, ?\p{Lu}/u.test(after) && i + 1 < w.n) {
    const next = ctx.gaz.root.next?.get(w.key[i + 1]!);
    if (next?.variants?.some((v) => v.ids.some((id) => ['country', 'place'].includes(ctx.gaz.entries.get(id)!.type)))) return 'city';
  }
  if (i > 0 && PLACE_PREPS.has(w.key[i - 1]!) && spaceLike(w.gap[i]!)) return 'city';
  const raw = w.raw[i]!;
  if (/s$/.test(raw) && raw.length > 4 && ((i > 0 && w.key[i - 1] === 'the') || (i + 1 < w.n && /^(are|were|have|who)$/.test(w.key[i + 1]!)))) return 'group';
  if (w.flags[i]! & UPPER) return 'organization';
  return 'person';
}

/** Type of a multi-word unknown name without a head noun. */
function guessMulti(ctx: RecognizeContext, a: number, b: number): EntityType {
  const { w, view } = ctx;
  const after = view.slice(w.end[b - 1]!, w.end[b - 1]! + 2);
  if (/^, ?\p{Lu}/u.test(after) && b < w.n) {
    const next = ctx.gaz.root.next?.get(w.key[b]!);
    if (next?.variants?.some((v) => v.ids.some((id) => ['country', 'place'].includes(ctx.gaz.entries.get(id)!.type)))) return 'city';
  }
  if (a > 0 && PLACE_PREPS.has(w.key[a - 1]!) && b - a <= 2) return 'place';
  return 'person';
}


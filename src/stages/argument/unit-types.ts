import type { Cue, Unit } from '../../model/types.js';
import type { Tokens } from '../../nlp/base.js';
import type { Links } from './relations.js';
import type { Connective, Found, Info } from './signals.js';

/**
 * What each unit does, decided from what a reader sees and from the place
 * the unit took in the relations, each decision with its cues:
 *
 * - `title`: the title line;
 * - `background`: a lead-in that only introduces a quotation (`From NY
 *   Times:`), a line ending in a colon, a unit with no words;
 * - `question`: a question (rhetorical in commentary: it stands for a claim);
 * - `evidence`: quoted material used by the author (a block quotation, a
 *   direct quotation, reported speech the author relies on); the author's
 *   own facts, figures, examples and reports of events;
 * - `premise`: a reason given for another claim (`because …`), or a unit
 *   that supports a claim other than the thesis;
 * - `conclusion`: a unit drawn from what precedes (`so …`, `therefore …`);
 * - `claim`: the thesis and the author's other claims, concessions and
 *   objections included (their `stance` says which side they argue);
 *   quoted words the author disputes are the source's claims.
 */

const cueOf = (f: Found | Cue): Cue => ({ start: f.start, end: f.end, cue: f.cue });
/** A discourse marker as a cue: `premise marker "because"`. */
const markerCue = (c: Connective): Cue => ({ start: c.start, end: c.end, cue: `${c.relation} marker "${c.cue}"` });

export function isBackground(x: Info, view: string): boolean {
  if (x.words === 0) return true;
  // the unit's text is looked at only when the cheaper tests leave it open
  if (x.leadInOf && x.leadInOf.kind === 'block' && (!x.verb || endsInColon(x.unit, view))) return true;
  return x.line && endsInColon(x.unit, view) && !x.signals.normative && !x.signals.opinion;
}

/** The unit's text ends in a colon (before any white space). */
function endsInColon(u: Unit, view: string): boolean {
  return view.slice(u.start, u.end).trimEnd().endsWith(':');
}

/** Irregular past forms that, with named actors and no judgement, make a report of events. */
const PAST = new Set(['went', 'came', 'said', 'told', 'took', 'made', 'gave', 'got', 'was', 'were', 'had', 'did', 'met', 'sent', 'left', 'began', 'won', 'lost', 'fought', 'led', 'held', 'brought', 'bought', 'sold', 'paid', 'spent', 'saw', 'knew', 'thought', 'found', 'ran', 'stood', 'fell', 'rose', 'struck', 'killed', 'shot']);

function eventReport(x: Info, t: Tokens): Cue | null {
  if (x.signals.normative || x.signals.opinion || x.signals.evaluative || x.signals.hedges || x.signals.predictive || x.signals.certainty || x.emphasis.length || x.question) return null;
  let proper = false;
  let past: number = -1;
  for (let i = x.first; i <= x.last; i++) {
    if (t.pos[i] === 'PROPN') proper = true;
    if ((t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && past < 0 && (PAST.has(t.lower[i]!) || (t.pos[i] === 'VERB' && t.lower[i]!.endsWith('ed') && t.pos[i - 1] !== 'AUX' && t.pos[i - 1] !== 'ADV'))) past = i;
  }
  return proper && past >= 0 ? { start: t.start[past]!, end: t.end[past]!, cue: `report of an event: "${t.value[past]}" with named actors` } : null;
}

export function typeUnits(infos: readonly Info[], links: Links, mainClaim: number, view: string, t: Tokens, background: Uint8Array, claimCues: (i: number) => readonly Cue[] | undefined): void {
  for (const x of infos) {
    const u: Unit = x.unit;
    const i = x.index;
    const cues: Cue[] = [];
    let type: Unit['type'];
    const conclusion = x.open?.relation === 'conclusion' ? x.open : x.inner?.relation === 'conclusion' ? x.inner : null;
    if (x.title) {
      type = 'title';
      cues.push({ start: u.start, end: u.end, cue: 'title line' });
    } else if (background[i]) {
      type = 'background';
      cues.push({ start: u.start, end: u.end, cue: x.leadInOf ? `lead-in of quotation ${x.leadInOf.id}` : x.words === 0 ? 'no words' : 'line ending in a colon' });
    } else if (x.question) {
      type = 'question';
      cues.push(x.question);
      const r = x.signals.rhetorical?.[0];
      if (r) cues.push(cueOf(r));
    } else if (x.quote) {
      const q = x.quote;
      const disputed = q.stance === 'disputes' || x.opposing !== null;
      type = disputed ? 'claim' : 'evidence';
      cues.push({ start: q.start, end: q.end, cue: `${disputed ? 'the words of a source the author disputes' : 'quoted as evidence'}: ${q.kind} quotation ${q.id}${q.source ? ` (${q.source.name})` : ''}` });
    } else if (i === mainClaim) {
      type = conclusion ? 'conclusion' : 'claim';
      if (conclusion) cues.push(markerCue(conclusion));
    } else if (x.open?.relation === 'premise') {
      type = 'premise';
      cues.push(markerCue(x.open));
    } else if (conclusion) {
      type = 'conclusion';
      cues.push(markerCue(conclusion));
    } else {
      const evidence = x.signals.evidence?.[0] ?? x.numbers[0] ?? (x.open?.relation === 'elaboration' ? markerCue(x.open) : null) ?? eventReport(x, t);
      const target = links.target[i]!;
      if (evidence && !x.signals.normative && !x.signals.opinion) {
        type = 'evidence';
        cues.push(cueOf(evidence));
      } else if (target >= 0 && target !== mainClaim && links.type[i] === 'support' && links.rule[i] !== 'default' && links.rule[i] !== 'parallel') {
        type = 'premise';
        cues.push({ ...(links.cue[i] ?? { start: u.start, end: u.end }), cue: `a reason for ${infos[target]!.unit.id}` });
      } else {
        type = 'claim';
      }
    }
    if (type === 'claim' || i === mainClaim) {
      const own = claimCues(i) ?? [];
      for (const c of own) if (!cues.some((d) => d.start === c.start && d.end === c.end)) cues.push(cueOf(c));
      if (x.opposing) cues.push(cueOf(x.opposing));
      if (!cues.length) cues.push({ start: u.start, end: u.end, cue: "the author's statement, with no marker" });
    }
    if (i === mainClaim) cues.push({ start: u.start, end: u.end, cue: 'thesis' });
    u.type = type;
    u.cues = cues;
  }
}

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { check } from '../../helpers/check.js';

/** Quotations of a text as [text, kind, source name, cue]. */
function quotes(text: string) {
  return check(analyze(text)).quotes.map((q) => [text.slice(q.start, q.end), q.kind, q.source?.name ?? null, q.cue ? text.slice(q.cue.start, q.cue.end) : null]);
}

test('a short quotation framed by a verb of naming is its subject’s words, with the frame as the report', () => {
  const text = 'Senator Alvarez, speaking in Dayton on Monday, called the budget deal “a betrayal.”';
  const qs = quotes(text);
  assert.ok(qs.some(([s, kind, who]) => s === 'a betrayal.' && kind === 'direct' && who === 'Senator Alvarez'), JSON.stringify(qs));
  assert.ok(qs.some(([s, kind, who, cue]) => kind === 'indirect' && (s as string).startsWith('the budget deal') && who === 'Senator Alvarez' && cue === 'called'), JSON.stringify(qs));
});

test('two short quotations after one verb make one report', () => {
  const text = 'The mayor dismissed the audit, telling the council that the figures were “cooked” and “misleading.”';
  const qs = quotes(text);
  // (the dismissal is a report of its own, its object the audit)
  assert.ok(qs.some(([s, kind, , cue]) => s === 'the audit' && kind === 'indirect' && cue === 'dismissed'), JSON.stringify(qs));
  const reports = qs.filter(([, kind, , cue]) => kind === 'indirect' && cue === 'telling');
  assert.equal(reports.length, 1, JSON.stringify(qs));
  // (the report ends with the closing mark)
  assert.ok((reports[0]![0] as string).endsWith('“misleading.”'), JSON.stringify(reports));
  assert.equal(qs.filter(([, kind]) => kind === 'scare'), []);
});

test('without a frame, or in the author’s own words, a short quotation stays a scare quote', () => {
  assert.equal(quotes('The so-called “reform” passed on a party-line vote.').map(([s, kind]) => [s, kind]), [['reform', 'scare']]);
  assert.equal(quotes('Turkey helped him meet the leaders of the so-called “Free Syrian Army” in Istanbul.').map(([s, kind]) => [s, kind]), [['Free Syrian Army', 'scare']]);
  assert.equal(quotes('I called it a “victory” at the time, and I was wrong.').map(([s, kind]) => [s, kind]), [['victory', 'scare']]);
});

test('a report ends before a second report by the same speaker', () => {
  const text = 'Kessler said the merger was dead and said that talks would resume in May.';
  assert.equal(quotes(text), [
    ['the merger was dead', 'indirect', 'Kessler', 'said'],
    ['talks would resume in May', 'indirect', 'Kessler', 'said'],
  ]);
});

test('a participle after a comma speaks with the subject of the sentence', () => {
  const text = 'The spokesman said the talks had stalled, adding: “We will not sign this agreement as written.”';
  const qs = quotes(text);
  assert.ok(qs.some(([s, kind, who, cue]) => s === 'We will not sign this agreement as written.' && kind === 'direct' && who === 'The spokesman' && cue === 'adding'), JSON.stringify(qs));
});

test('a long subject: a share of a group, a phrase with a relative clause', () => {
  assert.equal(quotes('Sixty percent of likely voters say the economy is getting worse.'), [['the economy is getting worse', 'indirect', 'Sixty percent of likely voters', 'say']]);
  assert.equal(quotes('Two aides who attended the meeting said the governor was furious.'), [['the governor was furious', 'indirect', 'Two aides', 'said']]);
});

test('a verb of saying with a short object and a comma: "told CNN, …"', () => {
  assert.equal(quotes('Instead, Morales told CNN, the tariffs would be lifted within a year.'), [['the tariffs would be lifted within a year', 'indirect', 'Morales', 'told']]);
});

test('a report in a title-case headline: the words before the verb speak, the words after are the report', () => {
  const text = 'Governor Hollis Says The Budget Will Not Balance This Year\n\nThe governor spoke in Albany on Monday.';
  const qs = quotes(text);
  assert.equal(qs.filter(([, , , cue]) => cue === 'Says'), [['The Budget Will Not Balance This Year', 'indirect', 'Governor Hollis', 'Says']]);
  // not a report: a question, a noun that looks like a verb, a passive
  for (const line of ['Why Hollis’s Attacks On The Budget Could Backfire', 'State Agency Accused Of Hiding Budget Figures', 'Trump May Not Have Suggested A Registry']) {
    assert.equal(quotes(`${line}\n\nThe governor spoke in Albany on Monday.`).filter(([, , , cue]) => cue !== null && /^[A-Z]/.test(cue as string) && (cue as string).length > 3 && line.includes(cue as string)).length, 0, line);
  }
});

test('a quotation after a noun of wording is the wording of the clause’s subject or of the noun’s owner', () => {
  assert.equal(quotes('The governor has used the phrase “fiscal cliff” in every speech.').map(([s, kind, who]) => [s, kind, who]), [['fiscal cliff', 'direct', 'The governor']]);
  assert.equal(quotes('Fans wore caps with Senator Ruiz’s campaign slogan, “Bring It Home.”').map(([s, kind, who]) => [s, kind, who]), [['Bring It Home.', 'direct', 'Senator Ruiz']]);
  // the author's own wording stays a scare quote
  assert.equal(quotes('I dislike the word “synergy.”').map(([s, kind]) => [s, kind]), [['synergy.', 'scare']]);
});

test('a verb characterizing its object in an infinitive speaks with "for X to" or the sentence’s subject', () => {
  const qs = quotes('It has been common for pundits to portray the strike as a “class war” this month.');
  assert.ok(qs.some(([s, kind, who]) => s === 'class war' && kind === 'direct' && who === 'pundits'), JSON.stringify(qs));
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, CODES } from '../../../src/index.js';
import { check } from '../../helpers/check.js';

function quotes(text: string) {
  return check(analyze(text)).quotes.map((q) => ({
    kind: q.kind,
    text: text.slice(q.start, q.end),
    source: q.source?.name ?? null,
    rule: q.rule,
    within: q.within ?? null,
  }));
}

test('transcript turns and headlines: NAME: words', () => {
  const text = 'Partial transcript as follows:\n\nWALLACE: Will she be at the debate tomorrow night?\n\nPENCE: She will not be attending the debate tomorrow night.';
  const q = quotes(text).filter((x) => x.kind !== 'scare');
  assert.equal(q.map((x) => [x.kind, x.source, x.text]), [
    ['direct', 'WALLACE', 'Will she be at the debate tomorrow night?'],
    ['direct', 'PENCE', 'She will not be attending the debate tomorrow night.'],
  ]);
  const h = quotes('Sanders: Clinton needs to get away from the personality stuff.\n\nBernie Sanders offered advice on Friday.');
  assert.equal(h.map((x) => [x.kind, x.source]), [['indirect', 'Sanders']]);
  assert.equal(quotes('Update: the vote was moved to Friday afternoon.\n\nMore later.'), []);
  // a label as the head of the name, or a place heading a list, says nothing
  assert.equal(quotes('Editor’s Note: The following is the third of four excerpts from the book.\n\nMore later.'), []);
  assert.equal(quotes('Delegate Update: The latest count in the Democratic race.\n\nMore later.'), []);
  assert.equal(quotes('Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.\n\nThose are the members.').filter((x) => x.kind !== 'scare'), []);
});

test('a quotation signed with a dash', () => {
  const q = quotes('“He has empowered the worst people in this country to speak openly.” ― Sonya Herridge, Boston');
  assert.equal(q.map((x) => [x.kind, x.source, x.text]), [['direct', 'Sonya Herridge', 'He has empowered the worst people in this country to speak openly.']]);
});

test('a reporting noun with its content: X’s claim that …', () => {
  const q = quotes('Reporters checked Donald Trump’s claim that there have been thousands of shootings in Chicago this year.');
  assert.equal(q.map((x) => [x.kind, x.source, x.text]), [['indirect', 'Donald Trump', 'there have been thousands of shootings in Chicago this year']]);
});

test('a short quotation inside reported speech is the speaker’s words', () => {
  const q = quotes('Clinton called half of Donald Trump’s supporters “deplorables.”');
  assert.equal(q.map((x) => [x.kind, x.source, x.text, x.within]), [
    ['indirect', 'Clinton', 'half of Donald Trump’s supporters “deplorables.”', null],
    ['direct', 'Clinton', 'deplorables.', 'q1'],
  ]);
});

test("''…'' quotation marks (news wires) are double quotation marks", () => {
  const q = quotes("''There's a lot of new complexity,'' said Mr. Burman, a tax expert.");
  assert.equal(q.map((x) => [x.kind, x.source, x.text]), [['direct', 'Mr. Burman', "There's a lot of new complexity,"]]);
});

test('paragraphs wrapped in quotation marks by a CSV export are not quotations', () => {
  const text = ['"The council met on Monday to discuss the budget."', '"Members voted to cut the transport budget by a tenth."', '"The mayor said the cuts would hurt commuters."'].join('\n\n');
  const map = check(analyze(text));
  assert.ok(map.diagnostics.some((d) => d.code === CODES.WRAPPED_PARAGRAPHS));
  assert.equal(
    map.quotes.map((q) => [q.kind, text.slice(q.start, q.end)]),
    [['indirect', 'the cuts would hurt commuters']],
  );
});

test('interrupted attribution: the content goes on after it', () => {
  const q = quotes('Acts of protest, Mr. Obama said, are acts of patriotism.');
  assert.equal(q.map((x) => [x.kind, x.source, x.text]), [['indirect', 'Mr. Obama', 'Acts of protest, Mr. Obama said, are acts of patriotism']]);
});

test('appositive and parenthesis between the speaker and the verb (the name in apposition names the speaker)', () => {
  assert.equal(quotes('The campaign chairman, Phil Lovas, said he cannot comment on the letter.').map((x) => [x.source, x.text]), [['Phil Lovas', 'he cannot comment on the letter']]);
  assert.equal(quotes('Trump, speaking to a veterans group in Virginia, said he would order a review.').map((x) => [x.source, x.text]), [['Trump', 'he would order a review']]);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { check, readExample, texts } from '../../helpers/check.js';

const sentences = (text: string): string[] => {
  const map = check(analyze(text));
  return texts(text, map.sentences);
};

// [input, expected sentences]: wink-nlp's known errors mended, compromise's avoided
const TABLE: Array<[string, string[]]> = [
  ['She earned a Ph.D. in physics at Yale. Then she left.', ['She earned a Ph.D. in physics at Yale.', 'Then she left.']],
  ['The cost is Approx. 40 dollars per unit. That is a lot.', ['The cost is Approx. 40 dollars per unit.', 'That is a lot.']],
  ['We bought apples, pears, Etc. and then went home. Fine.', ['We bought apples, pears, Etc. and then went home.', 'Fine.']],
  ['“Is it over?” asked Bush. Nobody answered.', ['“Is it over?” asked Bush.', 'Nobody answered.']],
  ['“Is it over?” Bush asked. Nobody answered.', ['“Is it over?” Bush asked.', 'Nobody answered.']],
  ['"Are we safer?" asked the senator. The room fell silent.', ['"Are we safer?" asked the senator.', 'The room fell silent.']],
  // a longer attribution after an exclamation, an appositive before its verb; a new sentence after one is no attribution
  ['“We will win this state!” Trump told the crowd in Ohio. They cheered.', ['“We will win this state!” Trump told the crowd in Ohio.', 'They cheered.']],
  ['“Enough!” Murphy, the head of the party, tweeted on Friday. Few replied.', ['“Enough!” Murphy, the head of the party, tweeted on Friday.', 'Few replied.']],
  ['“Stop!” The officers ran after the man. He got away.', ['“Stop!”', 'The officers ran after the man.', 'He got away.']],
  ['He said “we will win.” Then he left the room.', ['He said “we will win.”', 'Then he left the room.']],
  ['She called it “a disaster.” Nobody disagreed with her.', ['She called it “a disaster.”', 'Nobody disagreed with her.']],
  ['Gen. Petraeus testified on Tuesday. Sen. McCain asked about Basra.', ['Gen. Petraeus testified on Tuesday.', 'Sen. McCain asked about Basra.']],
  ['Sen. David Perdue (R-Ga.) said he would vote against it. Others agreed.', ['Sen. David Perdue (R-Ga.) said he would vote against it.', 'Others agreed.']],
  ['The U.S. Army left the city. Then what happened?', ['The U.S. Army left the city.', 'Then what happened?']],
  ['The troops came from the U.S. and stayed for years. It was long.', ['The troops came from the U.S. and stayed for years.', 'It was long.']],
  ['It was over...or was it? Nobody knew.', ['It was over...or was it?', 'Nobody knew.']],
  // a hard-wrapped paragraph: a single newline never ends a sentence
  ['This is a hard-wrapped line that goes on\nand on until it ends. A second sentence\nfollows it here.', ['This is a hard-wrapped line that goes on\nand on until it ends.', 'A second sentence\nfollows it here.']],
];

for (const [input, expected] of TABLE) {
  test(`sentences: ${JSON.stringify(input).slice(0, 60)}`, () => {
    assert.equal(sentences(input), expected);
  });
}

test('sentences never cross paragraphs, even without final punctuation', () => {
  const text = 'A Title Without Punctuation\n\nThe first paragraph has one sentence.\n\nThe second has two. Here they are.';
  assert.equal(sentences(text), ['A Title Without Punctuation', 'The first paragraph has one sentence.', 'The second has two.', 'Here they are.']);
});

test('seed: the sentences a careful reader splits', () => {
  const text = readExample('basra-power-struggle.txt');
  const map = check(analyze(text));
  const s = texts(text, map.sentences);
  assert.is(s.length, 24);
  assert.ok(s.includes('Want to know something more disturbing?'));
  assert.ok(s.includes('We can’t stop it.'));
  assert.ok(s.includes('Enough of this nonsense.'));
  assert.ok(s.includes('Time to go.'));
  assert.ok(s.includes('From NY Times:'));
  // "Mr. Hakim’s", "Mr. Sadr" do not end sentences; "…" inside a sentence does not either
  assert.ok(s.some((x) => x.startsWith('This latter coalition') && x.endsWith('called the Badr Organization.')));
  assert.ok(s.some((x) => x.startsWith('Much of the reporting') && x.includes('Mr. Sadr and his militia')));
  assert.ok(s.some((x) => x.startsWith('So what makes more sense…stay') && x.endsWith('misuse our help?')));
  // every sentence lies in one paragraph
  for (const x of map.sentences) assert.ok(x.paragraph >= 0 && x.paragraph < map.paragraphs.length);
});

test("the news wires' two apostrophes close a sentence like a closing mark", () => {
  const text = "The mayor said she ''would not be bullied.'' A spokesman declined to comment. ''It is over,'' he said. ''Really over.'' The council met.";
  assert.equal(sentences(text), [
    "The mayor said she ''would not be bullied.''",
    'A spokesman declined to comment.',
    "''It is over,'' he said.",
    "''Really over.''",
    'The council met.',
  ]);
});

test.run();

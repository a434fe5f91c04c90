// A generator of commentary-like English for the benchmark: blog posts and
// op-eds with a title line, paragraphs of argument (claims, premises after
// "because", conclusions after "so", concessions, questions), direct and
// reported quotations with their speakers, lead-ins ("From The Times:")
// followed by block quotations, scare quotes, abbreviations and numbers.
// Deterministic: the same seed gives the same text, in any process.
//
//   import { generatePosts, generateDocument, countWords } from './generate.mjs';
//   generatePosts(500, { words: 600, seed: 1 })  -> string[]
//   generateDocument(1 << 20, { seed: 2 })       -> one string of about 1 MB
//
// Run directly to print a sample: node bench/generate.mjs [WORDS] [SEED]

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Barack Obama', 'Obama', 'the president'],
  ['Hillary Clinton', 'Clinton', 'the former secretary of state'],
  ['Nancy Pelosi', 'Pelosi', 'the Speaker'],
  ['Mitch McConnell', 'McConnell', 'the Senate leader'],
  ['John McCain', 'McCain', 'the senator from Arizona'],
  ['Gen. David Petraeus', 'Petraeus', 'the commanding general'],
  ['Nouri al-Maliki', 'Maliki', 'the prime minister'],
  ['Moqtada al-Sadr', 'Sadr', 'the cleric'],
  ['Angela Merkel', 'Merkel', 'the chancellor'],
  ['Margaret Hollis', 'Hollis', 'the governor'],
  ['Dr. Samuel Okafor', 'Okafor', 'the economist'],
  ['Rep. Linda Marsh', 'Marsh', 'the congresswoman'],
  ['Tom Brandt', 'Brandt', 'the mayor'],
  ['Elena Voss', 'Voss', 'the party chair'],
  ['Sen. Robert Kane', 'Kane', 'the senator'],
  ['Ahmed Rashid', 'Rashid', 'the analyst'],
  ['Paul Ryan', 'Ryan', 'the congressman from Wisconsin'],
  ['Bernie Sanders', 'Sanders', 'the senator from Vermont'],
  ['Donald Trump', 'Trump', 'the candidate'],
  ['Joe Biden', 'Biden', 'the vice president'],
];

const OUTLETS = [
  'The New York Times', 'The Washington Post', 'NY Times', 'the Wall Street Journal', 'Reuters',
  'the Associated Press', 'Politico', 'The Guardian', 'the BBC', 'Fox News', 'CNN', 'The Atlantic',
  'The Economist', 'NPR', 'the Los Angeles Times', 'Breitbart', 'The Hill',
];

const GROUPS = [
  'the administration', 'Congress', 'the Senate', 'the Pentagon', 'the State Department', 'the Democrats',
  'the Republicans', 'the White House', 'the Iraqi government', 'the Mahdi Army', 'the European Union',
  'the Federal Reserve', 'the Supreme Court', 'NATO', 'the United Nations', 'the unions', 'the city council',
  'the campaign', 'the party leadership', 'Wall Street', 'the U.S. military', 'the voters', 'the press',
];

const PLACES = [
  'Iraq', 'Basra', 'Baghdad', 'Iran', 'Washington', 'Ohio', 'Michigan', 'Syria', 'Afghanistan', 'Europe',
  'the Middle East', 'China', 'Russia', 'Ukraine', 'Texas', 'California', 'Detroit', 'Brussels', 'Kabul',
];

const ISSUES = [
  'the surge', 'the stimulus bill', 'health care reform', 'the tax cuts', 'the war', 'the budget deal',
  'the trade agreement', 'the withdrawal plan', 'immigration reform', 'the bailout', 'the minimum wage',
  'the new pipeline', 'the sanctions', 'the election law', 'the troop drawdown', 'the spending freeze',
  'the climate accord', 'the border wall', 'the nuclear deal', 'the pension reform', 'the farm bill',
];

const ADJ_BAD = [
  'a mistake', 'a disaster', 'dangerous', 'reckless', 'unworkable', 'a political stunt', 'shortsighted',
  'a betrayal of the voters', 'wildly expensive', 'doomed to fail', 'a gift to the lobbyists', 'naive',
];
const ADJ_GOOD = [
  'long overdue', 'the right call', 'a sensible compromise', 'necessary', 'working', 'popular for good reason',
  'the only serious option', 'a modest success', 'a step in the right direction', 'worth defending',
];

const CONSEQ = [
  'costs will keep rising', 'the violence will spread', 'our troops will be caught in the middle',
  'the deficit will balloon', 'jobs will move overseas', 'the voters will punish them in November',
  'nobody will trust the next promise', 'the region will be less stable', 'families will pay more',
  'the courts will strike it down', 'the militias will fill the vacuum', 'investors will stay away',
  'the talks will collapse', 'the recovery will stall', 'the party will split',
];

const REASONS = [
  'the numbers simply do not add up', 'nobody has explained how it will be paid for',
  'the last three attempts failed for the same reason', 'the evidence points the other way',
  'the people on the ground say so', 'it rewards exactly the wrong behavior',
  'the government has no plan for the day after', 'it was written by the industry it regulates',
  'the polls show voters want something else', 'history is not on their side',
  'the costs fall on those least able to bear them', 'the intelligence was thin from the start',
  'it ignores what happened in 2008', 'the money is already running out',
];

const SAY = ['said', 'told reporters', 'said on Sunday', 'wrote', 'argued', 'insisted', 'warned', 'added', 'said in a statement'];
const REPORT = ['said that', 'claimed that', 'argued that', 'warned that', 'told reporters that', 'insists that', 'believes that', 'admitted that'];

const QUOTES = [
  'We are not going to walk away from our commitments', 'This is a fight we cannot afford to lose',
  'Nobody in this building thinks the plan will work', 'The American people deserve better than this',
  'We have made real progress, and the numbers show it', 'I will not support any bill that raises taxes on the middle class',
  'There is no military solution to a political problem', 'The situation is fragile and reversible',
  'We need a timetable, not an open-ended commitment', 'It is time to bring our troops home',
  'This bill will create jobs in every state', 'Frankly, it is a mess', 'The economy is stronger than the critics admit',
  'We were never told the real cost', 'Is anyone surprised?',
];

const OPENERS = [
  'The more that comes out about {issue}, the more convinced I become that {group} got it wrong.',
  'Let me be clear: {issue} is {bad}.',
  'Everyone in {place} seems to have an opinion about {issue} this week.',
  'It has been a long week for {group}.',
  'Here we go again.',
  'I have written before about {issue}, and I was wrong about one thing.',
  'You would think {group} would have learned something by now.',
];

const CLAIMS = [
  '{Issue} is {bad}.', 'I think {issue} is {bad}.', '{Issue} is {good}, whatever {group} says.',
  'The truth is that {issue} was {bad} from the start.', '{Group} should drop {issue} and start over.',
  'We should NOT have been involved in any way, shape or form.', 'It is time for {group} to admit that {issue} has failed.',
  '{Person} is right about {issue}, and it pains me to say it.', 'In my view, {issue} deserves a second look.',
  'Our presence in {place} will increasingly be used as a political tool.', 'This is a dangerous oversimplification.',
];

const PREMISES = [
  'because {reason}', 'since {reason}', 'given that {reason}', 'as {reason}', 'for the simple reason that {reason}',
];

const SENTENCES = [
  '{claimcore}, because {reason}.',
  '{claimcore}, since {reason}.',
  '{Reason_cap}, so {conseq}.',
  'Although {group} insists otherwise, {reason}.',
  'If {issue} goes ahead, {conseq}.',
  'But {conseq}, and {group} knows it.',
  'Therefore {group} should think again.',
  'Not only that, {conseq}.',
  'While {person_short} talks about {issue}, {conseq}.',
  '{Person} {report} {conseq}.',
  'According to {outlet}, {conseq}.',
  '"{quote}," {person} {say}.',
  '"{quote}," {person_short} {say}, "and we will not apologize for it."',
  '{Person} {say}: "{quote}."',
  'As {person_short} put it, "{quote_lc}."',
  'What does {group} expect will happen in {place}?',
  'Why should we believe them this time?',
  'So what makes more sense: stay the course or change it?',
  'The so-called "{scare}" is nothing of the kind.',
  'Approx. {num} percent of voters in {place} disagree, according to a poll released on {day}.',
  'The U.S. has spent ${num} billion on {issue} since {year}.',
  'Hell, even {person_short} does not like what {pron} is seeing.',
  'Again, this is not about {issue}, so the threat is overstated.',
  'We can\u2019t stop it, and we shouldn\u2019t pretend otherwise.',
  'That is the real story here \u2014 and {outlet} missed it.',
  '{Group} ({abbr}) has yet to respond.',
  'Enough of this nonsense.',
  'Time to go.',
  'Read the rest here.',
];

const SCARE = ['victory', 'reform', 'progress', 'stability', 'compromise', 'experts', 'moderates'];
const ABBR = ['NATO', 'EU', 'GOP', 'DNC', 'UN', 'SCIRI', 'JAM', 'CBO', 'IMF'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Sunday', 'Jan. 5', 'Sept. 11', 'March 3'];

const BLOCK = [
  'EVEN if {group} is able to contain {issue}, there are still three worrisome possibilities that could divide {place} and deny {group} any form of "{scare}."',
  'One is that {group} could turn against the central government. The second is that the struggle over {issue} could lead to fighting in {place}.',
  '{Person} said the plan would be reviewed, but officials in {place} privately concede that {conseq}. "{quote}," one official said.',
  'The report, released by {group} on {day}, found that {reason}. It estimated that {num} percent of the funds had not been accounted for.',
];

const TITLES = [
  '{Issue_title} = Why We Should Leave {place}', 'The Truth About {Issue_title}', 'Why {Person_short} Is Wrong on {Issue_title}',
  'Politics {place} Power Struggle', '{Issue_title}: A Bad Idea Whose Time Has Come', 'Stop Pretending {Issue_title} Works',
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s) => s.replace(/^the /, '').split(' ').map(cap).join(' ');

/** A text generator over one PRNG. */
function writer(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  let person = pick(PEOPLE);
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, key) => {
      switch (key) {
        case 'issue': return pick(ISSUES);
        case 'Issue': return cap(pick(ISSUES));
        case 'Issue_title': return titleCase(pick(ISSUES));
        case 'group': return pick(GROUPS);
        case 'Group': return cap(pick(GROUPS));
        case 'place': return pick(PLACES);
        case 'bad': return pick(ADJ_BAD);
        case 'good': return pick(ADJ_GOOD);
        case 'reason': return pick(REASONS);
        case 'Reason_cap': return cap(pick(REASONS));
        case 'conseq': return pick(CONSEQ);
        case 'Person': person = pick(PEOPLE); return random() < 0.7 ? person[0] : cap(person[2]);
        case 'person': person = pick(PEOPLE); return random() < 0.6 ? person[0] : person[2];
        case 'person_short': return person[1];
        case 'Person_short': person = pick(PEOPLE); return person[1];
        case 'pron': return random() < 0.5 ? 'he' : 'she';
        case 'outlet': return pick(OUTLETS);
        case 'say': return pick(SAY);
        case 'report': return pick(REPORT);
        case 'quote': return pick(QUOTES).replace(/[?.]$/, '');
        case 'quote_lc': { const q = pick(QUOTES).replace(/[?.]$/, ''); return q.charAt(0).toLowerCase() + q.slice(1); }
        case 'scare': return pick(SCARE);
        case 'abbr': return pick(ABBR);
        case 'num': return String(2 + Math.floor(random() * 97));
        case 'year': return String(1990 + Math.floor(random() * 30));
        case 'day': return pick(DAYS);
        case 'claimcore': return pick(CLAIMS).replace(/\.$/, '').replace(/\{(\w+)\}/g, (m) => fill(m));
        default: return `{${key}}`;
      }
    });

  const sentence = () => {
    const r = random();
    if (r < 0.25) return fill(pick(CLAIMS));
    if (r < 0.35) return fill(`${pick(CLAIMS).replace(/\.$/, '')}, ${pick(PREMISES)}.`);
    return fill(pick(SENTENCES));
  };

  const paragraph = () => {
    const n = 2 + Math.floor(random() * 4);
    const out = [];
    for (let i = 0; i < n; i++) out.push(sentence());
    return out.join(' ');
  };

  /** One post of about `words` words. */
  const post = (words) => {
    const paras = [];
    let count = 0;
    const add = (p) => {
      paras.push(p);
      count += countWords(p);
    };
    if (random() < 0.5) add(fill(pick(TITLES)));
    add(`${fill(pick(OPENERS))} ${paragraph()}`);
    while (count < words) {
      const r = random();
      if (r < 0.15 && count + 120 < words) {
        add(`From ${pick(OUTLETS)}:`);
        const k = 1 + Math.floor(random() * 2);
        for (let i = 0; i < k; i++) add(fill(pick(BLOCK)));
      } else if (r < 0.2) {
        // a hard-wrapped paragraph, as e-mail and some blogs send them
        add(paragraph().replace(/(.{60,72}?) /g, '$1\n'));
      } else {
        add(paragraph());
      }
    }
    if (random() < 0.3) add(fill(pick(TITLES)));
    return paras.join('\n\n');
  };

  return { post };
}

/** Whitespace-separated words, as `wc -w` counts them: the unit of every words/s figure. */
export function countWords(text) {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** `n` posts of about `words` words each. */
export function generatePosts(n, { words = 600, seed = 1 } = {}) {
  const w = writer(rng(seed));
  const out = [];
  for (let i = 0; i < n; i++) out.push(w.post(words * (0.8 + 0.4 * ((i * 7919) % 101) / 100)));
  return out;
}

/** One document of about `chars` UTF-16 units: posts run together as one long text. */
export function generateDocument(chars, { seed = 2 } = {}) {
  const w = writer(rng(seed));
  const parts = [];
  let size = 0;
  while (size < chars) {
    const p = w.post(600);
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const words = Number(process.argv[2] ?? 600);
  const seed = Number(process.argv[3] ?? 1);
  const [text] = generatePosts(1, { words, seed });
  process.stdout.write(`${text}\n`);
  process.stderr.write(`${countWords(text)} words\n`);
}

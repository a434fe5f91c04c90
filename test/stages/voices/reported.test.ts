import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/index.js';
import { check } from '../../helpers/check.js';

function indirect(text: string) {
  return check(analyze(text))
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [text.slice(q.start, q.end), q.source?.name ?? null, q.cue ? text.slice(q.cue.start, q.cue.end) : null]);
}

test('X said that …', () => {
  assert.equal(indirect('The prime minister said that the operation in Basra would continue until the militias disarmed.'), [
    ['the operation in Basra would continue until the militias disarmed', 'The prime minister', 'said'],
  ]);
});

test('X warned / told reporters that …', () => {
  assert.equal(indirect('General Petraeus told reporters in Baghdad on Tuesday that the violence had fallen sharply.'), [
    ['the violence had fallen sharply', 'General Petraeus', 'told'],
  ]);
});

test('…, X said. and …, said X.', () => {
  assert.equal(indirect('The talks have stalled over the timetable, officials said.'), [['The talks have stalled over the timetable', 'officials', 'said']]);
  assert.equal(indirect('The talks have stalled over the timetable, said Ali al-Dabbagh.'), [['The talks have stalled over the timetable', 'Ali al-Dabbagh', 'said']]);
});

test('the person addressed is not the content: told reporters / told the committee …', () => {
  assert.equal(indirect('General Odierno told reporters the violence had fallen.'), [['the violence had fallen', 'General Odierno', 'told']]);
  assert.equal(indirect('The minister told the committee the plan was sound.'), [['the plan was sound', 'The minister', 'told']]);
  // a bare object of such a verb reports nothing
  assert.equal(indirect('The senator held a rally in Ames on Sunday.'), []);
  assert.equal(indirect('Obama told Breitbart News in an interview on Monday.'), []);
});

test('according to X', () => {
  assert.equal(indirect('According to the ministry, forty people died in the fighting.'), [['forty people died in the fighting', 'the ministry', 'According to']]);
  assert.equal(indirect('Forty people died in the fighting, according to the ministry.'), [['Forty people died in the fighting', 'the ministry', 'according to']]);
});

test('the author is not reported speech: I think, we believe', () => {
  assert.equal(indirect('I think the answer is obvious, because our soldiers should never fight this war.'), []);
  assert.equal(indirect('We believe the war was a mistake.'), []);
});

test('naming and infinitives are not reports', () => {
  assert.equal(indirect('It is impossible to tell who is allied with whom.'), []);
  assert.equal(indirect('The coalition has its own militia, called the Badr Organization.'), []);
});



test('not reports: "per person", "it justified", a fronted clause before a subject and verb, "charged fees"', () => {
  assert.equal(indirect('A reduction of the dose, which costs ten euros per person, should be considered.'), []);
  assert.equal(indirect('Since chess is not an Olympic event, computer games recognized as sports would be a surprise.'), []);
  assert.equal(indirect('If all universities charged tuition fees, fewer students would enrol.'), []);
});

function all(text: string) {
  return check(analyze(text)).quotes.map((q) => [q.kind, text.slice(q.start, q.end), q.source?.name ?? null]);
}

test('X said, “…”: the quotation after the comma is direct, not an indirect report around it', () => {
  const text = 'Adelson said, “They have got to be able to win.”';
  assert.equal(all(text), [['direct', 'They have got to be able to win.', 'Adelson']]);
  // a fronted clause before the speaker is not the speaker's words either
  const t2 = 'Asked about the bomb, Clinton said, “We do not know yet.”';
  assert.equal(all(t2).filter((q) => q[0] === 'indirect'), [['indirect', 'the bomb', null]]);
  assert.equal(all(t2).find((q) => q[0] === 'direct')?.[2], 'Clinton');
});

test('X yelled “…!”: a whole quoted sentence right after a saying verb is that speaker\'s direct quotation', () => {
  assert.equal(all('Then a man in the crowd yelled “Stay there!” and ran.'), [['direct', 'Stay there!', 'a man in the crowd']]);
  assert.equal(all('Wilson yelled “You lie!” at the president.'), [['direct', 'You lie!', 'Wilson']]);
});

test('a report ends before another speaker\'s report after a comma', () => {
  const q = indirect('The mayor said the budget was balanced, but the auditor said it was not.');
  assert.equal(q, [
    ['the budget was balanced', 'The mayor', 'said'],
    ['it was not', 'the auditor', 'said'],
  ]);
});

test('a speaker with an appositive and a relative clause before the verb is the subject, not the content', () => {
  assert.equal(indirect('Rep. Elijah Cummings (D-Md.), chair of the platform committee, said Clinton did not appear concerned.'), [
    ['Clinton did not appear concerned', 'Rep. Elijah Cummings', 'said'],
  ]);
  assert.equal(indirect('But Murshed Zaheed, political director of CREDO Action, which organized the letter, said the response was undercut by her ties to Clark.'), [
    ['the response was undercut by her ties to Clark', 'Murshed Zaheed', 'said'],
  ]);
  assert.equal(indirect('The senator, who spoke in Ames, said the war was lost.'), [['the war was lost', 'The senator', 'said']]);
});

test('an adjunct between the verb and the content: "said on Friday he …", "said in an interview the …", "said about half …"', () => {
  assert.equal(indirect('Sheldon Adelson said on Friday he met Donald Trump earlier this week.'), [['he met Donald Trump earlier this week', 'Sheldon Adelson', 'said']]);
  assert.equal(indirect('She said in an interview the plan was dead.'), [['the plan was dead', 'She', 'said']]);
  assert.equal(indirect('The budget office said about half of the adjustment reflected revenue losses.'), [['about half of the adjustment reflected revenue losses', 'The budget office', 'said']]);
});

test('an attribution after an adverb, and after a fronted clause with a main clause', () => {
  assert.equal(indirect('Still, he said, officials have to decide who gets extra scrutiny.'), [['officials have to decide who gets extra scrutiny', 'he', 'said']]);
  assert.equal(indirect('As a woman, Ms. Malik likely raised less suspicion, Mr. Verdery said.'), [['As a woman, Ms. Malik likely raised less suspicion', 'Mr. Verdery', 'said']]);
});

test('an endorsement or a criticism reports its object, which ends before a time adjunct or a second predicate', () => {
  assert.equal(indirect('Ryan endorsed Trump in early June, but only after publicly deliberating.'), [['Trump', 'Ryan', 'endorsed']]);
  assert.equal(indirect('Christie endorsed Trump last week and has appeared at his side.'), [['Trump', 'Christie', 'endorsed']]);
  assert.equal(indirect('Martha Allen, a delegate from Vermont, criticized her state’s lax gun laws.'), [['her state’s lax gun laws', 'Martha Allen', 'criticized']]);
  assert.equal(indirect('The union, which endorsed Hillary Clinton in November, is widely regarded as liberal.'), [['Hillary Clinton', 'The union', 'endorsed']]);
});

test('a second report after "but did", "and also": the same subject', () => {
  assert.equal(indirect('He did not mention his opponents by name but did note that he had won the most states.'), [
    ['his opponents by name', 'He', 'mention'],
    ['he had won the most states', 'He', 'note'],
  ]);
});

test('progressive forms and names in the object: "is also congratulating", "isn’t saying what …", "told The Associated Press … that"', () => {
  assert.equal(indirect('Trump is also congratulating his rivals.'), [['his rivals', 'Trump', 'congratulating']]);
  assert.equal(indirect('Trump isn’t saying what other interrogation techniques he would support.'), [['what other interrogation techniques he would support', 'Trump', 'saying']]);
  assert.equal(indirect('Gross was referring to Jim Brady and his wife.'), [['Jim Brady and his wife', 'Gross', 'referring to']]);
  assert.equal(indirect('She told The Associated Press on Monday that the investigation is independent.'), [['the investigation is independent', 'She', 'told']]);
});

test('calling someone something is a report of the speaker’s view; a name given is not', () => {
  assert.equal(indirect('Former Gov. Martin O’Malley called Trump a fascist.'), [['Trump a fascist', 'Former Gov. Martin O’Malley', 'called']]);
  assert.equal(indirect('The coalition has its own militia, called the Badr Organization.'), []);
  assert.equal(indirect('They called him Moktada.'), []);
});

test('poll respondents as speakers: "About 4 in 10 say", "about half of … voters said", a participle in the subject, "who say"', () => {
  assert.equal(indirect('About 4 in 10 say they want the next president to have more liberal policies.'), [['they want the next president to have more liberal policies', '4 in 10', 'say']]);
  assert.equal(indirect('In Vermont, about half of Democratic primary voters said they want a change.')[0]?.slice(0, 2), ['they want a change', 'half of Democratic primary voters']);
  assert.equal(indirect('Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.')[0]?.[0], 'they would be satisfied');
  assert.equal(indirect('The state faced a backlash from business leaders who say the law unfairly targets gay people.'), [['the law unfairly targets gay people', 'business leaders', 'say']]);
});

test('", referring to …" after a quotation reports its speaker; "told The Post and Courier of Charleston on Saturday that"', () => {
  const text = '“There’s a real demographic revolution,” Ramos said, referring to the growing Hispanic community.';
  assert.equal(indirect(text), [['the growing Hispanic community', 'Ramos', 'referring to']]);
  assert.equal(indirect('Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted for Rubio.'), [['he voted for Rubio', 'Wilson', 'told']]);
});

test('a report ends before a contrast the writer draws, an object before an adjunct of the act', () => {
  assert.equal(indirect('Asked about it, 72 percent of Democrats said yes while 48 percent overall agreed.').find((q) => q[2] === 'said')?.[0], 'yes');
  assert.equal(indirect('Bernie Sanders is thanking his supporters at a victory rally in Vermont.'), [['his supporters', 'Bernie Sanders', 'thanking']]);
  assert.equal(indirect('The person confirmed the meeting on the condition of anonymity.'), [['the meeting', 'The person', 'confirmed']]);
  // "have admitting privileges" is no progressive report
  assert.equal(indirect('The laws require that doctors at clinics have admitting privileges at local hospitals.').filter((q) => q[2] === 'admitting'), []);
});

test('a passive with its agent: the subject is what the agent reported', () => {
  assert.equal(indirect('The meeting was first reported by Politico.'), [['The meeting', 'Politico', 'reported']]);
  assert.equal(indirect('The bill was signed by the president on Friday.'), [['The bill', 'the president', 'signed']]);
});

test('", citing …" after a quotation reports what its speaker cites; "reported at least six …"', () => {
  assert.equal(indirect('“It is bad,” McCain said, citing low economic growth.'), [['low economic growth', 'McCain', 'citing']]);
  assert.equal(indirect('Friday morning, CNN reported at least six planes filled the skies.'), [['at least six planes filled the skies', 'CNN', 'reported']]);
});

test('"Asked whether …," reports the question an unnamed interviewer put, with no source unless "Asked by X"', () => {
  const text = 'Asked if the comments had rattled them as well, Ryan said he was not worried.';
  assert.equal(all(text), [
    ['indirect', 'if the comments had rattled them as well', null],
    ['indirect', 'he was not worried', 'Ryan'],
  ]);
  assert.equal(indirect('Asked by Stephanopoulos to respond to the criticism, Carson said he would not.')[0], ['respond to the criticism', 'Stephanopoulos', 'Asked']);
});

test('a reporting verb the tagger reads as a noun: "Viguerie notes that", "records show he", ", the reports show."', () => {
  assert.equal(indirect('Viguerie notes that Reagan Democrats can play a key role.'), [['Reagan Democrats can play a key role', 'Viguerie', 'notes']]);
  assert.equal(indirect('FEC records from the 2008 election cycle show he backed John McCain.')[0]?.[0], 'he backed John McCain');
  assert.equal(indirect('The super PAC replaced its ads, the reports show.'), [['The super PAC replaced its ads', 'the reports', 'show']]);
  // a noun is still a noun: "his claims that were false"
  assert.equal(indirect('The fact-checkers rejected his claims that were false.').filter((q) => q[2] === 'claims'), []);
});

test('"…, and accused X of …" is a second report by the same speaker; "The ad slams/NOUN Kasich"', () => {
  assert.equal(indirect('Nigel Farage said the warning was telling, and accused Downing Street of putting words in his mouth.'), [
    ['the warning was telling', 'Nigel Farage', 'said'],
    ['Downing Street of putting words in his mouth', 'Nigel Farage', 'accused'],
  ]);
  assert.equal(indirect('The new ad slams Kasich for voting in favor of the ban.')[0]?.[0], 'Kasich for voting in favor of the ban');
});

test('a verb with an object is no attribution set off by commas; ", saying, “…”" speaks with the sentence’s subject', () => {
  const text = 'During a speech earlier in the day, Trump attacked Clinton for her support of the war, saying, "She is trigger-happy."';
  assert.equal(all(text), [
    ['indirect', 'Clinton for her support of the war', 'Trump'],
    ['direct', 'She is trigger-happy.', 'Trump'],
  ]);
});

test('where and to whom is no content: "reported from Washington", "says to Nevadans", "went on national television"', () => {
  assert.equal(indirect('Ryan Grim reported from Washington, D.C.'), []);
  assert.equal(indirect('On Thursday, Hillary Clinton went on national television.'), []);
  assert.equal(indirect('Sanders warned of a long fight ahead.'), [['a long fight ahead', 'Sanders', 'warned']]);
});

test('a subject after a subordinator tagged as a preposition: "after Zoe Saldana revealed …"', () => {
  assert.equal(indirect('People fell out of their chairs after Zoe Saldana revealed her husband had taken her last name.'), [['her husband had taken her last name', 'Zoe Saldana', 'revealed']]);
  // the object of a real preposition is still no subject
  assert.equal(indirect('Over the weekend said the paper was wrong.'), []);
});

test('a long subject for a verb of support or wanting: "A majority of voters looking for an outsider supported Trump"', () => {
  assert.equal(indirect('A majority of voters looking for an outsider candidate supported Trump, providing a boost to him.'), [['Trump', 'A majority of voters looking for an outsider candidate', 'supported']]);
});

test('sentence-initial names tagged as verbs, asides after the verb, "but" and "and he …" after the content', () => {
  assert.equal(indirect('Cook said Carter stopped the practice, but Cook did not say when.')[0], ['Carter stopped the practice', 'Cook', 'said']);
  assert.equal(indirect('His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million.'), [['Trump raised $4 million', 'His campaign chairman Paul Manafort', 'said']]);
  assert.equal(indirect('Rubio said the real extremist is Hillary Clinton, and he railed against the moderators.')[0], ['the real extremist is Hillary Clinton', 'Rubio', 'said']);
  assert.equal(indirect('Clinton says the mails were personal, but for Republicans, it is a smoking gun.')[0], ['the mails were personal', 'Clinton', 'says']);
});

test('author texts stay the author’s: "I as an employee find", "Having said that,", passives without a speaker', () => {
  assert.equal(indirect('Well, I as an employee find it very practical to be able to shop on weekends.'), []);
  assert.equal(indirect('Having said that, state funds are often wasted on nonsensical investments.'), []);
  assert.equal(indirect('Tuition fees should not generally be charged by universities.'), []);
  assert.equal(indirect('Since however skat, chess etc. are not accepted as Olympic events, computer games should also not be recognized as Olympic events.'), []);
});

test('a time is no speaker: the subject stands before it', () => {
  assert.equal(indirect('Wells Fargo just this month announced it would get rid of these incentives.'), [['it would get rid of these incentives', 'Wells Fargo', 'announced']]);
});

test('according to: any source up to the comma, after a short adjunct, a statement the tagger saw no verb in', () => {
  assert.equal(indirect('She lost the Oregon primary, according to complete but unofficial returns.'), [['She lost the Oregon primary', 'complete but unofficial returns', 'according to']]);
  assert.equal(indirect('Since last November, according to Human Rights Watch, security forces have killed 400 protesters.'), [['security forces have killed 400 protesters', 'Human Rights Watch', 'according to']]);
  assert.equal(indirect('Sanders trails Clinton in California by 4 percentage points, according to the polling average.')[0]?.[0], 'Sanders trails Clinton in California by 4 percentage points');
  // "according to the market" without a comma may mean "in accordance with"
  assert.equal(indirect('A fixing of rent prices according to the market alone, however, will divide society.'), []);
});

test('"X backs …" reports X’s support; "backed away from" does not', () => {
  assert.equal(indirect('Minnesota Gov. Mark Dayton is backing Hillary Clinton.'), [['Hillary Clinton', 'Minnesota Gov. Mark Dayton', 'backing']]);
  assert.equal(indirect('He backed away from the plan.'), []);
});

test('a named possessor’s reporting noun with its object or infinitive: "Graham’s endorsement of Cruz", "Trump’s proposal to ban …"', () => {
  assert.equal(indirect('Sen. Graham’s energetic endorsement of Cruz will raise questions.'), [['Cruz', 'Sen. Graham', 'endorsement']]);
  assert.equal(indirect('Trump’s proposal to ban Muslims was criticized.')[0], ['to ban Muslims', 'Trump', 'proposal']);
  assert.equal(indirect('Obama’s visit to Iraq was short.'), []);
});

test('a list of quoted names is one report: "called Trump a “liar” who is “amoral,” a “bully” and a “narcissist”"', () => {
  const text = 'The governor called his rival a “career liar” who is “utterly hollow,” a “bully” and a “coward.”';
  assert.equal(indirect(text), [['his rival a “career liar” who is “utterly hollow,” a “bully” and a “coward.”', 'The governor', 'called']]);
  assert.equal(all(text).filter((q) => q[0] === 'direct').map((q) => q[2]), ['The governor', 'The governor', 'The governor', 'The governor']);
  // a second clause after the list is not part of it
  assert.equal(indirect('She called the plan “a disaster,” and the crowd cheered.'), [['the plan “a disaster,”', 'She', 'called']]);
});

test('a verb characterizing its object with quoted words: "admires Putin as a “strong leader”", "likened the rules to “…”"', () => {
  assert.equal(indirect('The mayor openly admires the old regime as a “model of order,” his aides say.')[0], ['the old regime as a “model of order,”', 'The mayor', 'admires']);
  assert.equal(indirect('Senator Wells has been pounding the governor as a “reckless spender” for months.'), [['the governor as a “reckless spender”', 'Senator Wells', 'pounding']]);
  assert.equal(indirect('The professor likened the new rules to “tearing up the charter” in his lecture.'), [['the new rules to “tearing up the charter”', 'The professor', 'likened']]);
  assert.equal(indirect('The review board rated 40% of the claims as “false” or “misleading,” a record.'), [['40% of the claims as “false” or “misleading,”', 'The review board', 'rated']]);
  assert.equal(indirect('The mayor is describing as “reckless” a budget that cuts the police.'), [['as “reckless”', 'The mayor', 'describing']]);
  // a passive, the author and no quotation characterize nobody's words
  assert.equal(all('The bridge was seen as a “lifeline” by the villagers.').map((q) => q[0]), ['scare']);
  assert.equal(all('I regard him as a “genius.”').map((q) => q[0]), ['scare']);
  assert.equal(indirect('The council treats the budget as a priority.'), []);
});

test('a noun-tagged verb before an object pronoun: "Democrats call/NOUN them “lone wolves”"', () => {
  assert.equal(indirect('The Democrats call them “lone wolves” in every speech.'), [['them “lone wolves”', 'The Democrats', 'call']]);
});

test('verbs of intention report their infinitive: "refused to endorse", "plans to", "sought"', () => {
  assert.equal(indirect('The governor refused to endorse the party’s nominee.'), [['to endorse the party’s nominee', 'The governor', 'refused']]);
  assert.equal(indirect('The union sought a meeting with the mayor.'), [['a meeting with the mayor', 'The union', 'sought']]);
  assert.equal(indirect('Oil prices declined sharply on Monday.'), []);
});

test('"In a poll, …": a sentence opening with a document as its source', () => {
  assert.equal(indirect('In a Quinnipiac poll released Tuesday, 45 percent of voters backed the levy.')[0], ['45 percent of voters backed the levy', 'a Quinnipiac poll released Tuesday', 'In']);
  // the clause's own report names its speaker; a year is no document
  assert.equal(indirect('In his speech, the mayor said the levy would pass.'), [['the levy would pass', 'the mayor', 'said']]);
  assert.equal(indirect('In 2012, the levy passed by ten points.'), []);
  // the head of the phrase is the document ("In many of these reports" is no source), and a clause with a speaker of
  // its own keeps it ("In a statement, the ministry denied …")
  assert.equal(indirect('In many of these reports, the victims become activists.'), []);
  assert.equal(indirect('In a statement, the ministry denied any role in the attack.'), [['any role in the attack', 'the ministry', 'denied']]);
});

test('a report ends at a semicolon, and before another speaker’s report after "and" or a dash', () => {
  assert.equal(indirect('Officials said the timing was not planned; they only learned of it on Friday.'), [['the timing was not planned', 'Officials', 'said']]);
  assert.equal(indirect('Republicans said the inquiry was mishandled and Democrats accused them of stoking the issue.').map((q) => q[0]), ['the inquiry was mishandled', 'them of stoking the issue']);
  assert.equal(indirect('Fowler said the race would be more intense — and he noted that any change would come later.').map((q) => q[0]), ['the race would be more intense', 'any change would come later']);
});

test('a share of people opens a report of its own', () => {
  assert.equal(indirect('Six in 10 said the mayor is honest, and three-quarters said the same of the council.').map((q) => [q[0], q[1]]), [
    ['the mayor is honest', 'Six in 10'],
    ['the same of the council', 'three-quarters'],
  ]);
});

test('the speaker before an age, a party and state, or a description set off by commas', () => {
  assert.equal(indirect('Ramil Carr, 31, a freelance photographer, said the convention was a disaster.'), [['the convention was a disaster', 'Ramil Carr', 'said']]);
  assert.equal(indirect('Sen. Rand Paul, R-Ky., told reporters that the polls could be wrong.'), [['the polls could be wrong', 'Sen. Rand Paul', 'told']]);
  assert.equal(indirect('On Tuesday, the mayor, a Democrat, said the budget was balanced.'), [['the budget was balanced', 'the mayor', 'said']]);
  // a dateline is no part of the speaker, whatever the dash is tagged
  assert.equal(indirect('WASHINGTON ― Members of the caucus said on Tuesday that the nominee was a fraud.'), [['the nominee was a fraud', 'Members of the caucus', 'said']]);
});

test('an object that is a list of nouns runs over its commas and an -ing modifier', () => {
  assert.equal(indirect('The senator said the economy was weak, citing low growth, unemployment and growing economic inequality.'), [
    ['the economy was weak', 'The senator', 'said'],
    ['low growth, unemployment and growing economic inequality', 'The senator', 'citing'],
  ]);
});

test('a second report by the same speaker after "but did not"', () => {
  assert.equal(indirect('The senator said he would back the eventual nominee but did not suggest it would be the governor.'), [
    ['he would back the eventual nominee', 'The senator', 'said'],
    ['it would be the governor', 'The senator', 'suggest'],
  ]);
});

test('a subject pronoun after a fronted adjunct or a date is the speaker', () => {
  assert.equal(indirect('In a long interview with the local radio station she blasted the council for its budget.'), [['the council for its budget', 'she', 'blasted']]);
  assert.equal(indirect('On March 3 they said the count was wrong.'), [['the count was wrong', 'they', 'said']]);
});

test('a participle opening the sentence reports its object with the subject after the comma', () => {
  assert.equal(indirect('Bemoaning the cost of the new stadium, the mayor vetoed the budget.'), [['the cost of the new stadium', 'the mayor', 'Bemoaning']]);
  // (a participle with no object reports nothing)
  assert.equal(indirect('Speaking to reporters, the mayor said the budget was balanced.'), [['the budget was balanced', 'the mayor', 'said']]);
});

test('a gerund of manner ends the object, and reports on its own', () => {
  assert.equal(indirect('The board published its findings by announcing that the audit was complete.'), [
    ['its findings', 'The board', 'published'],
    ['the audit was complete', 'The board', 'announcing'],
  ]);
});

test('"which" or "that" after a noun: the noun is the speaker', () => {
  assert.equal(indirect('Reporters turned to the city health department which reported that cases had doubled.'), [['cases had doubled', 'the city health department', 'reported']]);
});

test('the person addressed, then a time, then the content', () => {
  assert.equal(indirect('The governor told Iowans this weekend he would sign the bill.'), [['he would sign the bill', 'The governor', 'told']]);
  assert.equal(indirect('The governor told African-Americans on Friday he would sign the bill.'), [['he would sign the bill', 'The governor', 'told']]);
});

test('a sentence that runs into a quotation closed by its attribution is the speaker\'s report', () => {
  const text = 'Whatever the motive, the new levy “is a tax on the poor,” said Ms. Ortiz.';
  const q = check(analyze(text)).quotes;
  const mixed = q.find((x) => x.rule === 'mixed-quotation')!;
  assert.equal(text.slice(mixed.start, mixed.end), 'Whatever the motive, the new levy “is a tax on the poor,');
  assert.equal(mixed.source?.name, 'Ms. Ortiz');
  const direct = q.find((x) => x.kind === 'direct')!;
  assert.equal(text.slice(direct.start, direct.end), 'is a tax on the poor,');
  assert.equal(direct.within, mixed.id);
  // a quotation opening its sentence is no mixed one
  assert.equal(check(analyze('“It is a tax on the poor,” said Ms. Ortiz.')).quotes.map((x) => x.kind), ['direct']);
});

test('a progressive the tagger reads as an adjective, and an object ending before ", but he …"', () => {
  assert.equal(indirect('The governor is promising lower fares and “buses, buses, buses,” but he has also raised tolls.'), [
    ['lower fares and “buses, buses, buses,”', 'The governor', 'promising'],
  ]);
});

test('an indirect question after a verb of asking, even with a quotation in it', () => {
  assert.equal(indirect('The candidate has often wondered whether the referees will be “neutral” to him, raising doubts early.'), [
    ['whether the referees will be “neutral” to him', 'The candidate', 'wondered'],
  ]);
});

test('"by saying" and "saying that" after a noun report with the subject of the sentence', () => {
  assert.equal(indirect('The mayor answered a caller on Monday by saying the tunnel would open in May.').at(-1), ['the tunnel would open in May', 'The mayor', 'saying']);
  assert.equal(indirect('The mayor posted three tweets on Monday saying that the tunnel would open in May.'), [['the tunnel would open in May', 'The mayor', 'saying']]);
});

test('adjuncts with commas or a quoted title between the verb and "that"', () => {
  assert.equal(indirect('The mayor says at a town hall in Dayton, Ohio, that the tunnel will open in May.'), [['the tunnel will open in May', 'The mayor', 'says']]);
  assert.equal(indirect('The mayor tells WKRC’s “Morning Show” on Friday that the tunnel will open in May.').at(-1), ['the tunnel will open in May', 'The mayor', 'tells']);
});

test('a relative clause after a whole reported clause is the writer\'s', () => {
  assert.equal(indirect('The campaign spent the week insisting that Ohio is a toss-up, which is a bold claim given the polls.'), [['Ohio is a toss-up', 'The campaign', 'insisting']]);
});

test('a share of people with a plural verb the tagger read as a noun', () => {
  assert.equal(indirect('About two-thirds support a new stadium.'), [['a new stadium', 'two-thirds', 'support']]);
  assert.equal(indirect('Most farmers support Senator Grassley.'), [['Senator Grassley', 'Most farmers', 'support']]);
});

test('a prepositional phrase after a characterizing quotation is part of it, but not a time or a setting', () => {
  assert.equal(indirect('A 1990 column hailed the mayor as “the builder” for the towers he was raising downtown.'), [['the mayor as “the builder” for the towers he was raising downtown', 'A 1990 column', 'hailed']]);
  assert.equal(indirect('The senator has been pounding the governor as a “reckless spender” for months.'), [['the governor as a “reckless spender”', 'The senator', 'pounding']]);
});

test('"including" after a reported clause is no participle of the writer', () => {
  assert.equal(indirect('The mayor said that “the budget decides too much” in this city, including who gets a bus line.'), [
    ['“the budget decides too much” in this city, including who gets a bus line', 'The mayor', 'said'],
  ]);
});

test('quantifiers and demonstratives head a subject; a fronted clause\'s report ends before the main clause', () => {
  assert.equal(indirect('Those close to the mayor say that she will run again.'), [['she will run again', 'Those close to the mayor', 'say']]);
  assert.equal(indirect('The plan angered farmers, many of whom say the levy is unfair.'), [['the levy is unfair', 'many of whom', 'say']]);
  assert.equal(indirect('While those surveyed said the mayor has the “best record,” the governor is the one voters trust.'), [['the mayor has the “best record,”', 'those surveyed', 'said']]);
});

test('a relative clause without "that" and a participle after the head stay in the subject', () => {
  assert.equal(indirect('All the economists I interviewed said the plan was sound.'), [['the plan was sound', 'All the economists', 'said']]);
});

test('a participle of a stance after a comma reports its object with the subject', () => {
  assert.equal(indirect('The union went on the attack, accusing the board of “bad faith bargaining.”'), [['the board of “bad faith bargaining.”', 'The union', 'accusing']]);
});

test('a name opening the clause before a long appositive with commas of its own is the speaker', () => {
  assert.equal(indirect('Maria Lopez, a pollster who works with Forward Ohio, a liberal group, said the race was tied.'), [['the race was tied', 'Maria Lopez', 'said']]);
});

test('a passive "asked": the question is reported, with no speaker', () => {
  const q = check(analyze('The senator has been asked about a loan from a bank.')).quotes;
  assert.equal(q.map((x) => [x.kind, 'The senator has been asked about a loan from a bank.'.slice(x.start, x.end), x.source]), [['indirect', 'a loan from a bank', null]]);
});

test('a verb of naming with its object and what it is called, also as a participle after "with"', () => {
  assert.equal(indirect('The senator called him reckless and accused him of lying.'), [
    ['him reckless', 'The senator', 'called'],
    ['him of lying', 'The senator', 'accused'],
  ]);
  assert.equal(indirect('The debate turned sharp, with Governor Ames calling the plan a fraud.'), [['the plan a fraud', 'Governor Ames', 'calling']]);
});

test('an attribution interrupting the content: the content is its parts before and after', () => {
  const text = 'The new bridge, the mayor said, would open in the spring.';
  const q = check(analyze(text)).quotes.find((x) => x.kind === 'indirect')!;
  assert.equal(q.parts!.map((p) => text.slice(p.start, p.end)), ['The new bridge', 'would open in the spring']);
  assert.equal(q.source?.name, 'the mayor');
  const text2 = 'It was, he said, the worst week of his term.';
  assert.equal(check(analyze(text2)).quotes.find((x) => x.kind === 'indirect')!.parts!.map((p) => text2.slice(p.start, p.end)), ['It was', 'the worst week of his term']);
  // (an adverb alone before it is no part; a new clause after "and" is no part)
  assert.equal(indirect('Still, he said, the council has to decide.'), [['the council has to decide', 'he', 'said']]);
  assert.equal(indirect('The talks have stalled, officials said, and the troops left.'), [['The talks have stalled', 'officials', 'said']]);
});

test('an aside between commas inside a reported clause: a preposition or a participle with its preposition', () => {
  assert.equal(indirect('The pollster said the mayor, despite his wealth, is better placed to win the vote.'), [['the mayor, despite his wealth, is better placed to win the vote', 'The pollster', 'said']]);
  assert.equal(indirect('Developers say the program, run by the state, has brought jobs to the valley.'), [['the program, run by the state, has brought jobs to the valley', 'Developers', 'say']]);
});

test('a verb that closes a quotation reports it, not the adjunct after it; a clause after it is still a report', () => {
  assert.equal(indirect('“We will win this state,” the senator said at a Dayton, Ohio town hall event on Thursday.'), []);
  assert.equal(indirect('Walking in to chants of “Go! Go!,” the senator said his campaign was closing strong.'), [['his campaign was closing strong', 'the senator', 'said']]);
});

test('where a content ends: another speaker after a comma, "as have others", the main verb after a relative clause, a participle after two apostrophes', () => {
  assert.equal(indirect('The plan is sound, former Governor Ames said on Tuesday.'), [['The plan is sound', 'former Governor Ames', 'said']]);
  assert.equal(indirect('The mayor said he will run again, and other council members said they would back him.'), [
    ['he will run again', 'The mayor', 'said'],
    ['they would back him', 'other council members', 'said'],
  ]);
  assert.equal(indirect('Two senators have said they will not back the bill, as has the governor.'), [['they will not back the bill', 'Two senators', 'said']]);
  assert.equal(indirect('Mr. Ruiz, who said the audit was fair, said he had seen no errors in it.'), [
    ['the audit was fair', 'Mr. Ruiz', 'said'],
    ['he had seen no errors in it', 'Mr. Ruiz', 'said'],
  ]);
  // (after an aside, the verb is the content's own)
  assert.equal(indirect('The judge, who suggested that the chief, under fire for the raids, should resign, left early.').map((x) => x[0]), ['the chief, under fire for the raids, should resign']);
  assert.equal(indirect("The clerk said the count was ''final and binding,'' adding that no ballots were missing.")[0]![0], "the count was ''final and binding,''");
});

test('a time after the verb, then the content; an adverb between commas inside it', () => {
  assert.equal(indirect('The governor said Wednesday she, too, wants an inquiry into the shooting.'), [['she, too, wants an inquiry into the shooting', 'The governor', 'said']]);
  assert.equal(indirect('Trump said Friday he will win the state easily.'), [['he will win the state easily', 'Trump', 'said']]);
});

test('subjects: a capitalised name tagged as an adverb, and "those who"', () => {
  assert.equal(indirect('Rep. David Jolly said he has worked with both parties on the student loan bill.'), [['he has worked with both parties on the student loan bill', 'Rep. David Jolly', 'said']]);
  assert.equal(indirect('Among those who said the economy mattered most, a majority backed the senator.'), [
    ['the economy mattered most', 'those who', 'said'],
    ['the senator', 'a majority', 'backed'],
  ]);
});

test('objects: an infinitive keeps its adjuncts and a second bare verb; a new clause after "and" ends an object', () => {
  assert.equal(indirect('The governor wants to limit or eliminate the federal role in schools.'), [['to limit or eliminate the federal role in schools', 'The governor', 'wants']]);
  assert.equal(indirect('The mayor declined to participate in Thursday night’s debate.'), [['to participate in Thursday night’s debate', 'The mayor', 'declined']]);
  assert.equal(indirect('The council backed the budget and the mayor signed it the next day.'), [['the budget', 'The council', 'backed']]);
});

test('a participle of a stance after its noun reports the noun’s stance', () => {
  assert.equal(indirect('A super PAC supporting the governor’s campaign, Forward Ohio, led the spending.'), [['the governor’s campaign', 'A super PAC', 'supporting']]);
  assert.equal(indirect('Outside groups backing the senator also have spent heavily in the state.'), [['the senator', 'Outside groups', 'backing']]);
});

test('a share compared with another ends the content; a share with an auxiliary is another speaker', () => {
  assert.equal(indirect('Most voters said they had made up their minds, compared with 38 percent who were undecided.'), [['they had made up their minds', 'Most voters', 'said']]);
  assert.equal(indirect('Many delegates said they support the mayor, 39 have said they support her rival and the rest are silent.')[0], ['they support the mayor', 'Many delegates', 'said']);
});

test('a fronted question: a time before it, and no part of the answer\'s content', () => {
  assert.equal(indirect('Asked on Monday whether her husband would join the cabinet, the senator shook her head.'), [['whether her husband would join the cabinet', null, 'Asked']]);
  assert.equal(indirect('Asked if the emails were illegal, 46 percent of voters said yes, compared with 23 percent who said they were improper.'), [
    ['if the emails were illegal', null, 'Asked'],
    ['they were improper', '23 percent', 'said'],
  ]);
});

test('what a document finds it reports; a person who finds something does not', () => {
  assert.equal(indirect('The mayor has the support of 52 percent of voters, while his rival has 33 percent, the poll found.'), [['The mayor has the support of 52 percent of voters, while his rival has 33 percent', 'the poll', 'found']]);
  assert.equal(indirect('A 2009 study found improvements in math scores among the poorest students.'), [['improvements in math scores among the poorest students', 'A 2009 study', 'found']]);
  assert.equal(indirect('The mayor found the keys in his coat.'), []);
});

test('"…, as X say": the clause before "as" is what X say; a participle after a dash or an adverb speaks too', () => {
  assert.equal(indirect('The race is far from over, as some party leaders in the state say.'), [['The race is far from over', 'some party leaders in the state', 'say']]);
  assert.equal(indirect('If the hackers are indeed working for a government — as many researchers believe — the damage is done.'), [['If the hackers are indeed working for a government', 'many researchers', 'believe']]);
  // (not a verb with an object of its own: "as Republicans hold their largest majority")
  assert.equal(indirect('The chances are slim, as Republicans hold their largest majority in decades.'), []);
  assert.equal(indirect('The senator grew tougher, eventually saying the plan would be a disaster.'), [['the plan would be a disaster', 'The senator', 'saying']]);
  assert.equal(indirect('The governor changed his pick on the spot – saying he was rooting for the home team.'), [['he was rooting for the home team', 'The governor', 'saying']]);
  assert.equal(indirect('But few believe the truce can last beyond the summer.'), [['the truce can last beyond the summer', 'few', 'believe']]);
});

test('a verb whose object is no content reports a clause only with a subject and its finite verb', () => {
  assert.equal(indirect('Going into Tuesday, the senator held a lead based on wins from the primaries.'), []);
  assert.equal(indirect('Mr. Ackman held a conference call to defend the company.'), []);
  assert.equal(indirect('The defendant maintained he was innocent.'), [['he was innocent', 'The defendant', 'maintained']]);
  assert.equal(indirect('The mayor maintained that the budget was balanced.'), [['the budget was balanced', 'The mayor', 'maintained']]);
});

test.run();

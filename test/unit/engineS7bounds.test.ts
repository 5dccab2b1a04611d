// Where reported content ends (seventh session, "bounds"): a noun object stops before the source's second
// predicate in the past ("reported engine trouble and lost control"), a content clause stops before a
// coordinated clause of another's belief (", and monitors believe …"), before the occasion of the saying ("as
// he left the courtroom", "when asked"), and runs on over a semicolon into a second that-clause; a sentence
// may end with the name "Jan." (a month abbreviation only before a number); a closing bracket and a dash before
// "about"/"by" go on with the content, a colon before "In particular, …" ends it; a fronted "According to X,"
// holds its sentence over a semicolon. Near-misses keep the content whole. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found, reportedIn } from './engineFound';

suite('engine: where reported content ends (S7 bounds)', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['an irregular past after a noun object', 'The pilot reported engine trouble and lost control before the landing.', [['engine trouble', 'The pilot']]],
    ['a common past after a noun object', 'The firm denied the claims and took legal action against the newspaper.', [['the claims', 'The firm']]],
    ['an -ed verb and its object after a noun object', 'The company announced the layoffs and closed two plants in March.', [['the layoffs', 'The company']]],
    ['an -ed verb and its particle after a noun object', 'The crew reported a fuel leak and turned back to Dunmore.', [['a fuel leak', 'The crew']]],
    ['a clause keeps its subject\'s second predicate', 'The pilot said the engine lost power and stopped over the lake.', [['the engine lost power and stopped over the lake', 'The pilot']]],
    ['an -ed adjective of a coordinated noun stays', 'The mayor denied bribery and related charges.', [['bribery and related charges', 'The mayor']]],
    ['", and" with another source\'s belief', 'Residents reported gunfire in the old town, and human rights monitors believe at least 12 people were killed.', [['gunfire in the old town', 'Residents']]],
    ['", but" with a belief', 'The club said the deal was done, but fans suspect the player will stay.', [['the deal was done', 'The club']]],
    ['", while" with a belief', 'The coach said the team was ready, while critics doubt it can win.', [['the team was ready', 'The coach']]],
    ['a coordinated subject of the content with a verb of belief', 'The union said the workers and managers believe the plan will fail.', [['the workers and managers believe the plan will fail', 'The union']]],
    ['a coordinated clause of facts runs on', 'The hospital said one nurse injured her hand, and two patients were treated for smoke inhalation.', [['one nurse injured her hand, and two patients were treated for smoke inhalation', 'The hospital']]],
    ['"as" with a pronoun that leaves', 'Haldor Pike insisted he was innocent as he left the courtroom.', [['he was innocent', 'Haldor Pike']]],
    ['"as" with a pronoun that arrives', 'The minister said the talks had failed as she arrived at the summit.', [['the talks had failed', 'The minister']]],
    ['"as" of the content\'s own', 'The bank said prices would rise as demand grew.', [['prices would rise as demand grew', 'The bank']]],
    ['"when" of the content\'s own', 'Witnesses said the crowd began shouting when they arrived at the square.', [['the crowd began shouting when they arrived at the square', 'Witnesses']]],
    ['"when asked" after the content', 'Dorn said he had not read the report when asked about it.', [['he had not read the report', 'Dorn']]],
    ['a second that-clause after a semicolon', 'The envoy argued that the regime was weak; that its army could not hold the north.', [['the regime was weak; that its army could not hold the north', 'The envoy']]],
    ['a demonstrative "that" after a semicolon is the reporter\'s', 'The firm said exports fell; that was expected after the strike.', [['exports fell', 'The firm']]],
    ['"when asked to" is the content\'s own condition', 'The minister said he would resign when asked to do so.', [['he would resign when asked to do so', 'The minister']]],
    ['a semicolon before the reporter\'s next clause', 'Police said two men were arrested; both were released on bail.', [['two men were arrested', 'Police']]],
    ['a name "Jan" closing its sentence', 'The witness testified that he was denounced by a cousin named Ali Jan. Ali Jan\'s family had a feud with his.', [['he was denounced by a cousin named Ali Jan', 'The witness']]],
    ['"Jan." before a day stays an abbreviation', 'Officials said the vote would take place on Jan. 12 in the capital.', [['the vote would take place on Jan. 12 in the capital', 'Officials']]],
    ['a bracket closing the sentence is a gloss', 'Police said the quake struck 40 miles (64 km).', [['the quake struck 40 miles (64 km)', 'Police']]],
    ['a dash before an approximator goes on', 'The agency said prices rose sharply in May — about 4% in a month.', [['prices rose sharply in May — about 4% in a month', 'The agency']]],
    ['a dash before the reporter\'s noun phrase ends', 'The mayor said the talks had failed — a setback for the town.', [['the talks had failed', 'The mayor']]],
    ['a colon before a capitalised function word ends', 'The judge said several factors aggravated the offence: In particular, he had lied to the court.', [['several factors aggravated the offence', 'The judge']]],
    ['a list after a colon stays', 'The engineer said the sheet has three layers: copper in the middle and paper outside.', [['the sheet has three layers: copper in the middle and paper outside', 'The engineer']]],
    ['a bracketed adjunct closing the sentence still ends it', 'The clerk said the forms were sent to the council (on Friday).', [['the forms were sent to the council', 'The clerk']]],
    ['"and" + an -ed word before a quantity noun coordinates nouns', 'The ministry reported two deaths and injured dozens at the plant.', [['two deaths and injured dozens at the plant', 'The ministry']]],
    ['a fronted "According to" holds the sentence over a semicolon', 'According to the observatory, the quake struck at a depth of 5 km; the epicentre was near Kovan.', [['the quake struck at a depth of 5 km; the epicentre was near Kovan', 'the observatory']]],
    ['", and" with another\'s agreement', 'The minister said the border would reopen, and the president agreed.', [['the border would reopen', 'The minister']]],
    ['"as" with a pronoun acting in public', 'The minister told parliament the border would reopen as she presented the budget.', [['the border would reopen', 'The minister']]],
    ['a noun of belief after a preposition runs on', 'Reports said people fled their homes and offices in fear.', [['people fled their homes and offices in fear', 'Reports']]],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepStrictEqual(reportedIn(text), expected));
  }
});

suite('engine: reported clauses beside a quoted fragment (S7 bounds)', () => {
  const cases: Array<[string, string, Array<[string, string, string | null]>]> = [
    ['a determiner opening the second subject', 'Friel said the council should resign and the plan was "a disaster".', [['indirect', 'the council should resign', 'Friel'], ['mixed', 'a disaster', 'Friel']]],
    ['a name opening the second subject', 'Friel said the council should resign, and Mayor Ola Dunn "must go".', [['indirect', 'the council should resign', 'Friel'], ['mixed', 'must go', 'Friel']]],
    ['"but that" after a quoted fragment', 'Friel said the company faced "a difficult year", but that no jobs would go.', [['mixed', 'a difficult year', 'Friel'], ['indirect', 'no jobs would go', 'Friel']]],
    ['"and" inside the subject of the quoted clause', 'Friel said the council and the mayor were "at odds".', [['mixed', 'at odds', 'Friel']]],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepStrictEqual(found(analyzeBody(text)), expected));
  }
});

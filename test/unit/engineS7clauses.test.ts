// Content clauses after a cue that the clause tests missed (session 7, clauses): a present "-s" verb after a
// determiner and a noun behind a verb of saying, a that-only verb without "that" before a clear clause, a list
// of names opening the content, a pronoun fused with its auxiliary, a plural role noun before an evidence verb.
// Every sentence is written for the test; the near-misses (noun objects) must stay as they are.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: content clauses after a cue (s7 clauses)', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a present verb and "to" after "said the industry"', 'Marta Ruiz said the mining industry attempts to avoid paying for cleanups.', [['the mining industry attempts to avoid paying for cleanups', 'Marta Ruiz']]],
    ['a present verb and a bare object after "says"', 'The charity says the company targets poor families.', [['the company targets poor families', 'The charity']]],
    ['a present verb and "most of" after "said"', 'The minister said the army controls most of the city.', [['the army controls most of the city', 'The minister']]],
    ['a present verb after a hearer of "told"', 'Kari Sten told reporters the firm owes workers two months of wages.', [['the firm owes workers two months of wages', 'Kari Sten']]],
    ['a present verb after "insisted"', 'Professor Olu Adebayo insisted the drug reduces swelling in most patients.', [['the drug reduces swelling in most patients', 'Olu Adebayo']]],
    ['"held" a pronoun and its verb', 'The court held he had financed the militia.', [['he had financed the militia', 'The court']]],
    ['"ruled" a noun phrase and "was"', 'The judge ruled the contract was void.', [['the contract was void', 'The judge']]],
    ['"has ruled" a pronoun and a modal', 'The court has ruled he may stand for office.', [['he may stand for office', 'The court']]],
    ['"requested" a subjunctive clause', 'The mayor requested funds be released for the repairs.', [['funds be released for the repairs', 'The mayor']]],
    ['a list of names opening the content', 'The coroner said Smith, Jones and Patel died at the scene.', [['Smith, Jones and Patel died at the scene', 'The coroner']]],
    ['a list of names before a modal', 'The mayor said Paris, Lyon and Nice would host the games.', [['Paris, Lyon and Nice would host the games', 'The mayor']]],
    ['"he\'d" opening the content', 'Omar Hadi says he\'d vote again.', [['he\'d vote again', 'Omar Hadi']]],
    ['"it\'s" opening the content', 'The club said it\'s too early to tell.', [['it\'s too early to tell', 'The club']]],
    ['an "-ies" plural of a role noun before "indicated"', 'Several studies indicated that voters were angry.', [['voters were angry', 'Several studies']]],
    ['a plural role noun before "indicated"', 'Both officers indicated they would appeal.', [['they would appeal', 'Both officers']]],
    ['"on the record as stating that"', 'Governor Ray Tull is also on the record as stating that taxes must fall.', [['taxes must fall', 'Ray Tull']]],
    ['"went on record as saying"', 'Ray Tull went on record as saying the plan would fail.', [['the plan would fail', 'Ray Tull']]],
    ['"quoted X as warning that"', 'The paper quoted a senior officer as warning that the raid would fail.', [['the raid would fail', 'a senior officer']]],
    ['a hearer after "to", a comma and a clause', 'The doctor explained to the family, their son was stable.', [['their son was stable', 'The doctor']]],
    ['a collective noun and a base form before "they"', 'The band say they are splitting up.', [['they are splitting up', 'The band']]],
    ['a collective noun and "insist" before "she"', 'The family insist she was innocent.', [['she was innocent', 'The family']]],
    ['a relative pronoun as the subject of a past verb', 'The army shelled the town on Friday, which officials say killed 10 militants.', [['killed 10 militants', 'officials']]],
    ['"which" a name "says" and a modal', 'Police used harsh tactics against protesters, which Tom Reed says would lead to less violence.', [['would lead to less violence', 'Tom Reed']]],
    ['"that" a plural noun and a modal after a hearer', 'Ines Botta explained to reporters that protests would continue.', [['protests would continue', 'Ines Botta']]],
    ['"that" a coordinated plural subject after a hearer', 'Ines Botta explained to reporters that protests and work stoppages should not be seen as anger.', [['protests and work stoppages should not be seen as anger', 'Ines Botta']]],
    ['"which" a name "says" and a present verb', 'The new rule, which Ana Ruiz says costs the city millions, starts in May.', [['costs the city millions', 'Ana Ruiz']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  const nothing: Array<[string, string]> = [
    ['"said a prayer"', 'Father Tomas said a prayer for the victims.'],
    ['"said the morning prayers at …"', 'The priest said the morning prayers at the chapel.'],
    ['"stated his name"', 'Ben Oyelaran stated his name and address.'],
    ['"indicated his support"', 'The minister indicated his support for the plan.'],
    ['"ruled the country for 20 years"', 'The king ruled the country for 20 years.'],
    ['"held a press conference"', 'The party held a press conference on Monday.'],
    ['"held the hearing in private"', 'The court held the hearing in private.'],
    ['"ruled it invalid"', 'The board ruled it invalid.'],
    ['"held the suspect"', 'Police held the suspect for two days.'],
    ['"requested a meeting with …"', 'The union requested a meeting with the board.'],
    ['"concluded its inquiry"', 'The commission concluded its inquiry in March.'],
    ['a noun "ruling" before "will"', 'Tara Quinn believes the final ruling will be close.'],
    ['a noun "rules" before a relative', 'The bill, which seeks to end the old rules which are applied to the region, was approved by the assembly.'],
    ['a noun "rules" before a pronoun', 'The rules he made were strict.'],
    ['a list of names with no verb', 'Lars Berg said Oslo, Bergen and Trondheim.'],
    ['a finding of tests', 'Blood tests indicated the driver had been drinking.'],
    ['a finding of images', 'Satellite images show the camp has grown.'],
    ['a relative after the hearer\'s comma', 'The mayor spoke to reporters, who had waited all day outside the hall.'],
    ['an adverbial and a question after the hearer\'s comma', 'The guide explained to the visitors, in detail, how the caves were formed.'],
    ['"on record as" a noun phrase', 'Ray Tull is on record as a supporter of the plan.'],
    ['a compound noun "family claim"', 'The family claim was rejected by the court.'],
    ['a compound noun "council report" before "they"', 'The council report they published was long.'],
    ['a compound noun "team post"', 'The team post on the website drew many replies.'],
    ['a relative "that" after a hearer', 'The mayor spoke to the crowd that had gathered outside.'],
    ['a plural noun before its verb', 'Recent reports have revealed the extent of the damage.'],
    ['a plural noun after "that" before its verb', 'The claims that reports have made are false.'],
  ];
  for (const [name, text] of nothing) test(`no statement: ${name}`, () => assert.deepStrictEqual(reported(text), []));
});

// Sources of a cue that the source finder missed (session 7, "sources"): a quantifier standing alone for members
// of a group named before ("One claimed …", "Some say …", "Both said …"), with the group as the speaker's alias;
// plural role nouns and research nouns as the subjects of evidence verbs ("Both officers indicated …", "The
// study suggested …"); bare research plurals opening the sentence ("Earlier studies have suggested …"). Every
// sentence is written for the test. A noun after an acronym's bracketed expansion ("An FBI (Federal Bureau of
// Investigation) agent said …") is a source by itself; a coordinated subject ("X's parents and other family say …")
// makes the base form after its singular noun a verb; a source post-modified by a date ("one source from October
// 2004 said …") runs to the date; a proportion of a group ("Almost 90% of respondents said …") is one source; an
// emphatic reflexive ("The president himself said …") follows its source.
import * as assert from 'assert';
import { analyzeBody, reportedIn } from './engineFound';

suite('engine: session 7 sources', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['"One" alone after a group', 'Three neighbours spoke to police. One claimed the fire had started in the garage.', [['the fire had started in the garage', 'a neighbour']]],
    ['"One" with an adverb and a hearer', 'Several climbers were rescued. One later told reporters that the storm came without warning.', [['the storm came without warning', 'One']]],
    ['"Some" before a past cue', 'Residents gathered outside the hall. Some said they had not been warned.', [['they had not been warned', 'Some']]],
    ['"Many" before a base cue', 'Hundreds of farmers marched on Monday. Many say prices have fallen by half.', [['prices have fallen by half', 'Many']]],
    ['"Most" before a past cue', 'The union polled its members. Most said they would accept the offer.', [['they would accept the offer', 'Most']]],
    ['"Both" taken in by the cue', 'Two officers were charged. Both said they had acted lawfully.', [['they had acted lawfully', 'Both']]],
    ['a quantifier after ", and"', 'Four people were hurt, and one said the bus had braked hard.', [['the bus had braked hard', 'one']]],
    ['a plural role before an evidence verb', 'Two officers were convicted. Both officers indicated they would appeal.', [['they would appeal', 'Both officers']]],
    ['a plural role before "indicated that"', 'Three senators indicated that they would vote against the bill.', [['they would vote against the bill', 'Three senators']]],
    ['a study before "suggested"', 'The study suggested that the drug cut deaths by a third.', [['the drug cut deaths by a third', 'The study']]],
    ['a bare research plural with its adjective', 'Earlier studies have suggested that the virus spread from bats.', [['the virus spread from bats', 'Earlier studies']]],
    ['a noun after an acronym\'s bracketed expansion', 'An FBI (Federal Bureau of Investigation) agent said investigators found two rifles.', [['investigators found two rifles', 'agent']]],
    ['a role after an acronym\'s bracketed expansion', 'A UN (United Nations) official said that aid would arrive within days.', [['aid would arrive within days', 'official']]],
    ['a coordinated possessive subject before a base form', "Lena Marsh's parents and other family say they have not heard from her.", [['they have not heard from her', "Lena Marsh's parents; other family"]]],
    ['a coordinated subject with "her" before a base form', 'The mayor and her sister say the house was sold.', [['the house was sold', 'The mayor; her sister']]],
    ['a source post-modified by a month and year', 'At least one source from March 2010 said that Harlow wants to sell the farm.', [['Harlow wants to sell the farm', 'one source from March 2010']]],
    ['a source post-modified by a decade', 'An aide from the early 1990s said the senator had kept a diary.', [['the senator had kept a diary', 'An aide from the early 1990s']]],
    ['a name before its bracketed expansion', 'The IRA (Irish Republican Army) said it would disarm.', [['it would disarm', 'IRA']]],
    ['a percentage of a group', 'Almost 90% of respondents said the rules were unsafe.', [['the rules were unsafe', 'Almost 90% of respondents']]],
    ['"About half of" a group', 'About half of the workers said they were unpaid.', [['they were unpaid', 'About half of the workers']]],
    ['an emphatic reflexive after the source', 'The president himself said that he would go.', [['he would go', 'The president']]],
    ['a base form after a bracketed expansion is a noun', 'The IMF (International Monetary Fund) report said growth would slow.', [['growth would slow', 'report']]],
    ['bare research with its adjective', 'Previous research has suggested that sleep improves memory.', [['sleep improves memory', 'Previous research']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reportedIn(text), expected));

  const none: Array<[string, string]> = [
    ['the generic "one" before a modal', 'One could argue that the plan failed.'],
    ['"one" before a noun it determines', 'Two came. One reported case was confirmed on Monday.'],
    ['"some" before a noun it determines', 'Some reported cases were later withdrawn.'],
    ['"One reason" is no cue', 'One reason why voters stayed home is clear.'],
    ['"several" before a past form and its noun', 'Several claimed victories turned out to be false.'],
    ['"one" before a past form and its noun', 'One stated goal of the plan is lower rents.'],
    ['"several" before a past form and a noun that is also a verb form', 'Several announced projects were cancelled.'],
    ['a belief after "Many"', 'Many believe the election was stolen.'],
    ['a finding with no source', 'Spectral observations of the asteroid indicated that it is metallic.'],
    ['a thing after "and" before a base form', 'The first draft and the final report state the same figures.'],
    ['data as a finding', 'The data suggested that the bridge was sinking.'],
  ];
  for (const [name, text] of none) test(`nothing: ${name}`, () => assert.deepStrictEqual(reportedIn(text), []));

  // A group the speakers know names "one" (speakers/groupMember.ts: "a friend"); the subject finder's
  // description stays as an alias.
  test('the group before names the quantifier source as an alias', () => {
    const a = analyzeBody('Several friends posted condolences on his page. One claimed he had been strangled.');
    const speaker = a.speakers.find((s) => s.name === 'a friend');
    assert.ok(speaker && speaker.aliases.includes('one of the friends'), JSON.stringify(a.speakers));
  });
  test('a group with its place names the quantifier source', () => {
    const a = analyzeBody('Residents on the small island of Ruva saw the jet. Some claim it was flying south.');
    const speaker = a.speakers.find((s) => s.name === 'Some');
    assert.ok(speaker && speaker.aliases.includes('some of the residents on the small island of Ruva'), JSON.stringify(a.speakers));
  });
});

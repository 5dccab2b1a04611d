// Speaker choice on shapes of news prose met in unseen articles: what can be a speaker mention, which
// candidate wins near a cue, how an apposition stays one mention, how a quotation continues its speaker.
// Every sentence here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { analyzeBody, who } from './engineFound';

/** The speaker of the statement whose text holds `fragment`. */
function speakerOf(text: string, fragment: string): string | null | undefined {
  return who(analyzeBody(text)).find(([t]) => t.includes(fragment))?.[1];
}

suite('engine: speaker choice', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['an opening participle is no name ("Countering claims …, he replied")',
      'Mayor Ana Ruiz took questions. Countering claims that her office hid the costs, she replied, "Every invoice is online."',
      'Every invoice', 'Ana Ruiz'],
    ['a quotation with sentences of its own opens the clause of a later cue',
      'Coach Peter Lind met the press. Lind dodged the question, stating "We train hard. There are no secrets here.", and concluded that the team was ready.',
      'the team was ready', 'Peter Lind'],
    ['a collective noun is no antecedent for "he"',
      'Director Paul Ames spoke for an hour. The audience asked whether the theatre would reopen. He replied "Next spring."',
      'Next spring', 'Paul Ames'],
    ['a title without a name refers back to the titled person',
      'President Ana Ruiz opened the bridge on Friday. "It took ten years," the President said.',
      'It took ten years', 'Ana Ruiz'],
    ['"the Home Secretary" refers back to the Home Secretary named before',
      'Home Secretary Ruth Cole defended the officers. "They did an outstanding job," the Home Secretary said.',
      'outstanding job', 'Ruth Cole'],
    ['a verb form after a possessive modifies the noun ("Norway\'s state news agency")',
      'Norway\'s state news agency, NTB, named the skipper as Ole Dahl. It says he "acted bravely to the end."',
      'acted bravely', 'Norway\'s state news agency'],
    ['sentences inside a long quotation do not push the antecedent out of reach',
      'Senator Tom Reed faced the panel. "We pay. We wait. We pay again. We wait again. Nothing changes," he said. Asked about the budget, he replied "It is a mess."',
      'It is a mess', 'Tom Reed'],
    ['names joined to an oblique mention are oblique too',
      'Singer Ana Ruiz arrived in Lyon on Sunday. The star was met at the station by the mayor and his wife, Claire Petit, along with some fans.\n\n"I have waited years for this," she said.',
      'I have waited years', 'Ana Ruiz'],
    ['a subject pronoun after the first comma ends a fronted phrase',
      'Singer Maria Lopez returned to the stage. Again joined by her band, she spoke about the tour, describing the crowds as "simply enormous."',
      'simply enormous', 'Maria Lopez'],
    ['a name, then an apposition with no closing comma, then the cue',
      'Ola Berg, consultant to the port authority on shipping said, "The channel is too shallow."',
      'The channel is too shallow', 'Ola Berg'],
    ['a fronted phrase, a name, then an apposition with no closing comma, then the cue',
      'After the match, Ola Berg, coach of the home side said, "We were lucky."',
      'We were lucky', 'Ola Berg'],
    ['a name, then a relative clause with no closing comma, then the cue',
      'Ola Berg, who tracks cargo ships for the Harbour Gazette said, "The fleet is ageing."',
      'The fleet is ageing', 'Ola Berg'],
    ['a name, then an apposition with commas of its own, then the cue',
      'Ola Berg, curator and keeper of maps at the University of Leeds, Bradford, said, "These maps show every road."',
      'These maps show every road', 'Ola Berg'],
    ['a quotation in a speech cue\'s content is its source\'s, not the reporting medium\'s',
      'Ola Berg, who is in Oslo, said that the mayor sends the fishermen "warm greetings" according to the Harbour Gazette.',
      'warm greetings', 'Ola Berg'],
    ['a subject naming no one gives way to an earlier "according to"',
      'According to Ola Berg, the port\'s spokeswoman, repairs ranged "from a few days to several weeks".',
      'from a few days', 'Ola Berg'],
    ['"the fears expressed by X": the one who expressed them',
      'According to the private fears expressed by a senior port official, the strike could spread to every harbour.',
      'the strike could spread', 'a senior port official'],
    ['"his remarks in the interview": the possessor speaks',
      'Minister Tom Hale spoke to the radio. His remarks in the interview described the delays as "entirely avoidable."',
      'entirely avoidable', 'Tom Hale'],
    ['a determiner and a noun no role list holds, after a quotation and before a cue',
      '"The queue was three hours long" one picnicker noted online.',
      'The queue was three hours long', 'one picnicker'],
    ['a possessed role runs on past the possessive',
      'The Royal Navy\'s intelligence chief in the region has criticized the budget, saying it is "dangerously thin."',
      'dangerously thin', 'The Royal Navy\'s intelligence chief in the region'],
    ['a paragraph-opening quotation continues a block quotation introduced by a cue',
      'Professor Ruth Moss then spoke, turning to the graduates and stating:\n\nYou have worked hard, and so I ask you, what comes next?"\n\n"Where will you go? I hope you will aim high.',
      'Where will you go', 'Ruth Moss'],
    ['a document reads its words',
      'The council passed a motion on Monday. The council letter reads "we will review the plan in due course", but no review is planned.',
      'we will review the plan', 'The council letter'],
    ['a sentence adverb set off by a comma is no name ("Further, …")',
      'The embassy closed on Sunday. Further, the embassy warned citizens to stay away, saying "The threat is serious."',
      'The threat is serious', 'The embassy'],
    ['"they" skips a document and a place for the group that spoke',
      'The survey\'s authors say the figures are "worrying". The results show that pupils in rural Wales read less. The survey has prompted calls for more libraries. They say every school needs one.',
      'every school needs one', 'The survey\'s authors'],
    ['a group noun opening a sentence is a mention ("Critics … They said")',
      'The council welcomed the deal. It said the terms were fair. Critics were less kind. They said the deal would fail.',
      'the deal would fail', 'Critics'],
    ['a colon closing a clause with a speaking subject introduces its words',
      'Coach Tim Berg was delighted. "We played with heart," he said.\n\nThe club chairman, Lars Holm, was more cautious: "We have won nothing yet."',
      'We have won nothing yet', 'Lars Holm'],
    ['a description with a name in apposition names the source of every statement of its cue',
      'The mayor\'s deputy, Pat Lowe, said the vote would go ahead. "We have the numbers."',
      'the vote would go ahead', 'Pat Lowe'],
    ['after a verb of seeing or recording, its object speaks the participle\'s words',
      'A video posted online shows the minister saying "we will win the vote".',
      'we will win the vote', 'the minister'],
    ['an object pronoun after a verb of hearing speaks the participle\'s words',
      'Police said the driver was arrested at the scene. Witnesses heard him shouting "leave me alone".',
      'leave me alone', 'the driver'],
    ['"X by him read," names the author, a name with a particle being a person',
      'His brother was Omar Haddad, the group\'s leader. According to several forums, al-Rashidi posted online for years. One post by him read, "The day will come."',
      'The day will come', 'al-Rashidi'],
    ['a singular document "read" its words, and its issuer speaks them',
      'The council passed a motion. The motion read: "This council backs the strike."',
      'This council backs the strike', 'The council'],
    ['a bare plural closing a list item inside a relative clause is no source',
      'After the fair, Ola Berg, who sold cakes, bread rolls, and jams from her farm, said, "We sold out by noon."',
      'We sold out by noon', 'Ola Berg'],
  ];
  for (const [name, text, fragment, speaker] of cases) {
    test(name, () => assert.strictEqual(speakerOf(text, fragment), speaker));
  }

  test('a name in "-ing" opening a sentence with no comma stays a name ("Sterling claims …")', () => {
    assert.strictEqual(speakerOf('Sterling claims he was misquoted.', 'he was misquoted'), 'Sterling');
  });

  test('a fronted adverbial before a comma is no opening name ("Afterwards, a spokesman said …")', () => {
    assert.strictEqual(speakerOf('Afterwards, a spokesman said the talks had failed.', 'the talks had failed'), 'a spokesman');
  });

  test('a colon after a clause whose subject cannot speak attributes nothing ("Tonight, the message was clear:")', () => {
    assert.strictEqual(speakerOf('Tonight, the message was clear: "We will not give up."', 'We will not give up'), null);
  });

  test('a stretch with a verb and a subject of its own is no apposition ("One of her paintings, Dawn, won …")', () => {
    const text = 'Painter Eva Lund was born in Oslo. One of her paintings, Dawn, won a prize, and she said the award was a surprise.';
    assert.strictEqual(speakerOf(text, 'the award was a surprise'), 'Eva Lund');
  });

  test('a parenthetical cue after a name keeps its own source ("Berg, a source said, was …")', () => {
    assert.strictEqual(speakerOf('Ola Berg, a source said, was furious about the delays.', 'was furious'), 'a source');
  });
});

// Speaker choice on shapes of news prose met in unseen articles: what can be a speaker mention, which
// candidate wins near a cue, how an apposition stays one mention, how a quotation continues its speaker.
// Every sentence here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { speakerOf } from './engineFound';

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
    // Round 2: sources whose verb is no speech verb, pronouns, name boundaries, documents.
    ['the subject of a clause holding a quotation speaks it, with no speech verb',
      'Councillor Ada Ruiz spoke of a "turning point for the whole town" and left early.', 'turning point', 'Ada Ruiz'],
    ['"He put X down to "…"": the pronoun subject of the clause speaks',
      'Judge Tom Hale retired in May. He put his decision down to "a long career and a tired back".', 'a long career', 'Tom Hale'],
    ['a semicolon closing a clause with a speaking subject introduces its words',
      'The Harbour Gazette was scathing about the delays; "Someone must answer for this failure."', 'Someone must answer', 'Harbour Gazette'],
    ['a quotation standing alone after a sentence about a named person is that person\'s',
      'Deputy mayor Pat Lowe disagreed with the audit. "The figures are wrong and everyone at the council knows it."', 'The figures are wrong', 'Pat Lowe'],
    ['"they" takes the last speaker, a name that may be an organisation, over a bare count',
      'Almost 50 people have died in the race. Amsport said that the event would go on. "The race is a symbol," they said.', 'The race is a symbol', 'Amsport'],
    ['a relative clause between dashes: the phrase before the dashes speaks',
      'Councillor Ada Ruiz — who chairs the planning committee — argued that the plan "will ruin the harbour".', 'will ruin the harbour', 'Ada Ruiz'],
    ['a name alone between dashes is the source the phrase before describes',
      'One shopper in Leeds — Ola Berg — told the press, "Prices are far too high."', 'Prices are far too high', 'Ola Berg'],
    ['", which states" speaks for the document before it',
      'The right is set out in Article 5 of the Harbour Charter, which states "every boat may enter the port at any hour".', 'every boat', 'Article 5 of the Harbour Charter'],
    ['a capitalised "Today" after a name word is part of the name',
      'According to Russia Today, the new rules are "aimed at small shops".', 'aimed at small shops', 'Russia Today'],
    ['"…," X offered: "offer" introduces a quotation',
      '"Prices will fall next year," analyst Tom Hale offered.', 'Prices will fall', 'Tom Hale'],
    ['a fronted prepositional phrase is not the subject ("Outside of the council, …")',
      'Outside of the council, union leader Ana Ruiz spoke of "a betrayal of every worker in the port".', 'a betrayal', 'Ana Ruiz'],
    ['a document that names its author speaks the participle after it',
      'The verdict was followed by a Harbour Gazette editorial declaring the ruling "a disgrace".', 'a disgrace', 'Harbour Gazette'],
    ['"went on to say": the clause\'s subject speaks the infinitive cue',
      'Mayor Ana Ruiz went on to say that the plan "was never costed".', 'was never costed', 'Ana Ruiz'],
    ['a name closing a fronted clause is no apposition of the subject after it',
      'While aides declined to speak to The Star, a nurse at the clinic, who saw the crash, stated, "It happened very fast."', 'It happened very fast', 'a nurse at the clinic'],
    ['"he" may take a titled possessor ("the Governor\'s words, in which he told …")',
      'Governor Tom Hale closed the beaches on Friday. On Monday, a plane towed a banner reading "Open the beaches", echoing the Governor\'s words of 2019, in which he told visitors "Stay off the sand".', 'Stay off the sand', 'Tom Hale'],
    ['three names in a list are no antecedent for "he"',
      'Senators Ann Ruiz of Ohio, Tom Baird of Utah, and Li Wei of Iowa each asked Brown to run again. He alluded to a return in a speech, noting, "We may meet again."', 'We may meet again', 'Brown'],
    ['"an estimated 5,000 fans" is one phrase',
      'An estimated 5,000 fans filled the square, chanting "We want a new coach."', 'We want a new coach', 'An estimated 5,000 fans'],
    ['a fragment running on into a verb is not attributed by that verb',
      'Ruiz has promised to "quickly and fully" continue the inquiry into the port.', 'quickly and fully', 'Ruiz'],
    ['a semicolon opens a clause with its own subject',
      'Both Kenya and Sudan backed the plan; Djibouti answered the call and promised to send more troops.', 'to send more troops', 'Djibouti'],
    ['"with X saying": the phrase after "with" speaks',
      'Rescue head Tom Hale said cranes will move the debris today, with new reports saying divers will check the site.', 'divers will check', 'new reports'],
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

  test('a short quoted label, a quoted modifier or a quotation in a clause of its own is nobody\'s words', () => {
    assert.strictEqual(speakerOf('Mayor Ana Ruiz opened the "new wing" on Friday.', 'new wing'), undefined);
    assert.strictEqual(speakerOf('Ana Ruiz lost her appeal over the "cruel and degrading" treatment of prisoners.', 'cruel and degrading'), undefined);
    assert.strictEqual(speakerOf('The council lifted the ban, in what farmers had long wanted as "a new dawn for small farms".', 'a new dawn'), undefined);
  });

  test('a passive subject, or one whose predicate is the quotation, does not speak it', () => {
    assert.strictEqual(speakerOf('Ola Berg was questioned for days, "as part of a plan drawn up by the police chief".', 'as part of a plan'), null);
    assert.strictEqual(speakerOf('During the inquiry, Ola Berg "had been deliberately kept awake for several nights in a row".', 'had been deliberately'), null);
  });

  test('a parenthetical cue after a name keeps its own source ("Berg, a source said, was …")', () => {
    assert.strictEqual(speakerOf('Ola Berg, a source said, was furious about the delays.', 'was furious'), 'a source');
  });
});

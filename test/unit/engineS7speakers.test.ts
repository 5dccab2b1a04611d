// Speakers of found statements (session 7): the pronoun of a parenthetical reporting clause, a lone "one" or
// "another" from a group, "official" as an adjective. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const speakers = (text: string) => found(analyzeBody(text)).map((f) => f[2]);

suite('engine: speakers of found statements (s7)', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a parenthetical pronoun is not the subject it interrupts', 'Ida Lamb runs the shelter. The mayor, she said, never answered her letters.', ['Ida Lamb']],
    ['a parenthetical pronoun after a role subject', 'Carl Oduya coaches the team. The referee, he said, had lost control of the game.', ['Carl Oduya']],
    ['a parenthetical "they" after a group', 'Residents met on Monday. The council, they said, had ignored the flooding.', ['Residents']],
    ['a parenthetical pronoun after a thing still takes the person', 'Tom Reed met the governor on Monday. The plan, he said, would fail.', ['Tom Reed']],
    ['"one" and "another" after a group', 'Hundreds of farmers gathered outside the ministry. "We cannot pay our debts," one said. Another added: "The banks have abandoned us."', ['a farmer', 'another farmer']],
    ['"said one" and "said another" after a group', 'Dozens of students marched to the rectorate. "The fees are too high," said one. "We will be back tomorrow," said another.', ['a student', 'another student']],
    ['a sentence-initial "One" after witnesses', 'Several witnesses described the crash. One said the car was speeding. Another said the driver had tried to brake.', ['a witness', 'another witness']],
    ['"one" after a comma is one of the things named', 'The rebels filled some walls with graffiti, one reading: "We are here."', ['The rebels']],
    ['"official" as an adjective', 'The official response from the Harbor Authority, given to the press on Monday, reads as follows: "The port will reopen."', ['The official response from the Harbor Authority']],
    ['"the official" as a role noun', 'The official said the port would reopen on Monday.', ['The official']],
    ['a person after "like" with a "who" clause', 'Since taking office, the government of President Idris Kane has tried to bring refugees home. But many do not want to return, like Salif Ba, who lives in a camp in the north.\n\nHe says his family lost everything.', ['Salif Ba']],
    ['a pronoun after "before" takes up the subject', 'Lena Ortiz had been the only candidate facing Paul Grant in the runoff, before she announced that she was withdrawing from the race.', ['Lena Ortiz']],
    ['a pronoun after ", and" takes up the subject', 'Ken Ashby met Ali Farah in Geneva, and he said the talks had gone well.', ['Ken Ashby']],
    ['an apposition after a relative clause', 'However, a former army commander who lives in Norway, Tesfay Gebru, is backing the story. He said the group took the money.', ['Tesfay Gebru']],
    ['an apposition after a relative clause before the cue', 'A senior engineer who worked on the project, Hanna Lind, said the design was sound.', ['Hanna Lind']],
    ['"it" for an acronym spelling a function word', 'Cases rose in Britain and Spain. The WHO has raised its alert level, although it has said a pandemic is not certain.', ['WHO']],
    ['an office is its own source, "in a statement" no part of it', '"Many houses have collapsed," said the prime minister\'s office in a statement.', ["the prime minister's office"]],
    ['a possessor before a statement is its author', "The governor's statement said the roads would reopen.", ['The governor']],
    ['"the defence" is a party, a "they"', 'The defence had argued that the accused deserved a realistic prospect of eventual release. They also noted he was ill.', ['The defence', 'The defence']],
    ['initials stand for the organisation named last', 'Ruiz leads Al-Qaeda in the Arabian Peninsula. According to Associated Press, he is in Yemen. AP reported that the army had found him.', ['Associated Press', 'Associated Press']],
    ['a counted nationality plural is a group, a "they"', 'Twenty Americans filed a case against the firm on Tuesday. They claim they were victims of a scam.', ['Twenty Americans']],
    ['no antecedent inside the pronoun\'s own statement', 'Ana Ruiz closed her shop on Monday.\n\nThey claim they were victims of a scam.', []],
    ['"the Russian leader" is the Russian president', 'Russian President Lev Orlov met the chancellor on Friday. The Russian leader said the talks were useful.', ['Lev Orlov']],
    ['"the Russian leader" is no vice president', 'Russian Vice President Lev Orlov met the chancellor on Friday. The Russian leader said the talks were useful.', ['The Russian leader']],
    ['an acronym of an organisation first read as a name', 'The Associated Press said five men were held. AP said two were freed later.', ['The Associated Press', 'The Associated Press']],
    ['no initials of a description holding a name', 'Police studied a shooting at the Northern Illinois University. NIU said classes were cancelled.', ['NIU']],
    ['"they" after two organisations joined by "and"', 'The union and the company met on Friday. They said talks would continue.', ['The union; the company']],
    ['"One" after a capitalised group opening its sentence', 'Witnesses said the gunman fled on foot. One said he wore a red jacket.', ['Witnesses', 'a witness']],
    ['a definite organisation description in apposition, source of a relative', 'The report was criticised by Rodong Sinmun, the ruling party newspaper, which called it a lie.', ['Rodong Sinmun', 'Rodong Sinmun']],
    ['a place closing a fronted phrase is no apposition', 'In a statement broadcast on state media in Vestria, the army said the curfew would end.', ['the army']],
    ['a pronoun after "after" may be the object', 'Judge Ray Cole sentenced Tom Reed to ten years after he admitted that he had stolen the money.', ['Tom Reed']],
    ['an insertion between dashes inside an apposition', 'The statement followed a comment by Red Dawn, the ruling party — the People\'s Front — newspaper, which described the minister as a "coward".', ['Red Dawn']],
  ];
  for (const [name, text, want] of cases) test(name, () => assert.deepStrictEqual(speakers(text), want));
});

// Speakers of found statements (session 7, second pass): a plural group known by its "at"/"of"/"in" name;
// a quotation with no cue before "X also said" is X's; "the firm" after "the chief executive of Bolt Energy";
// "the group" after a plural group.
// Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const speakers = (text: string) => found(analyzeBody(text)).map((f) => f[2]);

suite('engine: speakers of found statements (s7, second pass)', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a group with "at" and a name, then "they"', 'Students at Lakeside College staged a walkout on Monday. They said the fees were too high.', ['Students at Lakeside College']],
    ['a group with "from" and a name, then "they told"', 'Workers from Brantford Steel marched on the city hall. They told the mayor that the plant must stay open.', ['Workers from Brantford Steel']],
    ['a group with "in" and a place, then a quotation', 'Teachers in Dunmore walked out on Thursday. "We have waited long enough," they said.', ['Teachers in Dunmore']],
    ['a participle before the preposition', 'Twenty farmers living in Kelso filed a case against the bank on Tuesday. They claim they were cheated.', ['Twenty farmers living in Kelso']],
    ['"based at" before the name', 'Engineers based at Harwell built the probe. They said it would launch in May.', ['Engineers based at Harwell']],
    ['a name one of a list is left out', 'The case has attracted supporters of Dana Roe in Spain and Italy. They claim the trial is unfair.', ['supporters of Dana Roe']],
    ['a quotation opening its paragraph before "X also said" is X\'s', 'Tom Reed said the plan had failed.\n\n"We will not give up. The fight goes on." Ana Ruiz also said that the talks would continue.', ['Tom Reed', 'Ana Ruiz', 'Ana Ruiz']],
    ['the same after a role and a name, "also" before the cue', 'Priya Nair told reporters the mine was unsafe.\n\n"Nobody listened to us." Union leader Sam Oduya also said the company had ignored the warnings.', ['Priya Nair', 'Sam Oduya', 'Sam Oduya']],
    ['without "also" the quotation is left as it was', 'Tom Reed said the plan had failed.\n\n"We will not give up." Ana Ruiz said that the talks would continue.', ['Tom Reed', null, 'Ana Ruiz']],
    ['a quotation inside a paragraph keeps the speaker before it', 'Tom Reed spoke on Monday. "We will not give up," he said. "The fight goes on." Ana Ruiz also said that the talks would continue.', ['Tom Reed', 'Tom Reed', 'Ana Ruiz']],
    ['"the firm" is the business named in a description before it', 'The chief executive of Bolt Energy resigned on Monday. The firm said it would appoint a successor.', ['Bolt Energy']],
    ['"the company" after a description in apposition', 'Mark Dunn, the chief executive of Bolt Energy, resigned on Monday. The company said it would appoint a successor.', ['Bolt Energy']],
    ['"the airline" after "a pilot at" an airline', 'A pilot at Skyrise Airlines was suspended. The airline said the matter was under investigation.', ['Skyrise Airlines']],
    ['a place named in a description is no firm', 'The mayor of Harlow resigned on Monday. The firm said it would appoint a successor.', ['The firm']],
    ['"the group" is the plural group just met', 'Greenpeace activists climbed the roof of the ministry on Friday. The group said the plant must close.', ['Greenpeace activists']],
    ['"the group" after a counted group, in a quotation\'s attribution', 'Dozens of parents gathered outside the school. "We want answers," the group said.', ['Dozens of parents']],
    ['"the group" after a single person is a source of its own', 'Mayor Lena Cho spoke on Friday. The group said the plant must close.', ['The group']],
    ['a group placed by a later phrase keeps its head', 'Students staged a walkout at Lakeside College on Monday. They said the fees were too high.', ['Students']],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepStrictEqual(speakers(text), expected));
  }
});

// Sources of statements in US political news shapes (round 2 of the PolNeAR work): a name before an unclosed
// indefinite description ("Sen. Ada Cole (D-OR), a backer of the bill told …"), a live blog's time stamp
// opening an entry ("10:30 am – …"), a participle after a verb of beginning ("have begun urging"), what one
// receives speaking for itself ("received a letter saying …"), a hearer with a figure closing the sentence
// after a question ("…?" Hart said to a crowd of about 500.). Every sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { found, reportedIn, speakerOf } from './engineFound';

suite('engine: sources in political news (S9 speakers2)', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['a name with a party label before an unclosed description', "Sen. Mary Jones (D-OR), a supporter of the governor's bid for the presidency told host Tom Smith she believed the bill would pass.", 'the bill would pass', 'Mary Jones'],
    ['a name before an unclosed description, mid-sentence', 'On Friday on NBC, Sen. Mary Jones, a supporter of the bill told reporters it would pass.', 'it would pass', 'Mary Jones'],
    ['the subject of "have begun" before a participle cue', 'The long meeting ended Thursday morning as many senators have begun urging the party to move on.', 'to move on', 'many senators'],
    ['the subject of "kept" before a participle cue', 'Critics kept saying the plan would fail.', 'the plan would fail', 'Critics'],
    ['a received letter speaks', 'The school received a letter saying the inspection was cancelled.', 'the inspection was cancelled', 'a letter'],
    ['a capitalised "Tweeted" after a source and its apposition', 'Mayor Tom Hart spoke in Dayton.\n\n"Not our ad but we like it!" Smith, the head of Forward Ohio PAC, Tweeted on Friday with a photo.', 'Not our ad but we like it!', 'Smith'],
    ['"posted on Friday" after a source and its apposition', '"Not our ad," Smith, the head of Forward Ohio PAC, posted on Friday.', 'Not our ad', 'Smith'],
    ['the subject of a "with" clause joined by "and"', 'Democrats were quick to respond, with Mary Jones tweeting that it was a disaster for the governor and asking, "How can he stay in office?"', 'How can he stay in office?', 'Mary Jones'],
    ['a description "known as" a name is that name', '"There was never an order," said the station chief known as Bob, speaking for the first time.\n\n"I stayed," Bob said.', 'There was never an order', 'Bob'],
    ['a description "known as" a quoted nickname', 'A hacker known as "Lynx" broke into the server.\n\n"It was easy," the hacker said.', 'It was easy', 'Lynx'],
    ['a compound role noun before "who" stays whole', '"It is over," said a former law enforcement official who oversaw investigations.', 'It is over', 'a former law enforcement official'],
    ['a cue joined by "and" to a restrictive relative', 'Former general John Miller pleaded guilty.\n\nMiller "was treated gently," said a former law enforcement official who oversaw such cases and described the affair as "a minor matter."', 'a minor matter', 'a former law enforcement official'],
    ['a cue joined by "and" to a relative after a comma', 'The mayor praised Ana Ruiz, who led the audit and said the books were clean.', 'the books were clean', 'Ana Ruiz'],
    ['a fronted description before a dashed insertion is the name\'s', 'Mayor Ann Cole met voters on Monday.\n\nHimself a former football coach — he led the Rams for a decade — Tom Hart also offered his view of the game.\n\n"The game is boring!" he tweeted.', 'The game is boring!', 'Tom Hart'],
    ['a description after a dash glosses a quotation inside a clause', 'Radio host Tom Beck has backed the senator. He has also called the senator "the next Abraham Lincoln" – the president who Beck admires most.', 'the next Abraham Lincoln', 'Tom Beck'],
    ['"appeals to" without a request is no cue', 'Senator Tom Hart said Tuesday the populist movement that is sweeping the state and boosting candidates including Ann Cole in the race appeals to the "worst instincts" of voters.', 'worst instincts', 'Tom Hart'],
    ['"appealed to" with a request stays a cue', 'The mayor appealed to residents to stay indoors.', 'to stay indoors', 'The mayor'],
    ['a quotation running on to a postposed source', 'The author, Tom Hart, stands by the book.\n\n"I think their account is far more credible" than that of the station chief, Hart said.', 'far more credible', 'Tom Hart'],
    ['an opening "as" clause before a colon names the source of the paragraph quotation', 'Of course, as Tom Hart of the Dayton Star observed, the real winner was not on the stage:\n\n"The clear winner of the debate was the network, which ran two lively sessions."', 'The clear winner', 'Tom Hart'],
    ['a state after a fronted place is no source (abbreviation)', 'In Fresno, Calif., the mayor said the roads were closed.', 'the roads were closed', 'the mayor'],
    ['a state after a fronted place is no source (full name)', 'In Dayton, Ohio, the mayor said the roads were closed.', 'the roads were closed', 'the mayor'],
    ['a state after a fronted place before a participle cue', 'In federal court in Alexandria, Va., Tom Hart, in a green jumpsuit, said little, offering only short confirmations that he was pleading guilty.', 'he was pleading guilty', 'Tom Hart'],
    ['a hearer with a figure after a question', 'Mayor Tom Hart spoke in Dayton.\n\n"How can you trust these banks?" Hart said to a crowd of about 500.', 'How can you trust these banks?', 'Tom Hart'],
  ];
  for (const [name, text, fragment, speaker] of cases) {
    test(name, () => assert.strictEqual(speakerOf(text, fragment), speaker));
  }

  test('a title before the name heads a later description, after a headline role', () => {
    const a = analyze('Former Dayton leader Hart rejects the plan\n\nCount former Ohio Governor Tom Hart among the critics of the plan.\n\n"We will not pay," Hart told a TV channel.\n\nBut the former Ohio governor did not stop there.\n\n"The first loser would be the state," he continued.\n');
    assert.deepStrictEqual(found(a).map((f) => f[2]), ['Tom Hart', 'Tom Hart']);
  });

  test('a bare proportion with an approximator is a source; a parallel share after "and" ends its content', () => {
    assert.deepStrictEqual(reportedIn('The voters were asked about the race.\n\nNearly half said they prefer a veteran and about the same number would rather see an outsider.'), [['they prefer a veteran', 'Nearly half']]);
    assert.deepStrictEqual(reportedIn('About a third said the race was unfair.'), [['the race was unfair', 'About a third']]);
    assert.deepStrictEqual(reportedIn('The lawyer said he faces two years in prison and as many as five years more for fraud.'), [['he faces two years in prison and as many as five years more for fraud', 'The lawyer']]);
  });

  test('a live blog time stamp is no source', () => {
    const a = analyze('The Shooting in Springfield\n\n10:30 am – Officers receive word saying a man has fired shots inside the mall.\n\n11:15 am — The mayor says the suspect has been arrested.\n');
    const names = found(a).map((f) => f[2]);
    assert.deepStrictEqual(names.filter((n) => n !== null && /^\d/.test(n)), []);
    assert.ok(found(a).some((f) => f[1].includes('the suspect has been arrested') && f[2] === 'The mayor'));
  });
});

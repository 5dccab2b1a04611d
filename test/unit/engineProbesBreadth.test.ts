// Reported speech probed for breadth with a battery of written sentences: the cue lexicon in several frames
// ("has always maintained", "projected that", "emailed that", "made it clear that"), reports by documents,
// bodies and media, passives with an agent ("It was announced by the ministry that …", "Staff were told by
// the owner that …"), "according to" sources post-modified ("officials familiar with the talks"), a
// participle after a postposed cue that a time adjunct, medium or hearer closes ("…, police said on Tuesday,
// adding that …"), a subordinate clause after a mid-sentence cue, and hearers no role heads ("told a news
// conference.", "told the inquiry that …", "confirmed to the Borva Times."). Every sentence is written for
// the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine: reported speech, breadth probes', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['"always" between auxiliary and cue', 'Dara Voss has always maintained she never saw the memo.', [['she never saw the memo', 'Dara Voss']]],
    ['"projected that"', 'The treasury projected that the deficit would shrink next year.', [['the deficit would shrink next year', 'The treasury']]],
    ['"emailed that"', 'A spokeswoman emailed that the office was closed.', [['the office was closed', 'A spokeswoman']]],
    ['"made it clear that"', 'The prime minister made it clear that there would be no second vote.', [['there would be no second vote', 'The prime minister']]],
    ['"made clear that" still', 'The prime minister made clear that there would be no second vote.', [['there would be no second vote', 'The prime minister']]],
    ['a weak cue after a player role', 'The striker hinted that he might retire.', [['he might retire', 'The striker']]],
    ['a weak cue after a bank', 'The central bank signalled that rates would stay on hold.', [['rates would stay on hold', 'The central bank']]],
    ['a participle after a postposed cue and its weekday', 'The port had been closed, police said on Tuesday, adding that ships were waiting offshore.', [['The port had been closed', 'police'], ['ships were waiting offshore', 'police']]],
    ['a participle after a postposed cue and its medium', 'The water was safe, the mayor said in a statement, adding that tests had been done.', [['The water was safe', 'the mayor'], ['tests had been done', 'the mayor']]],
    ['a participle after a postposed cue and its hearer', 'The water was safe, the mayor told reporters on Monday, adding that tests had been done.', [['The water was safe', 'the mayor'], ['tests had been done', 'the mayor']]],
    ['a condition after a mid-sentence cue', 'The army would withdraw, the minister said, once the talks ended.', [['The army would withdraw, the minister said, once the talks ended', 'the minister']]],
    ['"when asked" after a postposed cue', 'The plan is dead, the minister said, when asked about it.', [['The plan is dead', 'the minister']]],
    ['"according to" officials familiar with …', 'According to officials familiar with the talks, a deal is close.', [['a deal is close', 'officials familiar with the talks']]],
    ['"according to" people with knowledge of …', 'A deal is close, according to people with knowledge of the plan.', [['A deal is close', 'people with knowledge of the plan']]],
    ['"It was announced by X that"', 'It was announced by the ministry that the schools would reopen.', [['the schools would reopen', 'the ministry']]],
    ['"It has been confirmed by X that"', 'It has been confirmed by police that two men had been arrested.', [['two men had been arrested', 'police']]],
    ['"were told by X that"', 'Staff were told by the owner that the shop would close.', [['the shop would close', 'the owner']]],
    ['a postposed cue and a hearer no role heads', 'He would stay, the coach told a news conference.', [['He would stay', 'the coach']]],
    ['a postposed cue and a bare outlet noun', 'The manager has resigned, the club told state media.', [['The manager has resigned', 'the club']]],
    ['a postposed cue, "to" and its hearer', 'The shop had closed, the owner confirmed to the Borva Times.', [['The shop had closed', 'the owner']]],
    ['a postposed cue, its medium, "to" and its hearer', 'The shop had closed, the owner wrote in a letter to the council.', [['The shop had closed', 'the owner']]],
    ['a postposed cue, its medium and the medium\'s participle', 'The manager had resigned, the club said in a statement posted on its website.', [['The manager had resigned', 'the club']]],
    ['a medium\'s participle and its agent before "that"', 'The owner said in a letter seen by the Borva Times that the shop had closed.', [['the shop had closed', 'The owner']]],
    ['"told the inquiry that"', 'The owner told the inquiry that the shop had closed.', [['the shop had closed', 'The owner']]],
    ['a bare plural hearer', 'The owner closed the shop, telling staff sales had collapsed.', [['sales had collapsed', 'The owner']]],
    ['a noun object of "promised" stays, no hearer', 'The government has promised a replacement ferry service.', [['a replacement ferry service', 'The government']]],
    ['an adjective after the comma is the content\'s', 'According to officials, close to 200 people died.', [['close to 200 people died', 'officials']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(reported(text), expected));

  const silent: Array<[string, string]> = [
    ['"made it to the final" is no particle cue', 'The coach made it to the final.'],
    ['"made clear progress" is no particle cue', 'The coach made clear progress this season.'],
    ['"projected" with a noun object', 'The company projected profits of $5 million.'],
    ['"emailed" with a noun object', 'The coach emailed the players a schedule.'],
    ['a sourceless extraposed passive', 'It was announced that the schools would reopen.'],
    ['a passive telling with no clause', 'Staff were told by the owner to leave.'],
    ['a bank acting, not speaking', 'The bank raised interest rates.'],
    ['an outlet noun after a cue with no content before it', 'The club told state media.'],
    ['"told the story that" with a relative', 'The owner told the story that had moved her.'],
    ['a participle and its agent before a relative "that"', 'The report was sent by the agency that the minister had praised.'],
  ];
  for (const [name, text] of silent) test(name, () => assert.deepStrictEqual(reported(text), []));
});

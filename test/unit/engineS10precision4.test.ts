// Round 10, precision4: reported-speech extras found on PolNeAR train, fixed as general shapes. Every sentence is
// written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

const reported = reportedIn;

suite('engine S10 precision4: extras', () => {
  test('a plea in court reports nothing', () => {
    assert.deepStrictEqual(reported('Officer Dan Miller, who pleaded guilty to stealing funds from a charity, resigned.'), []);
    assert.deepStrictEqual(reported('Dan Miller pleaded not guilty to two charges of fraud.'), []);
    assert.deepStrictEqual(reported('Dan Miller pleaded with the judge to release him.'), [['to release him', 'Dan Miller']]);
  });
  test('"state" before a name and a common noun is a modifier', () => {
    assert.deepStrictEqual(reported('The mayor had no support from members of Congress or state GOP officials.'), []);
    assert.deepStrictEqual(reported('The bylaws state Congress must approve the deal.'), [['Congress must approve the deal', 'The bylaws']]);
    assert.deepStrictEqual(reported('The records state Smith received the money.'), [['Smith received the money', 'The records']]);
  });
  test('"her" before a conjunction is the object, not a possessive', () => {
    assert.deepStrictEqual(reported('More city councillors have endorsed her than Smith.'), []);
    assert.deepStrictEqual(reported('The union endorsed her plan to cut fees.'), [['her plan to cut fees', 'The union']]);
  });
  test('a present lexical verb in the content ends it before ", but" and a past predicate of the source', () => {
    assert.deepStrictEqual(reported('Mayor Jane Doe suggested that the attacks against her come from a place of fear, but appeared to regret the remark.'), [['the attacks against her come from a place of fear', 'Jane Doe']]);
    assert.deepStrictEqual(reported('Sen. Jane Doe said voters want change, but refused to endorse anyone.'), [['voters want change', 'Jane Doe']]);
    assert.deepStrictEqual(reported('Sen. Jane Doe said the plans need more work and officials agreed.'), [['the plans need more work and officials agreed', 'Jane Doe']]);
  });
  test('answering a question reports no content; a relative source identifying itself as a group says nothing', () => {
    assert.deepStrictEqual(reported('Ohio Gov. John Kasich answers a question as former Florida Gov. Jeb Bush listens during a debate.'), []);
    assert.deepStrictEqual(reported('Mayor Jane Doe answered questions from reporters, saying the bridge would reopen.'), [['the bridge would reopen', 'Jane Doe']]);
    assert.deepStrictEqual(reported('Mayor Jane Doe answered that the bridge would reopen.'), [['the bridge would reopen', 'Jane Doe']]);
    assert.deepStrictEqual(reported('The senator raised money from donors who identified themselves as teachers.'), []);
  });
  test('"between X and Y" before a quotation is no second conjunct', () => {
    assert.deepStrictEqual(reported('Campaign spokesman Tom Reed said that the campaign will highlight differences between Ruiz and Lee to show that voters can trust Ruiz to have "steady judgment in a crisis."'), []);
    assert.deepStrictEqual(reported('Mayor Jane Doe said the rally was planned on Friday and the governor\'s visit presented "a rare chance."'), [['the rally was planned on Friday', 'Jane Doe']]);
  });
});

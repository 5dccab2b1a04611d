// Speakers: mentions, alias clustering, pronoun resolution, joint sources, and the seed article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { analyzeBody, who } from './engineFound';

function root(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}


suite('engine: speakers', () => {
  const pronouns: Array<[string, string, string]> = [
    ['recency and gender from first names', 'John Smith met Mary Jones. She said the talks failed.', 'Mary Jones'],
    ['gender evidence from earlier pronouns', 'Bush met Rice. He said it went well. Later she said the plan was ready.', 'Rice'],
    ['"it" takes an organisation', 'Smith quoted the Korean Central News Agency (KCNA). It said war was near.', 'Korean Central News Agency'],
    ['"they" takes a plural source', 'Bush met Putin. Officials said the talks went well. They said no deal was near.', 'Officials'],
    ['subjects before objects', 'Valeska Paris left the ship. She claims that she was held there.', 'Valeska Paris'],
    ['sources before mentions after a preposition', 'In a statement to the Australian Broadcasting Corporation, the Church denied it. It also claimed Paris was a volunteer.', 'Church'],
  ];
  for (const [name, text, speaker] of pronouns) {
    test(`pronoun: ${name}`, () => assert.strictEqual(who(analyzeBody(text)).at(-1)?.[1], speaker));
  }

  test('aliases: title + name, surname, acronym', () => {
    const a = analyzeBody('Russian President Vladimir Putin said the talks failed. Putin said the deal was dead. The Korean Central News Agency (KCNA) said war was near. KCNA said talks were over.');
    assert.deepStrictEqual(who(a).map((w) => w[1]), ['Vladimir Putin', 'Vladimir Putin', 'Korean Central News Agency', 'Korean Central News Agency']);
    const kcna = a.speakers.find((s) => s.name === 'Korean Central News Agency');
    assert.ok(kcna?.aliases.includes('KCNA'));
    assert.strictEqual(kcna?.kind, 'organization');
    const putin = a.speakers.find((s) => s.name === 'Vladimir Putin');
    assert.strictEqual(putin?.statementCount, 2);
    assert.strictEqual(putin?.kind, 'person');
  });

  test('roles: a role phrase is a speaker, an apposition is kept as the role', () => {
    const a = analyzeBody('A police spokesman said the man was arrested. U.S. officials have said the plan could fail. John Smith, a police spokesman, said the road was closed.');
    assert.deepStrictEqual(who(a).map((w) => w[1]), ['A police spokesman', 'U.S. officials', 'John Smith']);
    assert.strictEqual(a.speakers.find((s) => s.name === 'U.S. officials')?.kind, 'group');
    assert.strictEqual(a.speakers.find((s) => s.name === 'John Smith')?.role, 'a police spokesman');
  });

  test('joint sources and relative "who"', () => {
    const a = analyzeBody('Bush and Putin said the talks went well. Smith met Tom Devocht, who had told Smith he would help.');
    assert.deepStrictEqual(who(a), [['the talks went well', 'Bush; Putin'], ['he would help', 'Tom Devocht']]);
  });

  test('a short quotation standing as its own sentence continues the speaker too', () => {
    const a = analyzeBody('Mary Smith spoke. "I am happy," she said. "We won." She added that the team was tired.');
    assert.deepStrictEqual(who(a), [['I am happy,', 'Mary Smith'], ['We won.', 'Mary Smith'], ['the team was tired', 'Mary Smith']]);
  });

  test('a quotation with no cue continues the speaker before it', () => {
    const a = analyzeBody('"We expect to move quickly," she told reporters after Rice arrived. "We want an aggressive schedule."');
    assert.strictEqual(a.statements.length, 2);
    assert.strictEqual(a.statements[1].speakerId, a.statements[0].speakerId);
    assert.strictEqual(a.statements[1].speakerMention, null);
  });

  test('the seed: Bush, Putin and Rice speak their direct quotations', () => {
    const text = fs.readFileSync(path.join(root(), 'samples/genoa-summit-2001.article'), 'utf8');
    const a = analyze(text);
    const direct = who(a).filter((_, i) => a.statements[i].kind === 'direct');
    const by = (name: string) => direct.filter((d) => d[1]?.endsWith(name)).map((d) => d[0]);
    assert.deepStrictEqual(by('Rice'), ['We expect to move quickly,', 'We clearly want an aggressive schedule to see how quickly we may be able to sketch out an agreement.']);
    assert.ok(by('Bush').includes('The two go hand in hand,'));
    assert.ok(by('Putin').some((t) => t.startsWith("We're not ready at this time")));
    const rice = a.speakers.find((s) => s.name === 'Condoleezza Rice');
    assert.strictEqual(rice?.role, "Bush's national security adviser");
    assert.strictEqual(rice?.kind, 'person');
    assert.ok(!a.statements.some((s) => s.text.includes('Moscow fears')), 'a belief is not a statement');
  });
});

// Probes of long-form copy: block quotations, quotations over paragraphs, written sources, captions and
// the speakers carried across them.
import * as assert from 'assert';
import { analyzeBody, found, speakerOf } from './engineFound';

suite('engine probes: long-form quotation', () => {
  test('a role noun opening the sentence before a full name is its title, not part of the name', () => {
    assert.strictEqual(speakerOf('Pensioner Ilse Varga counted the votes. "Nine are missing," she said.', 'Nine are missing'), 'Ilse Varga');
    assert.deepStrictEqual(found(analyzeBody('Treasurer Moss Arden said: "The accounts are clean."')), [['direct', 'The accounts are clean.', 'Moss Arden']]);
  });

  test('must not fire: a role word before one capitalised word may be a surname pair ("Farmer Brown")', () => {
    assert.strictEqual(speakerOf('Farmer Brown said the crop had failed.', 'crop had failed'), 'Farmer Brown');
  });

  test('"she" after two people picks the woman by her given name (Polish, Nordic, West African names)', () => {
    assert.strictEqual(speakerOf('Marek Nowak met Zofia Lis in Gdansk. "We agreed on the route," she said.', 'agreed on the route'), 'Zofia Lis');
    assert.strictEqual(speakerOf('Abena Owusu hosted Kwabena Asare. "The talks went well," he said.', 'talks went well'), 'Kwabena Asare');
  });

  test('the lowercase second half of a split quotation after "said NAME, APPOSITION," is direct, not mixed', () => {
    assert.deepStrictEqual(found(analyzeBody('"The dam is safe," said the engineer, Hugo Lind, "but the spillway is not."')), [
      ['direct', 'The dam is safe,', 'Hugo Lind'], ['direct', 'but the spillway is not.', 'Hugo Lind']]);
  });

  test('must not fire: a quoted fragment after a comma and a cue with no first half stays mixed', () => {
    const quoted = found(analyzeBody('Hugo Lind said the dam was, in his words, "almost safe".')).find((f) => f[1].startsWith('almost'));
    assert.strictEqual(quoted?.[0], 'mixed');
  });

  test('a short sentence left open at a paragraph end that the next paragraph continues is speech', () => {
    const text = '"The well is dry," said farmer Ines Mora. "Cows died.\n\n"We sold the rest in May."';
    assert.deepStrictEqual(found(analyzeBody(text)).map((f) => f[1]), ['The well is dry,', 'Cows died.', 'We sold the rest in May.']);
  });

  test('a quotation paragraph signed in the next paragraph ("— Name, role") is that source\'s', () => {
    const text = 'The mill closed in May.\n\n"Nobody asked the workers."\n\n— Grete Holm, union steward\n\nIt had run since 1890.';
    assert.deepStrictEqual(found(analyzeBody(text)), [['direct', 'Nobody asked the workers.', 'Grete Holm']]);
    assert.deepStrictEqual(found(analyzeBody('"Nobody asked the workers."\n—Nurse Grete Holm')), [['direct', 'Nobody asked the workers.', 'Grete Holm']]);
  });

  test('must not fire: a dash paragraph that is a sentence ("— Holm has since retired.") signs nothing', () => {
    assert.deepStrictEqual(found(analyzeBody('"Nobody asked the workers."\n\n— Holm has since retired.'))[0]?.[2] ?? null, null);
  });

  test('a possessive apposition ("Omar Reed, the club\'s coach,") describes the named man, so "she" skips it', () => {
    const text = '"The pitch is ruined," said groundskeeper Lena Hart.\n\nOmar Reed, the club\'s coach, came later.\n\n"It will take months," she said.';
    assert.strictEqual(speakerOf(text, 'take months'), 'Lena Hart');
  });

  test('an uncued quotation after "A description, NAME, agreed." is the named person\'s, not the last speaker\'s', () => {
    const text = '"The bus never comes," said commuter Ana Pires. A second commuter, Rui Sousa, agreed. "I walk every day now."';
    assert.strictEqual(speakerOf(text, 'I walk every day'), 'Rui Sousa');
  });

  test('a short whole-paragraph quotation after a paragraph of reported speech continues that source', () => {
    const text = 'Inspector Mia Dahl said the lock had been forced.\n\n"Nobody noticed."';
    assert.deepStrictEqual(found(analyzeBody(text)), [['indirect', 'the lock had been forced', 'Mia Dahl'], ['direct', 'Nobody noticed.', 'Mia Dahl']]);
  });

  test('"said in an interview with the Valley Herald that …": the outlet after the medium stays in the cue', () => {
    assert.deepStrictEqual(found(analyzeBody('Coach Dana Pike said in an interview with the Valley Herald that she would stay.')), [['indirect', 'she would stay', 'Dana Pike']]);
    assert.deepStrictEqual(found(analyzeBody('Dana Pike wrote in a letter to the board that the budget was too small.')), [['indirect', 'the budget was too small', 'Dana Pike']]);
  });

  test('must not fire: a cue verb modifying a noun before the clause\'s own verb ("The grants promised in May have not come")', () => {
    assert.deepStrictEqual(found(analyzeBody('The grants promised in May have not come.')), []);
    assert.deepStrictEqual(found(analyzeBody('The aid announced last week will arrive late.')), []);
  });

  test('a cue with a dated adjunct and then a subject keeps its content ("concluded in 2011 she had …")', () => {
    assert.deepStrictEqual(found(analyzeBody('The panel concluded in 2011 she had acted alone.')), [['indirect', 'she had acted alone', 'The panel']]);
  });

  test('a content subject with a name and an age in apposition ("the owner, Ida Lunde, 52, had …") is a clause', () => {
    assert.deepStrictEqual(found(analyzeBody('Firefighters said the owner, Ida Lunde, 52, had escaped unhurt.')), [['indirect', 'the owner, Ida Lunde, 52, had escaped unhurt', 'Firefighters']]);
  });

  test('"she" skips a German-named man introduced in between ("Her deputy, Karl Jung, …")', () => {
    const text = '"I knew nothing," said Lena Ott. Her deputy, Karl Jung, resigned last week. "And I will prove it," she said.';
    assert.strictEqual(speakerOf(text, 'prove it'), 'Lena Ott');
  });

  test('"NAME, asked if …, said" — the parenthetical "asked" is a passive participle, not the source\'s question', () => {
    assert.deepStrictEqual(found(analyzeBody('Tove Lund, asked whether the mine would reopen, said it would not.')), [['indirect', 'it would not', 'Tove Lund']]);
  });

  test('must not fire: "asked" as the verb after an apposition keeps its question', () => {
    assert.deepStrictEqual(found(analyzeBody('Tove Lund, a miner, asked whether the mine would reopen.')), [['indirect', 'whether the mine would reopen', 'Tove Lund']]);
  });

  test('"…, the club said on X." closing its paragraph: the letter ends the sentence, so the cue is postposed', () => {
    assert.deepStrictEqual(found(analyzeBody('The match has been moved to Sunday, the club said on X.')), [['indirect', 'The match has been moved to Sunday', 'the club']]);
  });

  test('must not fire: a middle initial before a surname stays an abbreviation ("Ann B. Cole said")', () => {
    assert.deepStrictEqual(found(analyzeBody('Ann B. Cole said the match had been moved.')), [['indirect', 'the match had been moved', 'Ann B. Cole']]);
  });

  test('"took to Instagram to say …": the infinitive cue after a platform speaks for the subject', () => {
    assert.deepStrictEqual(found(analyzeBody('Skier Nils Aune took to Instagram to say his season was over.')), [['indirect', 'his season was over', 'Nils Aune']]);
  });

  test('must not fire: "took to the streets to demand" names no platform', () => {
    assert.deepStrictEqual(found(analyzeBody('Farmers took to the streets to demand that prices rise.')), []);
  });

  test('"according to a county news release." names the whole document, not "a county"', () => {
    assert.deepStrictEqual(found(analyzeBody('Two roads were closed, according to a county news release.')), [['indirect', 'Two roads were closed', 'a county news release']]);
  });

  test('"his deputy" refers back to the person named in apposition to it ("with his deputy, Eva Sten")', () => {
    const text = 'Mayor Olof Brink toured the site with his deputy, Eva Sten.\n\n"The repairs start Monday," his deputy said.';
    assert.strictEqual(speakerOf(text, 'repairs start'), 'Eva Sten');
  });

  test('"In it, the former envoy says …": a description after a fronted pronoun refers back (no apposition to "it")', () => {
    const text = 'Former envoy Lars Viken has published a diary.\n\nIn it, the former envoy says the talks were doomed.';
    assert.strictEqual(speakerOf(text, 'talks were doomed'), 'Lars Viken');
  });

  test('a four-letter regular past ("owed", "sued") is the content clause\'s verb', () => {
    assert.deepStrictEqual(found(analyzeBody('The complaint says the airline owed its pilots back pay.')), [['indirect', 'the airline owed its pilots back pay', 'The complaint']]);
  });

  test('"…, the principal said in an email to parents." — a bare addressee closing the sentence stays in the cue', () => {
    assert.deepStrictEqual(found(analyzeBody('School will close early, the principal said in an email to parents.')), [['indirect', 'School will close early', 'the principal']]);
  });

  test('a quotation paragraph signed below without a dash ("Grete Holm, union steward") is hers', () => {
    assert.deepStrictEqual(found(analyzeBody('"Nobody asked the workers."\n\nGrete Holm, union steward')), [['direct', 'Nobody asked the workers.', 'Grete Holm']]);
  });

  test('must not fire: a sentence about a named person after a quotation paragraph signs nothing', () => {
    const got = found(analyzeBody('"Nobody asked the workers."\n\nGrete Holm, 52, lost her job in May.'));
    assert.strictEqual(got[0]?.[2] ?? null, null);
  });
});

// Where reported content starts and ends (session 11, bounds), with invented sentences: a long relative clause set
// off inside the content's subject runs on to the subject's predicate, also inside a fronted "After X said …, Y …"
// frame; a relative set off inside a noun object with more of the object after it stays in the object;
// ", whereas — insertion — Source says …" opens a second report; ", in a move …" is the reporter's aside.
// Every sentence is written for the test.
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: session 11, content bounds', () => {
  // statements/contentAside.ts (longRelativeClose)
  test('a relative clause of twenty words inside the subject: the content runs on to its predicate', () => {
    assert.deepStrictEqual(reportedIn('The agency reported that the regional governor Ann Vale, who had been expected to win fewer than a third of the votes and face a second round against her rival in the spring, won 58%.'),
      [['the regional governor Ann Vale, who had been expected to win fewer than a third of the votes and face a second round against her rival in the spring, won 58%', 'The agency']]);
  });
  test('near miss: a long relative clause with no predicate after its comma is the reporter\'s', () => {
    assert.deepStrictEqual(reportedIn('The agency reported that turnout rose in the capital, which had been expected to vote in smaller numbers than the rural provinces in the north, according to early counts.').map(([t]) => t),
      ['turnout rose in the capital']);
  });

  // statements/adverbialClause.ts (endBeforeMainClause)
  test('a fronted "After X suggested that …," frame: a relative set off inside the subject stays in', () => {
    assert.deepStrictEqual(reportedIn('After the councillor suggested that the city plan, which included new bus lanes, hurt local shops, the mayor replied by saying he disagreed.'),
      [['the city plan, which included new bus lanes, hurt local shops', 'the councillor'], ['he disagreed', 'the mayor']]);
  });
  test('near miss: the fronted frame still ends before the main clause', () => {
    assert.deepStrictEqual(reportedIn('After the councillor said that the bus lanes hurt local shops, the mayor resigned.'),
      [['the bus lanes hurt local shops', 'the councillor']]);
  });

  // statements/objectEnd.ts
  test('"blamed the fire, which destroyed two homes, on faulty wiring": the relative stays in the object', () => {
    assert.deepStrictEqual(reportedIn('Police blamed the fire, which destroyed two homes, on faulty wiring.'),
      [['the fire, which destroyed two homes, on faulty wiring', 'Police']]);
  });
  test('near miss: a relative the object ends right after ("…, saying …") is the reporter\'s', () => {
    assert.deepStrictEqual(reportedIn('The council condemned the attack, which killed 12 people, saying it was cowardly.'),
      [['the attack', 'The council'], ['it was cowardly', 'The council']]);
  });
  test('near miss: a relative closing the sentence is the reporter\'s', () => {
    assert.deepStrictEqual(reportedIn('The minister praised the deal, which was signed on Monday, at a press conference.'),
      [['the deal', 'The minister']]);
  });

  // statements/coordinatedCue.ts (contrastedSource)
  test('", whereas — insertion — the company reports that …" is a second report', () => {
    assert.deepStrictEqual(reportedIn('The union says 30 workers were hurt in 2019, whereas — counting contractors — the company reports that 41 were hurt.'),
      [['30 workers were hurt in 2019', 'The union'], ['41 were hurt', 'the company']]);
  });
  test('near miss: ", whereas — insertion —" with no source and cue after it stays in the content', () => {
    assert.deepStrictEqual(reportedIn('The union says 30 workers were hurt in 2019, whereas — counting contractors — the total was 41.').map(([t]) => t),
      ['30 workers were hurt in 2019, whereas — counting contractors — the total was 41']);
  });

  // data/cues.json writerAsides ("in a move")
  test('", in a move aimed at …" after a warning is the reporter\'s aside', () => {
    assert.deepStrictEqual(reportedIn('The council also warned of fines against anyone found dumping waste, in a move aimed at cleaning up the river.').map(([t]) => t),
      ['fines against anyone found dumping waste']);
  });
  test('near miss: "in a move to …" right after the cue is no aside after a comma', () => {
    assert.deepStrictEqual(reportedIn('The council said in a move to save money it would close the library.').map(([t]) => t),
      ['it would close the library']);
  });
});

// Session 7 (nounobj): noun objects of communication verbs, set from the pooled development sets' annotations.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const all = (text: string) => found(analyzeBody(text));

suite('engine: noun objects by the annotators\' convention (session 7)', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    // A demand's noun phrase is no statement: 2 of 12 annotated.
    ['"called for" + a noun phrase reports nothing', 'The archbishop called for an inquiry into the collapse of the bridge.', []],
    ['"calls for" with a plan as subject reports nothing', 'The new budget calls for two more hospitals in the north.', []],
    // Verbs of disclosure and rebuttal take a noun object.
    ['"disclosed" + a noun phrase', 'Two engineers disclosed a serious flaw in the voting software.', [['indirect', 'a serious flaw in the voting software', 'Two engineers']]],
    ['"refutes" + a short noun phrase', 'The bakery chain refutes the accusation.', [['indirect', 'the accusation', 'The bakery chain']]],
    ['"declared victory"', 'The challenger Nils Arvid declared victory in the mayoral race.', [['indirect', 'victory in the mayoral race', 'Nils Arvid']]],
    ['"declared" with another object reports nothing', 'The governor declared a state of emergency.', []],
    // express + possessive + stance noun: the whole phrase.
    ['"expressed their dissatisfaction with …"', 'The dockers expressed their dissatisfaction with the new shift rota.', [['indirect', 'their dissatisfaction with the new shift rota', 'The dockers']]],
    ['"expressed its disgust at …"', 'The league expressed its disgust at the chanting by some fans.', [['indirect', 'its disgust at the chanting by some fans', 'The league']]],
    ['"voiced its hope that …" keeps the clause', 'The council voiced its hope that the road would reopen soon.', [['indirect', 'the road would reopen soon', 'The council']]],
    // cite: the head before "as" is the object's, not a source.
    ['"cited X\'s role as …"', 'Analysts cited the envoy\'s role as broker between the two parties.', [['indirect', 'the envoy\'s role as broker between the two parties', 'Analysts']]],
    ['"citing officials" still names a source', 'Citing officials familiar with the talks, the paper said the deal was close.', [['indirect', 'the deal was close', 'the paper']]],
    // Short objects of verbs of judgement: 7 of 10 annotated when no quotation follows.
    ['a short condemned object with nothing after it', 'Councillor Rhea Dunn condemned the evictions.', [['indirect', 'the evictions', 'Rhea Dunn']]],
    ['a short criticized object before a semicolon', 'The embassy criticized the detentions; two reporters remain in custody.', [['indirect', 'the detentions', 'The embassy']]],
    ['a short object, then ", saying" and a quotation: the quotation is the statement', 'Senator Oda Brun criticized the ruling, saying "This sets us back years."', [['direct', 'This sets us back years.', 'Oda Brun']]],
    ['a short object, an occasion, then ", saying" and a quotation', 'Senator Oda Brun criticized the ruling at a rally on Friday, saying "This sets us back years."', [['direct', 'This sets us back years.', 'Oda Brun']]],
    ['a short object, then the quotation in the next sentence', 'Mayor Tove Lind denounced the raid. "It was brutal and pointless," she said.', [['direct', 'It was brutal and pointless,', 'Tove Lind']]],
    // An act under a modal is not done yet; a preposition opens no object.
    ['"would endorse" reports nothing', 'Marek hoped that the board would endorse his proposal.', []],
    ['a preposition after the verb is no object', 'The coach praised throughout the evening.', []],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepStrictEqual(all(text), expected));
});

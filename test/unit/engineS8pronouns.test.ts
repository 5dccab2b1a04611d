// Speakers given by pronouns and floating quotations (session 8, pronoun probes): a named subject's own
// "his"/"her" tells its gender; a name known by its relation to someone ("Her guide, …") yields a later "she"
// to that someone; "they" is the pair of names that is the subject (also "Tom and Eva Brandt"); only a speaking "it" takes a name read as a
// person's; a listed person of the pronoun's gender; a quotation left open at its paragraph's end takes the
// source of the attribution its continuation ends with; a paragraph quotation after one paragraph of narrative
// continues the last source. Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const speakers = (text: string) => found(analyzeBody(text)).map((f) => f[2]);

suite('engine: speakers of pronouns and floating quotations (s8 pronouns)', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    // a named subject's own "his"/"her" (mentions/ownerGender.ts)
    ['"her" in the subject\'s verb group makes her "she"', 'Rower Elin Tarvo broke her oar in the final. Her coach, Pemo Quell, found a spare.\n\n"I kept going," she said.', ['Elin Tarvo']],
    ['"his" after ", who" makes him "he"', 'Ravi Okonjo, who sold his car in May, now walks to work. His friend, Oyo Alder, drives him sometimes.\n\n"I do not miss it," he said.', ['Ravi Okonjo']],
    ['a "his" after a determiner is another owner\'s', 'Farmer Aaro Vell paid the vet for his help.\n\n"It saved my herd," she said.', ['Aaro Vell']],
    ['an object "her" tells nothing', 'Mayor Ode Plas told her the news.\n\n"It was hard," he said.', ['Ode Plas']],
    // a name known by its relation to someone (antecedent.ts genderYields)
    ['"Her partner, X" yields "she" to the owner', 'Baker Suvi Rann opened her shop in 2019. Her partner, Kai Borre, bakes the bread.\n\nShe said the rent had doubled.', ['Suvi Rann']],
    ['a plain subject of unknown gender keeps "he"', 'Mayor Tomas Ulk spoke first.\n\nKai Borre attacked the plan. "It is a waste," he said.', ['Kai Borre']],
    // "they" for a pair of names (resolve.ts pairOutranks)
    ['the subject pair over the object organisation', 'Lior Bask and Wen Tarro started the food bank in 2016.\n\nThey said demand had tripled.', ['Lior Bask; Wen Tarro']],
    ['a given name alone and a full name are a pair ("Tom and Eva Brandt")', 'On Sunday, Hans and Anouk Verhal sold their boat.\n\nThey said the harbour fees had doubled.', ['Hans; Anouk Verhal']],
    // a speaking "it" (antecedent.ts)
    ['the "it" of a content leaves the person a person', 'Mayor Jon Krall met Lise Varde.\n\nHe said it would help. She said it would cost too much.', ['Jon Krall', 'Lise Varde']],
    ['a speaking "it" still takes a name read as a person\'s', 'Orvia Foods fired its chief executive, Dana Frost.\n\n"We needed a change," it said.', ['Orvia Foods']],
    // a listed person of the pronoun's gender (antecedent.ts ofPronounGender)
    ['a list of three is no antecedent, whatever the gender', 'Judges Ana Melo, Piet Dorn and Lin Hao asked Voss to explain. He said the files were lost.', ['Ana Melo; Piet Dorn; Lin Hao', 'Voss']],
    ['a listed woman is "she"', 'The mayor, Jon Krall, and his deputy, Lise Varde, disagreed on the plan.\n\nShe said it would destroy a park.', ['Lise Varde']],
    // a quotation left open at its paragraph's end (statements/continuedQuote.ts)
    ['the open first paragraph takes the attribution of its continuation', 'Sailor Bram Oyelu, 88, remembers the storm.\n\n"The mast broke at midnight. We bailed until dawn.\n\n"Two of us were lost," he said.', ['Bram Oyelu', 'Bram Oyelu']],
    ['the first statement of the article too', '"The mast broke at midnight. We bailed until dawn.\n\n"Two of us were lost," said sailor Bram Oyelu.', ['Bram Oyelu', 'Bram Oyelu']],
    // floating quotations by position (statements/acrossNarrative.ts)
    ['a paragraph quotation after one paragraph of narrative', 'Harbour master Nils Oberg said the new pier would open in May.\n\nThe pier is 300 metres long.\n\n"Ferries will dock here from the first week."', ['Nils Oberg', 'Nils Oberg']],
    ['two paragraphs of narrative: no continuation', 'Harbour master Nils Oberg said the new pier would open in May.\n\nThe pier is 300 metres long.\n\nIt cost 40 million.\n\n"Ferries will dock here from the first week."', ['Nils Oberg', null]],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepStrictEqual(speakers(text), expected));
  }
});

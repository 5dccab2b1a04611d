// Speakers of found statements (session 8, third pass): a document named again or a part of it speaks for
// its issuer; an account's owner; a lone surname shown to be a person by "his"/"her"; a passive judge across
// an adverb; a subject whose post-modifier holds a list; three or more sources listed; "quoted her as saying";
// a fragment inside someone's claim; "and said" after a reported clause with its own cue; "was a letter saying".
// Every sentence is written for the test.
import * as assert from 'assert';
import { analyzeBody, found } from './engineFound';

const speakers = (text: string) => found(analyzeBody(text)).map((f) => f[2]);

suite('engine: speakers of found statements (s8, third pass)', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    // documents and their issuers (speakers/documentIssuer.ts)
    ['an excerpt of a note speaks for the one who released it', 'Maria Delgado, the head of the Farmers Union, released a note condemning the plan. "The union rejects this plan. It is unfair to growers," says an excerpt.', ['Maria Delgado']],
    ['"the excerpt" after an issued statement', 'The Harbor Workers Alliance issued a statement on Monday. "We will strike until the port is safe," the excerpt read.', ['Harbor Workers Alliance']],
    ['"the memo" after "wrote a memo"', 'Dr. Anwen Pryce wrote a memo to staff last week. "Masks remain mandatory on every ward," the memo said.', ['Anwen Pryce']],
    ['a document read out by one and written by another', 'Tom Reed read a report by the Ombudsman. "Nobody was held responsible," the report said.', ['Ombudsman']],
    ['plural flyers after "handed out flyers"', 'Activists from Clean Seas handed out flyers. "Plastic kills whales," the flyers said.', ['Activists from Clean Seas']],
    ['"distributed leaflets which read"', 'The Riverside Coalition distributed leaflets which read, "Save our park from the developers."', ['Riverside Coalition']],
    ['the official account of a band', 'The official account of the Blue Lanterns posted a message saying, "We are devastated by the loss of our drummer."', ['Blue Lanterns']],
    ['the official statement of a named authority', 'The official statement of the Harbor Authority said the port would reopen.', ['Harbor Authority']],
    ['a report of something is no owner', 'A report by the Kelby Commission said the dam was unsafe.', ['Kelby Commission']],
    ['a document with a title and a year before "by"', 'According to the 2019 Harbour Safety Report by the Kelby Port Authority, two ships ran aground.', ['Kelby Port Authority']],
    // a lone surname with "his"/"her" after it (mentions/possessiveEvidence.ts)
    ['a lone surname with "his" after it is the "he" that follows', 'Kessler was pleased with the way his team played. "I think we played well," he said.', ['Kessler']],
    ['the same after another person quoted before', 'Omar Tahir, the captain, was upset. "We were poor," he said. Kessler was delighted with his side. "I think we played well," he said.', ['Omar Tahir', 'Kessler']],
    ['a common noun opening a sentence is no name', 'Dana Frost spoke after the vote. Inflation was at its highest level in years. "We must act now," she said.', ['Dana Frost']],
    ['a gerund with "his" after it is no name', 'Paul Grant spoke after the storm. Flooding was worse than in his childhood, he said.', ['Paul Grant']],
    // a passive judge across an adverb (statements/attributionPassiveAgent.ts)
    ['"described by X as partly "…""', 'She published her memoir in 1986, described by the Kelby Herald as partly "a love story of mutual sacrifice."', ['Kelby Herald']],
    // a subject whose post-modifier holds a list (statements/subjectBeyondList.ts)
    ['a team from three institutions', 'A joint research team from the University of Kelby, the Harlow Museum, and Dunmore State University announced that the eggs took six months to hatch.', ['A joint research team from the University of Kelby']],
    ['a place set off by commas after "in"', 'On Tuesday, scientists of the Carnegie Institution for Science in Washington, DC, United States, announced the discovery of ten small moons.', ['scientists of the Carnegie Institution for Science in Washington']],
    ['a name and its place apposition stay a name', 'Tom Reed of Harlow, Dunmore County, said the bridge was safe.', ['Tom Reed']],
    ['members with examples after "including"', 'Members of the Provincial Assembly from the northern division (the north) including Tom Baird, Ana Ruiz, and Paul Grant expressed their dissatisfaction with the plan.', ['Members of the Provincial Assembly from the northern division']],
    ['a verb before the list: the second clause has its own subject', 'Officials from the ministry met the unions, and the union leaders said the strike would go on.', ['the union leaders']],
    ['an apposition after "according to" is no list', 'According to Dana Pike, an officer for the county, injuries ranged "from cuts to broken bones".', ['Dana Pike']],
    // a list of names inside a fronted phrase (statements/listComma.ts)
    // The fronted "Alleging that …" is the minister's report too (session 11, statements/leadingReport.ts).
    ['a list of names inside a fronted participle phrase', 'Alleging that Iran had set up cells in Kuwait, Bahrain, and Yemen, the minister said "Iran will not stop."', ['the minister', 'the minister']],
    ['a list that is the subject after the fronted phrase', 'After meeting Ruiz, Grant and Baird said the talks had failed.', ['Grant; Baird']],
    // a participle after a second clause joined by and/but (statements/coordinatedClause.ts)
    ['"and numerous people have come forward claiming"', 'Lena Cho is entitled to millions in compensation and numerous people have come forward claiming to be her relatives.', ['numerous people']],
    ['"and the union responded by saying"', 'The ministry cut the budget and the union responded by saying the cuts were illegal.', ['the union']],
    ['a joint subject is no second clause', 'Ana Ruiz and Tom Reed left the room, saying the meeting was a farce.', ['Ana Ruiz; Tom Reed']],
    ['a second verb of the same subject', 'Ana Ruiz left the room and slammed the door, saying the meeting was a farce.', ['Ana Ruiz']],
    // three or more sources (mentions/jointPhrases.ts listParts, statements/jointList.ts)
    ['three names', 'Ana Ruiz, Paul Grant and Tom Baird said the road would close.', ['Ana Ruiz; Paul Grant; Tom Baird']],
    ['three names with the serial comma', 'On Monday, Ana Ruiz, Paul Grant, and Tom Baird told reporters that the road would close.', ['Ana Ruiz; Paul Grant; Tom Baird']],
    ['three roles', 'The mayor, the police chief and the fire chief said the road would close.', ['The mayor; the police chief; the fire chief']],
    ['a name and its apposition are one source', 'Ana Ruiz, the mayor, said the road would close.', ['Ana Ruiz']],
    // "quoted her as saying" (statements/subject.ts)
    ['"quoted her as saying" is hers', 'Ana Ruiz spoke to the press on Monday. The Kelby Herald quoted her as saying "I will not resign."', ['Ana Ruiz']],
    // a quoted fragment inside someone's claim (statements/possessedClaim.ts)
    ['a fragment inside the father\'s assertions is the father\'s', 'The court responded to the father\'s assertions that his son was "in hiding".', ['the father']],
    ['a fragment inside "his suggestion that"', 'Tom Reed spoke first. Ana Ruiz rejected his suggestion that the vote was "rigged".', ['Tom Reed']],
    ['the cue\'s own "that" clause keeps its source', 'Ana Ruiz said that the vote was "rigged".', ['Ana Ruiz']],
    // a cue conjoined after a reported clause with its own cue (statements/innerConjoinedSource.ts)
    ['"and said" after a reported clause whose verb is a cue', 'Reuters reported that an unnamed official confirmed the existence of the report, and said that the report had not been read.', ['Reuters', 'an unnamed official']],
    ['"but stressed" after a subject with a title the role lists lack', 'North of Kelby procurator fiscal Liam Reed said the murder "caused shock" but stressed there was a low murder rate in the region.', ['Liam Reed', 'Liam Reed']],
    ['the inner verb is no cue: the outer source goes on', 'The ministry said that the mayor resigned in May and said that a vote would follow.', ['The ministry', 'The ministry']],
    ['"added" goes on with the outer source', 'The ministry said that the mayor announced the vote, and added that it would be held in May.', ['The ministry', 'The ministry']],
    // a document after a copula speaks for itself (statements/participleObject.ts)
    ['"was a letter saying" is the letter\'s', 'The only reply was a letter saying "We have no comment."', ['a letter']],
    ['"sent a letter saying" is the sender\'s', 'The mayor sent a letter saying "We have no comment."', ['The mayor']],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepStrictEqual(speakers(text), expected));
  }
});

// Attribution idioms of sport, court, business, science and government reporting, from a battery of probe
// articles written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { reportedIn, speakerOf } from './engineFound';

suite('engine: probes of genre idioms', () => {
  test('a nationality or a sportsperson\'s role refers back to the person just named', () => {
    assert.strictEqual(speakerOf('Rafael Quiroga signed for Denholm in July. "I am happy here," the Uruguayan said.', 'happy here'), 'Rafael Quiroga');
    assert.strictEqual(speakerOf('Ilse Brandt won the downhill. "The snow was perfect," the world champion said.', 'snow was perfect'), 'Ilse Brandt');
    assert.strictEqual(speakerOf('"The snow was perfect," a Norwegian in the crowd said.', 'snow was perfect'), 'a Norwegian in the crowd');
  });

  test('an epithet is someone else when the person holds another such word, or when it names a manager', () => {
    assert.strictEqual(speakerOf('Defender Kofi Mensah was sent off. "We held on," the Tarvin goalkeeper said.', 'held on'), 'the Tarvin goalkeeper');
    assert.strictEqual(speakerOf('Kofi Mensah scored late on. "He was superb," the Tarvin boss said.', 'was superb'), 'the Tarvin boss');
    assert.strictEqual(speakerOf('The Peruvian government said the race would go ahead.', 'race would go ahead'), 'The Peruvian government');
  });

  test('"Coroner" and "Director-General" are titles before a name', () => {
    assert.strictEqual(speakerOf('Coroner Mabel Okoro said the fall was accidental.', 'fall was accidental'), 'Mabel Okoro');
    assert.strictEqual(speakerOf('Agency Director-General Ravi Menon said supplies were low.', 'supplies were low'), 'Ravi Menon');
  });

  test('"State media" / "State television" opening a sentence keep "State"', () => {
    assert.strictEqual(speakerOf('State media said the dam had been finished early.', 'dam had been finished'), 'State media');
    assert.strictEqual(speakerOf('State radio reported that the curfew was lifted.', 'curfew was lifted'), 'State radio');
  });

  test('a cue verb in the passive after a manner adverb is no cue ("had been poorly maintained")', () => {
    assert.deepStrictEqual(reportedIn('According to the report, the pumps had been badly maintained.'), [['the pumps had been badly maintained', 'the report']]);
  });

  test('a finding source keeps its findings past a name after "by" or "from"; a trial or court papers find too', () => {
    assert.deepStrictEqual(reportedIn('A survey by the Holt Institute found that most clinics were understaffed.'), [['most clinics were understaffed', 'Holt Institute']]);
    assert.deepStrictEqual(reportedIn('The trial found the vaccine cut infections by a third.'), [['the vaccine cut infections by a third', 'The trial']]);
    assert.deepStrictEqual(reportedIn('A team from Holt University found that the beetle eats pollen.'), []);
  });

  test('police and court names: "Supt" a title, "QC" after a name, "Police Scotland" one name, "the force" its police', () => {
    assert.strictEqual(speakerOf('Supt Wendell Haig said the march had passed off peacefully.', 'passed off peacefully'), 'Wendell Haig');
    assert.strictEqual(speakerOf('Nora Ashby QC, defending, said her client was of good character.', 'good character'), 'Nora Ashby');
    assert.strictEqual(speakerOf('Police Scotland said the road had reopened.', 'road had reopened'), 'Police Scotland');
    assert.strictEqual(speakerOf('Dyfed Police said a man had been arrested. The force said he was in custody.', 'in custody'), 'Dyfed Police');
  });

  test('a per cent sign ending the content stays in it', () => {
    assert.deepStrictEqual(reportedIn('Brackley Foods said sales fell 3%.'), [['sales fell 3%', 'Brackley Foods']]);
  });

  test('"state" between a nationality adjective and a medium modifies it ("Chinese state media", "Iranian state TV")', () => {
    assert.strictEqual(speakerOf('Vietnamese state media said the bridge would open in May.', 'bridge would open'), 'Vietnamese state media');
    assert.deepStrictEqual(reportedIn('Syrian state TV reported that the border had reopened.').map((r) => r[0]), ['the border had reopened']);
  });

  test('"the Leeds-based company" refers back like "the company"', () => {
    assert.strictEqual(speakerOf('Corvid Labs said it had raised $20m. The Leeds-based company said it would hire 40 staff.', 'hire 40 staff'), 'Corvid Labs');
  });

  test('"people briefed on the talks" is a source with its participle, "briefed" no cue of its own', () => {
    assert.strictEqual(speakerOf('Three people briefed on the negotiations said a deal was near.', 'deal was near'), 'Three people briefed on the negotiations');
  });

  test('`"…," the statement read.` attributes the quotation to the statement', () => {
    assert.strictEqual(speakerOf('"Our thoughts are with his family," a club statement read.', 'thoughts are with'), 'a club statement');
  });

  test('"X news agency" is named X, an organisation', () => {
    assert.strictEqual(speakerOf('The talks had ended, the semi-official Ravan news agency reported.', 'talks had ended'), 'Ravan');
    assert.strictEqual(speakerOf('On Monday, Ravan news agency said the talks had ended. It said a new round was planned.', 'new round'), 'Ravan');
  });

  test('"According to X," closes a fronted phrase: the name after the comma is the content\'s subject, unless two commas enclose it', () => {
    assert.strictEqual(speakerOf('According to a statement from the club, Mensah has left.', 'Mensah has left'), 'the club');
    assert.strictEqual(speakerOf('According to the club\'s doctor, Ana Vidal, the injury is minor.', 'injury is minor'), 'Ana Vidal');
  });

  test('"said ahead of Saturday\'s game that …" reaches its "that"', () => {
    assert.deepStrictEqual(reportedIn('Voss said ahead of Sunday\'s final that the squad was fit.'), [['the squad was fit', 'Voss']]);
  });

  test('"According to police, a man, 45, was arrested": a subject with its age is the content, no apposition', () => {
    assert.deepStrictEqual(reportedIn('According to police, a woman, 61, was taken to hospital.'), [['a woman, 61, was taken to hospital', 'police']]);
    assert.deepStrictEqual(reportedIn('According to the club, Mensah, 24, will miss the final.'), [['Mensah, 24, will miss the final', 'the club']]);
  });

  test('an epithet after two people named says nothing the engine knows', () => {
    assert.strictEqual(speakerOf('Ana Ruiz met Tomas Brell on Friday. "It went well," the Spaniard said.', 'went well'), 'the Spaniard');
  });
});

// A reporting clause after its content, followed by more about the source: a participle of the source's own
// ("…, police said, citing …") or an apposition ("…, said Tom Reed, the union's spokesman."). Every sentence
// here is written for the test (none is taken from the annotated articles).
import * as assert from 'assert';
import { reportedIn } from './engineFound';

suite('engine: postposed reporting clauses followed by more about the source', () => {
  test('"…, Reuters reported, citing unnamed sources": the participle names the source\'s source', () => {
    assert.deepStrictEqual(reportedIn('The merger talks have collapsed, Reuters reported, citing two people close to the negotiations.'), [['The merger talks have collapsed', 'Reuters']]);
  });

  test('"…, officials said, adding that …": both contents, each with its cue', () => {
    assert.deepStrictEqual(reportedIn('The pipeline will reopen next week, officials said, adding that repairs had cost millions.'), [
      ['The pipeline will reopen next week', 'officials'],
      ['repairs had cost millions', 'officials'],
    ]);
  });

  test('"…, said Tom Reed, the union\'s spokesman.": an apposition after an inverted source', () => {
    assert.deepStrictEqual(reportedIn('The strike will go ahead on Friday, said Tomas Reed, the spokesman for the union.'), [['The strike will go ahead on Friday', 'Tomas Reed']]);
  });

  test('"…, said Tom Reed, who …": a relative clause about the inverted source', () => {
    assert.deepStrictEqual(reportedIn('The strike will go ahead on Friday, said Tomas Reed, who has led the drivers for a decade.'), [['The strike will go ahead on Friday', 'Tomas Reed']]);
  });
});

// Tokens as the attribution passes read them (TokenTable), the word hash table, and the vocabulary that
// analyses share: sharing it must never change an answer.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { buildDoc } from '../../src/core/doc';
import { WORD, PUNCT, QUOTE } from '../../src/core/text/tokenTable';
import { sharedVocabulary } from '../../src/core/text/vocabulary';
import { WordTable } from '../../src/core/text/wordTable';
import { toJson } from '../../src/core/serialize';

/** Each token as [text, lower, kind, flags]: c = capital, a = abbreviation, d = digit first, u = upper or digit. */
function tokensOf(body: string): Array<[string, string, string, string]> {
  const tokens = buildDoc(`Headline\n\n${body}`).tokens;
  const out: Array<[string, string, string, string]> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens.para[k] < 0) continue;
    const kind = tokens.kind[k] === WORD ? 'w' : tokens.kind[k] === QUOTE ? 'q' : tokens.kind[k] === PUNCT ? 'p' : '?';
    const flags = (tokens.cap[k] ? 'c' : '') + (tokens.abbr[k] ? 'a' : '') + (tokens.digitFirst[k] ? 'd' : '') + (tokens.upperOrDigit[k] ? 'u' : '');
    out.push([tokens.textOf(k), tokens.lower[k], kind, flags]);
    assert.strictEqual(tokens.vocabulary.list[tokens.wordId[k]], tokens.lower[k], 'wordId names the lowercase form');
  }
  return out;
}

suite('engine: tokens', () => {
  test('possessives split, abbreviations keep their period, particle names are capitalised', () => {
    assert.deepStrictEqual(tokensOf("Mr. al-Amr told Bush's aide, “No. 5.”"), [
      ['Mr.', 'mr', 'w', 'cau'], ['al-Amr', 'al-amr', 'w', 'cu'], ['told', 'told', 'w', ''], ['Bush', 'bush', 'w', 'cu'],
      ["'s", "'s", 'w', ''], ['aide', 'aide', 'w', ''], [',', ',', 'p', ''], ['“', '“', 'q', ''], ['No.', 'no', 'w', 'cau'],
      ['5', '5', 'w', 'du'], ['.', '.', 'p', ''], ['”', '”', 'q', ''],
    ]);
  });

  test('"No" is an abbreviation only before a number, wherever it was seen before', () => {
    assert.deepStrictEqual(tokensOf('No. 5 won. No. They lost.').map((t) => t[0]), ['No.', '5', 'won', '.', 'No', '.', 'They', 'lost', '.']);
  });

  test('astral letters, numbers with commas, e-mail-like words', () => {
    assert.deepStrictEqual(tokensOf('𝐀li paid 1,500 to x@y.org').map((t) => [t[0], t[3]]), [['𝐀li', 'cu'], ['paid', ''], ['1,500', 'du'], ['to', ''], ['x@y.org', '']]);
  });

  test('reading past either end gives undefined, as on an array', () => {
    const tokens = buildDoc('One two.').tokens;
    assert.strictEqual(tokens.lower[tokens.length], undefined);
    assert.strictEqual(tokens.cap[-1], undefined);
  });
});

suite('engine: word table', () => {
  test('finds words by their range of the text, through collisions and growth', () => {
    const table = new WordTable<number>(4);
    // "Aa" and "BB" (and so their concatenations) have the same hash: found by their characters, not their hash.
    const words = ['Aa', 'BB', 'AaAa', 'AaBB', 'BBAa', 'BBBB', ...Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}`)];
    const text = words.join(' ');
    let made = 0;
    const make = (word: string) => { made++; return words.indexOf(word); };
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        assert.strictEqual(table.get(text, at, at + w.length, make, undefined), words.indexOf(w));
        at += w.length + 1;
      }
    }
    assert.strictEqual(made, words.length, 'each word made once');
  });
});

suite('engine: shared vocabulary', () => {
  const article = 'Putin speaks\n\nRussian President Vladimir Putin said the talks went well. "We agree," he said.\n\nNo. 5 was next.';

  test('an analysis gives the same answer whatever was analysed before', () => {
    const first = JSON.stringify(toJson(analyze(article)));
    analyze('Putin, PUTIN and putin. No. It was Mr. X. ' + Array.from({ length: 3000 }, (_, i) => `Word${i}`).join(' '));
    assert.strictEqual(JSON.stringify(toJson(analyze(article))), first);
  });

  test('a vocabulary grown too large is let go after the analysis that grew it', () => {
    const before = sharedVocabulary();
    analyze(`Headline\n\n${'x'.repeat(2_500_000)} said he.`);
    assert.notStrictEqual(sharedVocabulary(), before);
    assert.strictEqual(sharedVocabulary().characters, 0);
  });
});

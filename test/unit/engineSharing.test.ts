// What analyses share for speed — the word runs of the last text, the memos of phrase descriptions and name
// keys that every analysis of the process reads — must never change an answer.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { toJson } from '../../src/core/serialize';
import { firstRunFrom, wordRunsOf } from '../../src/core/knowledge/wordRuns';
import { runEnd, wordCharAt, wordCharBefore } from '../../src/core/knowledge/wordChars';
import { buildDoc } from '../../src/core/doc';
import { describe as describePhrase } from '../../src/core/mentions/describe';
import { ExactDescribeMemo } from '../../src/core/mentions/describeCache';
import { SharedMemo } from '../../src/core/text/sharedMemo';

/** The run starts a character scan from `from` finds (what numberScan and aliasIndex did before the runs). */
function scannedStarts(text: string, from: number): number[] {
  const out: number[] = [];
  let i = wordCharBefore(text, from) ? runEnd(text, from) : from;
  while (i < text.length) {
    if (wordCharAt(text, i) === 0) { i++; continue; }
    out.push(i);
    i = runEnd(text, i);
  }
  return out;
}

suite('engine: shared tables', () => {
  test('the word runs from any offset are those a scan from it finds', () => {
    const text = 'Kyoto 1,500 𝐀li 😀x al-Amr\ud800 ſix “US$5” \udc00 déjà-vu 𝐁𝐂';
    const runs = wordRunsOf(text);
    for (let from = 0; from <= text.length; from++) {
      const r = firstRunFrom(runs, text, from);
      if (r < 0) continue;
      assert.deepStrictEqual(Array.from(runs.starts.subarray(r, runs.count)), scannedStarts(text, from), `from ${from}`);
    }
  });

  test('an offset inside a surrogate pair is left to the scan', () => {
    const text = 'a 𝐀li';
    assert.strictEqual(firstRunFrom(wordRunsOf(text), text, 3), -1);
  });

  test('a shared memo lets go of its entries at its limit', () => {
    const memo = new SharedMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    assert.deepStrictEqual([memo.get('a'), memo.get('b'), memo.get('c')], [undefined, undefined, 3]);
  });

  test('the shared description of a phrase is the one its own document gives', () => {
    // "de Gaulle" names "de Gaulle" after a capitalised word ("Charles"), "Gaulle" after "the".
    for (const body of ['Charles de Gaulle spoke.', 'the de Gaulle spoke.', 'Charles de Gaulle spoke.']) {
      const doc = buildDoc(`Headline\n\n${body}`);
      const de = Array.from({ length: doc.tokens.length }, (_, k) => k).find((k) => doc.tokens.lower[k] === 'de') as number;
      const phrase = { first: de, last: de + 1 };
      assert.deepStrictEqual(new ExactDescribeMemo(doc).infoOf(phrase), describePhrase(doc, phrase), body);
    }
  });

  test('the shared description of a sentence-initial word is the one its own document gives', () => {
    // "People" opening a sentence names someone only where the article writes it capitalised mid-sentence.
    for (const body of ['Voters met. People said the plan failed.', 'Voters backed the People Power party. People said the plan failed.', 'Voters met. People said the plan failed.']) {
      const doc = buildDoc(`Headline\n\n${body}`);
      const k = Array.from({ length: doc.tokens.length }, (_, t) => t).find((t) => doc.tokens.lower[t] === 'people' && doc.sentStart[t] === t) as number;
      const phrase = { first: k, last: k };
      assert.deepStrictEqual(new ExactDescribeMemo(doc).infoOf(phrase), describePhrase(doc, phrase), body);
    }
  });

  test('an article gives the same analysis after others that share its phrases', () => {
    const article = 'Talks\n\nPresident Charles de Gaulle said the treaty was signed. "We go on," de Gaulle told reporters.\n\n' +
      'The Korean Central News Agency (KCNA) said talks failed. Bush and Putin said they would meet. A police spokesman said 300 people left.';
    const others = [
      'News\n\nThe de Gaulle airport said flights resumed. The Korean Central News Agency (KCN) said so.',
      'More\n\nMr. Bush and Putin, who met, said nothing. the police spokesman said a dozen people left. Charles de Gaulle Jr. said so.',
    ];
    const fresh = JSON.stringify(toJson(analyze(article)));
    for (const other of others) {
      analyze(other);
      assert.strictEqual(JSON.stringify(toJson(analyze(article))), fresh);
    }
  });
});

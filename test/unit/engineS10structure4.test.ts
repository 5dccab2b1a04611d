// Line structure of scraped pages (session 10, structure4): one paragraph per line with no blank line between
// them, subheads and lines with no stop of their own, a headline and its deck joined on two lines. Every
// sentence is written for the test.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { buildDoc } from '../../src/core/doc';
import { findLayout } from '../../src/core/structure';
import { isTitleCaseSubhead } from '../../src/core/subheads';
import { analyzeBody, found } from './engineFound';

/** The text of each body paragraph. */
function paragraphs(text: string): string[] {
  return findLayout(text).paragraphs.map((p) => text.slice(p.start, p.end));
}

suite('engine: lines that are paragraphs (lineParagraphs.ts)', () => {
  test('lines that end sentences are paragraphs of their own', () => {
    const text = 'Bridge Plan Delayed\n\nThe council met on Monday.\n“We will not wait,” the mayor said.\nMembers voted late.\n';
    assert.deepStrictEqual(paragraphs(text), ['The council met on Monday.', '“We will not wait,” the mayor said.', 'Members voted late.']);
  });

  test('a hard-wrapped paragraph stays one paragraph', () => {
    const text = 'Bridge Plan Delayed\n\nThe council met on Monday and voted to\ndelay the bridge. The mayor said the\nplan would cost more than expected.\n';
    assert.deepStrictEqual(paragraphs(text), [text.slice(21, -1)]);
  });

  test('a line starting in lower case continues its sentence', () => {
    const text = 'Bridge Plan Delayed\n\nThe council met on Monday.\n“The plan will cost more than the city can pay\nfor years,” the mayor said.\nMembers voted late.\n';
    assert.deepStrictEqual(paragraphs(text), ['The council met on Monday.', '“The plan will cost more than the city can pay\nfor years,” the mayor said.', 'Members voted late.']);
  });

  test('a pull quote keeps its attribution line inside its marks', () => {
    const text = 'Bridge Plan Delayed\n\nThe council met on Monday.\n\n"If the bridge is late, the city will pay for it.\nCouncil Member Ann Holt."\n\nMembers voted late.\n';
    assert.deepStrictEqual(paragraphs(text)[1], '"If the bridge is late, the city will pay for it.\nCouncil Member Ann Holt."');
  });

  test('a subhead line no longer runs into the reported sentence after it', () => {
    const a = analyzeBody('The council has delayed the bridge to next year.\nWHAT COMES NEXT\nThe mayor will meet the builders in May, her spokesman said.\nMembers voted late.');
    assert.deepStrictEqual(found(a).filter((f) => f[0] === 'indirect'), [['indirect', 'The mayor will meet the builders in May', 'her spokesman']]);
  });

  test('a line ending in "U.S." no longer runs into the next line', () => {
    const a = analyzeBody('The company moved its plant to the U.S.\nCouncil members will vote on the plan in May, a city spokesman said.\nThe vote is public.');
    assert.deepStrictEqual(found(a).filter((f) => f[0] === 'indirect'), [['indirect', 'Council members will vote on the plan in May', 'a city spokesman']]);
  });

  test('quotations on lines of their own continue the speaker of the paragraph before', () => {
    const a = analyzeBody('Mayor Ann Holt spoke only briefly after the vote.\n\n“We have to be faster.”\n“We have to build it this year.”');
    assert.deepStrictEqual(found(a), [['direct', 'We have to be faster.', 'Ann Holt'], ['direct', 'We have to build it this year.', 'Ann Holt']]);
  });
});

suite('engine: a headline and its deck on two lines', () => {
  test('the line closed by a semicolon is the headline, the deck the first paragraph', () => {
    const text = "Council vote: 'Is that it?'; \nCritics say the budget plan falls short.\n\nThe council passed the budget on Monday.\n";
    const layout = findLayout(text);
    assert.strictEqual(layout.headline?.text, "Council vote: 'Is that it?';");
    assert.deepStrictEqual(paragraphs(text), ['Critics say the budget plan falls short.', 'The council passed the budget on Monday.']);
  });

  test('the deck reports on its own', () => {
    const text = "Council vote: 'Is that it?'; \nCritics say the budget plan falls short.\n\nThe council passed the budget on Monday.\n";
    const reported = found(analyze(text)).filter((f) => f[0] === 'indirect');
    assert.deepStrictEqual(reported, [['indirect', 'the budget plan falls short', 'Critics']]);
  });
});

suite('engine: live-blog post headers (liveblogStamps.ts) and Title Case subheads (subheads.ts)', () => {
  const blog = 'Council Live Blog\n\nThe council meets tonight.\n\n' +
    'Ann LeeShareReplyTom Ross 5ptsFeaturedMarch 3, 2016 9:52PMMayor Says The Bridge Will Open In May\n' +
    'Mayor Jane Holt said the bridge would open in May.\n';

  test('a glued date and time ends the post header: the title starts a paragraph, the header is furniture', () => {
    const layout = findLayout(blog);
    const paras = layout.paragraphs.map((p) => blog.slice(p.start, p.end));
    assert.deepStrictEqual(paras, ['The council meets tonight.', 'Mayor Says The Bridge Will Open In May', 'Mayor Jane Holt said the bridge would open in May.']);
    assert.ok(layout.boilerplate.some((b) => blog.slice(b.start, b.end).endsWith('9:52PM')));
  });

  test('the header\'s names are no speakers', () => {
    const a = analyze(blog);
    assert.ok(a.speakers.every((s) => !/Ross|Share/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
  });

  test('a date and time inside a sentence, with spaces around it, is no header', () => {
    const text = 'Vote Count\n\nThe polls closed on March 3, 2016 9:52 PM Eastern time, officials said.\n';
    assert.deepStrictEqual(findLayout(text).paragraphs.map((p) => text.slice(p.start, p.end)), [text.slice(12, -1)]);
  });

  test('a one-line paragraph in Title Case with no stop is a subhead; a sentence is not', () => {
    const doc = buildDoc(blog);
    assert.deepStrictEqual(doc.layout.paragraphs.map((p) => isTitleCaseSubhead(doc, p.index)), [false, true, false]);
  });

  test('a Title Case subhead reports like a Title Case headline: its capitalised "Says" is the cue', () => {
    const reports = analyze(blog).statements.filter((s) => s.kind === 'indirect').map((s) => s.text);
    assert.ok(reports.includes('The Bridge Will Open In May'), reports.join(' | '));
  });
});

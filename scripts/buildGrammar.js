/**
 * Builds syntaxes/article.tmLanguage.json, the TextMate grammar of the Article language. The JSON is generated:
 * edit this file or scripts/grammar/*.js, then run `node scripts/buildGrammar.js` (the unit tests fail while the
 * JSON is out of date).
 *
 * Regexes are Oniguruma, run the way VS Code runs them (vscode-textmate + vscode-oniguruma). What that costs, as
 * measured on the Wikinews corpus (`npm run bench`, scripts/bench/grammar.ts):
 * - Each search of a line by a rule list (one per token, plus one per line) costs about 1 µs of JavaScript. On a
 *   line under 1,000 bytes vscode-oniguruma searches the list as one Oniguruma "regset", position by position:
 *   every regex of the list costs a little at every character searched, even one that cannot match there, so
 *   lists are short: most match rules are merged into one regex (grammar/rules.js: mergeByKind), and the rarer
 *   quotation marks („ « ‹) share one entry (grammar/quotes.js: quote-rare).
 * - Before trying a regex, Oniguruma searches the line for what the regex must contain (its first characters, or
 *   a character at a bounded distance): a regex whose required character is absent costs one fast search. The
 *   long-line rule is written so (its \n at LONG_LINE characters or more), and is free on every shorter line.
 * - A regex is tried at each position whose character can start it (about 0.1 µs a try), and at every position
 *   when Oniguruma builds no table of first characters: that happens for a class holding a non-ASCII character,
 *   \d or \p{…}, for a leading look-behind, and for ^ and $. First characters are therefore ASCII classes or
 *   alternations of single characters, never spaces or common letters; a rule that starts at a common letter
 *   ("according") is a regex of its own, found by its literal. Word lists are tries (regex.js: trie), so that a
 *   word tries the entries of its first letter only; a check behind a word ("Mr.") is made only where its last
 *   character is found.
 * - A paragraph is a begin/while rule chosen by one scan of its first line: most lines hold no opening mark and no
 *   agreement noun, and do without the rules that look, at every comma and every capital, for the speaker of a
 *   quotation and for an agreement name. The rules for the start of a paragraph are part of its begin pattern; a
 *   quotation left open ends with its paragraph, at the next blank line.
 * - No catastrophic backtracking: every repetition is bounded, atomic or over disjoint alternatives
 *   (`npm run bench` reports the slowest adversarial line; test/unit/grammarLines.test.ts checks token counts grow linearly).
 *
 * Very long lines: a line of LONG_LINE characters or more is left plain, so that no line can cost more than about
 * 5 ms of CPU time (a line of short quotations, '"a," "b," …', costs about 1 µs a character with every rule: 3 to
 * 4 ms at 3,999 characters, 25 to 30 ms at 20,000; the plain rule costs under 1 ms at 20,000). No real paragraph
 * comes near it: the longest of the 24 Wikinews articles has 1,881
 * characters, those of the samples under 800. VS Code itself stops at editor.maxTokenizationLineLength, 20,000.
 *
 * Given up for speed: a century in words ("the twentieth century"; "16th century" stays), "between"/"from" in
 * a range's scope (the range starts at its first number: "between [3,000 and 3,500]"), and a lower-case speaker
 * before a quotation (", the ministry said: "…"", looked for at every comma: a few per cent of the corpus's
 * time); the semantic tokens colour role and pronoun speakers, and the grammar keeps capitalised and proper-name
 * speakers and the speaker after a quotation ('"…," the ministry said').
 */
const fs = require('fs');
const path = require('path');
const { R } = require('./grammar/regex');
const rules = require('./grammar/rules');
const { QUOTE_RULES, QUOTES } = require('./grammar/quotes');

const LONG_LINE = 4000;

const quotedStart = rules.paragraphStart(true);
const plainStart = rules.paragraphStart(false);
const CONTENT = R`^(?=[ \t]*\S)`;
const SHORT = R`(?![^\n]{${LONG_LINE}})`;
// A mark that may open a quotation: a double mark, ‘ or ‹, or a straight apostrophe after a space, a bracket or a
// dash (not "it's", "nations'"). A line holding one is found by one scan of the line.
const OPENER = R`["“«„‘‹]|'(?<![^\s(\[{—–/"“«„]')`;
const OPENER_AHEAD = R`(?:[^\n"“«„‘‹']++|'(?<=[^\s(\[{—–/"“«„]'))*+(?:${OPENER})`;
// A line with no such mark and no agreement noun (most lines), by one scan of the line; PLAIN_SHORT_LINE also under
// LONG_LINE characters. A paragraph's first line need not be checked for length: at its start the long-line rule,
// first in the list, takes a long line (and the look-behind costs about 2% of the corpus's time).
const NOUN_REST = R`(?!reat|rotocol|ccord|greement|onvention|act)`;
// They end at $, not at the line's \n: Oniguruma would search every line for a \n before trying the regex (1–2%
// of the corpus's time).
const PLAIN_LINE = R`(?:[^\n"“«„‘‹'TPAC]++|[TPAC]${NOUN_REST}|'(?<=[^\s(\[{—–/"“«„]'))*+$`;
const PLAIN_SHORT_LINE = R`(?:[^\n"“«„‘‹'TPAC]++|[TPAC]${NOUN_REST}|'(?<=[^\s(\[{—–/"“«„]'))*+(?<![^\n]{${LONG_LINE}})$`;
// A front-matter value that is a link or a date gets its scope as well as the string's.
const FRONT_MATTER_VALUE = R`(?:((https?://\S+))|((\d{4}-\d{2}(?:-\d{2})?))(?![\p{N}\-])|(.*?))`;
const FRONT_MATTER_STRING = { name: 'string.unquoted.front-matter.article' };

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Article',
  scopeName: 'text.article',
  fileTypes: ['article', 'news'],
  information_for_contributors: [
    'Every scope ends in .article and starts from a standard TextMate family so that any colour theme colours it.',
    'This file is generated by scripts/buildGrammar.js: edit that script, then run node scripts/buildGrammar.js.',
    `A line of ${LONG_LINE} characters or more is left plain, to bound the time any one line can take.`,
  ],
  // The long-line rule first: it costs nothing on a shorter line (see its match), and spares a long one the
  // paragraph kinds' scans.
  patterns: [{ include: '#head' }, { include: '#long-line' }, { include: '#paragraph' }, { include: '#paragraph-quoted' }, { include: '#paragraph-agreement' }],
  repository: {
    head: {
      comment: 'From the first line to the headline: the front matter, then the first non-blank line is the headline.',
      begin: R`\A`,
      end: R`^[ \t]*(?!---[ \t]*$)(\S.*?)[ \t]*$`,
      endCaptures: { 1: { name: 'markup.heading.headline.article', patterns: [{ include: '#quotes' }, { include: '#quote-inner' }] } },
      patterns: [{ include: '#front-matter' }],
    },
    'front-matter': {
      name: 'meta.front-matter.article',
      begin: R`\A(---)[ \t]*$`,
      beginCaptures: { 1: { name: 'comment.block.front-matter.article punctuation.definition.front-matter.begin.article' } },
      comment: 'An unterminated front matter stops at the first blank line instead of swallowing the article.',
      end: R`^(---|\.\.\.)[ \t]*$|^(?=[ \t]*$)`,
      endCaptures: { 1: { name: 'comment.block.front-matter.article punctuation.definition.front-matter.end.article' } },
      patterns: [{
        match: R`^[ \t]*([A-Za-z_][\w.\-]*)[ \t]*(:)(?=[ \t]|$)[ \t]*${FRONT_MATTER_VALUE}[ \t]*$`,
        captures: {
          1: { name: 'entity.name.tag.front-matter.article' },
          2: { name: 'punctuation.separator.key-value.front-matter.article' },
          3: FRONT_MATTER_STRING,
          4: { name: 'markup.underline.link.article' },
          5: FRONT_MATTER_STRING,
          6: { name: 'constant.numeric.date.article' },
          7: FRONT_MATTER_STRING,
        },
      }],
    },
    'long-line': {
      comment: `A line of ${LONG_LINE} characters or more stays plain (see scripts/buildGrammar.js).`,
      // "At least LONG_LINE characters, then the line's end" (vscode-textmate ends every line with \n): its \n lies
      // at least LONG_LINE characters in, so for any shorter line Oniguruma's search rules the regex out at once,
      // instead of counting the characters of every line that reaches this rule.
      match: R`^(?=[^\n]{${LONG_LINE},}\n)[^\n]*`,
    },
    paragraph: {
      comment: 'Most paragraphs: no opening double mark, ‘ or ‹, and no agreement noun. They do without the rules that look for the speaker of a quotation (at every comma) and for an agreement name (at every capital). The begin pattern also matches what may open a paragraph (a dateline, a byline); as a begin/while rule a paragraph needs no end pattern, and a quotation left open ends with it, at the next blank line or the next line of another kind.',
      begin: R`${CONTENT}(?=${PLAIN_LINE})[ \t]*(?:${plainStart.match})?`,
      beginCaptures: plainStart.captures,
      while: R`${CONTENT}(?=${PLAIN_SHORT_LINE})`,
      patterns: [{ include: '#figures' }, { include: '#according' }],
    },
    'paragraph-quoted': {
      comment: 'A paragraph whose first line has an opening double mark, ‘ or ‹: every rule, and a speaker before a quotation also where the paragraph starts.',
      begin: R`^(?=${OPENER_AHEAD})[ \t]*(?:${quotedStart.match})?`,
      beginCaptures: quotedStart.captures,
      while: R`${CONTENT}${SHORT}`,
      patterns: [{ include: '#quotes' }, { include: '#inline' }, { include: '#according' }],
    },
    'paragraph-agreement': {
      comment: 'A paragraph with an agreement noun (Treaty, Protocol, Accord, Agreement, Convention, Pact) and no opening mark: agreement names as well.',
      begin: R`${CONTENT}[ \t]*(?:${plainStart.match})?`,
      beginCaptures: plainStart.captures,
      while: R`${CONTENT}${SHORT}(?!${OPENER_AHEAD})`,
      patterns: [{ include: '#figures-and-names' }, { include: '#according' }],
    },
    quotes: QUOTES,
    ...QUOTE_RULES,
    'quote-inner': { patterns: [{ include: '#figures-and-names' }] },
    inline: rules.inline(),
    figures: rules.figures(false),
    'figures-and-names': rules.figures(true),
    ...rules.LITERAL_RULES,
  },
};

/** The grammar's JSON text, as written to syntaxes/article.tmLanguage.json. */
function buildGrammar() {
  return JSON.stringify(grammar, null, 2) + '\n';
}

module.exports = { buildGrammar, LONG_LINE };

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, '..', 'syntaxes', 'article.tmLanguage.json');
  fs.writeFileSync(out, buildGrammar());
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

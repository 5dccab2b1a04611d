/**
 * The quotation rules of the Article grammar: one begin/end rule per kind of mark, straight and curly marks of a
 * kind together ("…" and “…”, '…' and ‘…’: a rule costs a regex in every search, and a mismatched pair such as
 * “…" still closes). Marks are alternations, never classes: Oniguruma builds no skip table from a class holding a
 * non-ASCII character, and would try the regex at every position. The marks carry the string scope and a
 * punctuation scope, the words between them the string scope (contentName), and an attribution after the
 * closing mark its own scopes, matched by the end pattern itself so that no rule has to start at every space.
 */
const { R, countGroups } = require('./regex');
const F = require('./fragments');
const { SPEAKER, CUE_SCOPE } = require('./rules');

const { WS } = F;
// What may follow an opening mark: a quotation starts with a word, a number, an ellipsis, a bracket, a dash or a
// nested mark, never with a space or a closing mark (which keeps runs of stray marks from opening thousands).
const QUOTE_START = R`(?=[\p{L}\p{N}…(\[$€£¥—–\-]|\.\.\.|['‘"“«‹][\p{L}\p{N}])`;
// An apostrophe at a word start that is an elision, not a quotation: '90s, '08, 'n', 'em, 'til, 'tis, 'cause.
const ELISION = R`(?:\d0s\b|\d\d\b|(?i:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|s\b|nuff\b|kay\b|allo\b))`;
// An opening single quote, straight or curly, follows a space, an opening bracket, a dash or a double opening mark
// ("'Yes,' he said"), checked behind the mark once it is consumed.
const SINGLE_OPENS = R`(?:'|‘)(?<![^\s(\[{—–/"“«„]['‘])(?!${ELISION})(?=[\p{L}\p{N}…(\[]|\.\.\.)`;

// After a double closing mark that ends its sentence, the speaker of the next quotation:
// '"…." The poster wrote that "…"' (capitalised, as in rules.js). Groups: speaker, cue.
const NEXT_SPEAKER = R`${WS}+(${F.SPEAKER_CAPITALISED})${F.BEFORE_QUOTE_TAIL}`;
const AFTER_QUOTE_GROUPS = countGroups(F.AFTER_QUOTE);

/**
 * One quotation style. `closer` is a one-character class; `attributed` is the look-behind condition on
 * "<char><closer>" for an attribution to follow (no full stop before a double mark: '"We agree." The president
 * said…' starts a new sentence); `double` marks the styles after which the next quotation's speaker is looked for;
 * `stops` are zero-width ends (the enclosing quotation closing first).
 */
const quoteRule = (name, begin, closer, patterns, { attributed = null, double = false, stops = null } = {}) => {
  const after = attributed ? R`(?<=${attributed})${F.AFTER_QUOTE}` : null;
  const tails = [after, double ? NEXT_SPEAKER : null].filter(Boolean);
  const captures = { 1: { name: `${name} punctuation.definition.string.end.article` }, 3: { name: SPEAKER }, 4: { name: CUE_SCOPE }, 5: { name: CUE_SCOPE }, 6: { name: SPEAKER } };
  if (double) {
    const next = 2 + (after ? AFTER_QUOTE_GROUPS : 0);
    Object.assign(captures, { [next]: { name: SPEAKER }, [next + 1]: { name: CUE_SCOPE } });
  }
  return {
    contentName: name,
    begin, beginCaptures: { 0: { name: `${name} punctuation.definition.string.begin.article` } },
    end: R`(${closer})${tails.length ? `(?:${tails.join('|')})?` : ''}${stops ? `|${stops}` : ''}`,
    endCaptures: captures,
    patterns,
  };
};

const INNER = { include: '#quote-inner' };
const QUOTE_RULES = {
  'quote-double': quoteRule('string.quoted.double.article', R`(?:"(?<![\p{L}\p{N}]")|“)${QUOTE_START}`, '(?:"|”)',
    [{ include: '#quote-single' }, INNER], { attributed: R`[^.]["”]`, double: true }),
  'quote-low': quoteRule('string.quoted.double.low.article', R`„${QUOTE_START}`, '(?:“|”)',
    [{ include: '#quote-single-low' }, INNER], { attributed: R`[^.][“”]`, double: true }),
  'quote-guillemet': quoteRule('string.quoted.other.guillemet.article', R`«[ \u00a0\u202f]?${QUOTE_START}`, '»',
    [{ include: '#quote-double' }, { include: '#quote-low' }, { include: '#quote-single-guillemet' }, { include: '#quote-single' }, INNER], { attributed: R`[^.]»`, double: true }),
  'quote-single-guillemet': quoteRule('string.quoted.single.guillemet.article', R`‹[ \u00a0\u202f]?${QUOTE_START}`, '›',
    [INNER], { stops: R`(?=»|"|”|“)`, attributed: R`[,!?]›` }),
  'quote-single-low': quoteRule('string.quoted.single.low.article', R`‚${QUOTE_START}`, '‘', [INNER], { stops: R`(?=“|”)` }),
  'quote-single': quoteRule('string.quoted.single.article', SINGLE_OPENS, R`(?:'|’)(?<=\S['’])(?![\p{L}\p{N}])`,
    [INNER], { stops: R`(?=”|"|»)`, attributed: R`[,!?]['’]` }),
};

// The rarer marks („…“, «…», ‹…›) are reached through one rule: a paragraph's list holds one regex for the three
// instead of three (every regex of a list costs a little at every character the list searches). Its begin is
// zero-width and is exactly the union of their begins, so one of them always opens at the same place; its end,
// tried after them (applyEndPatternLast), closes it as soon as that quotation has closed.
const RARE = ['quote-low', 'quote-guillemet', 'quote-single-guillemet'];
const QUOTE_RARE = {
  comment: 'Quotations in „…“, «…» or ‹…›: one rule in the paragraph\'s list for the three (see scripts/grammar/quotes.js).',
  begin: R`(?=(?:„|«[ \u00a0\u202f]?|‹[ \u00a0\u202f]?)${QUOTE_START})`,
  end: R`(?=[\s\S])`,
  applyEndPatternLast: true,
  patterns: RARE.map((k) => ({ include: `#${k}` })),
};
const QUOTES = { patterns: [{ include: '#quote-double' }, { include: '#quote-single' }, { include: '#quote-rare' }] };

QUOTE_RULES['quote-rare'] = QUOTE_RARE;

module.exports = { QUOTE_RULES, QUOTES };

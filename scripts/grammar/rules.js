/**
 * The match rules of the Article grammar, by where they may start: at the start of a paragraph, or anywhere in it
 * (merged into one regex by first character, plus a few rules found by a rare literal). See scripts/buildGrammar.js.
 */
const { R, trie, merge } = require('./regex');
const F = require('./fragments');

const { WS } = F;
const SPEAKER = 'entity.name.function.speaker.article';
const CUE_SCOPE = 'keyword.other.cue.article';
const AGREEMENT = 'entity.name.type.agreement.article';
const SPEAKER_THEN_CUE = R`(?:(${F.SPEAKER_CAPITALISED})|(${F.SPEAKER_LOWER_CASE}))${F.BEFORE_QUOTE_TAIL}`;
const SPEAKER_THEN_CUE_CAPTURES = { 1: { name: SPEAKER }, 2: { name: SPEAKER }, 3: { name: CUE_SCOPE } };

/** Rules tried once, where a paragraph starts (they are part of the paragraph's begin pattern). */
const PARAGRAPH_START_RULES = [
  {
    comment: '"Friday, August 21, 2015" or "21 August 2015" opening a line (alone or before the first sentence).',
    match: R`((?:${F.WEEKDAY},?${WS}+)?(?:${F.MONTH}${WS}+\d{1,2}(?:st|nd|rd|th)?,?${WS}+\d{4}|\d{1,2}${WS}+${F.MONTH}${WS}+\d{4})|${F.WEEKDAY},?${WS}+(?=\S))(?![\p{L}\p{N}])`,
    captures: { 1: { name: 'markup.italic.dateline.article' } },
  },
  {
    comment: '"WASHINGTON (AP) —", "Taipei, Taiwan —", "GENOA, Italy --" opening a paragraph.',
    match: R`((?:\p{Lu}{2,}[\p{Lu}.'’\-]*(?:${WS}+\p{Lu}{2,}[\p{Lu}.'’\-]*){0,3}(?:,${WS}+${F.CAPWORD}(?:${WS}+${F.CAPWORD}){0,2})?|${F.CAPWORD}(?:${WS}+${F.CAPWORD}){0,2},${WS}+${F.CAPWORD}(?:${WS}+${F.CAPWORD}){0,2}|${F.CAPWORD}(?:${WS}+${F.CAPWORD}){0,2}(?=${WS}+\())(?:${WS}+\([^()\n]{1,40}\))?)${WS}+(—|–|--)(?=${WS})`,
    captures: { 1: { name: 'markup.italic.dateline.article' }, 2: { name: 'punctuation.separator.dateline.article' } },
  },
  {
    comment: 'A line that is only "By Jane Doe" or "By Jane Doe and John Roe, Associated Press".',
    match: R`(By${WS}+${F.NAMES}(?:,${WS}+[^,\n]{1,60})?)[ \t]*$`,
    captures: { 1: { name: 'markup.italic.byline.article' } },
  },
  {
    comment: 'A speaker and cue opening a paragraph before a quotation: Putin said: "…" / She told reporters: "…".',
    match: SPEAKER_THEN_CUE,
    captures: SPEAKER_THEN_CUE_CAPTURES,
  },
];

// ---- rules anywhere in a paragraph, merged into one regex: each starts with a character of its own kind ----

const CLAUSE_RULES = [
  {
    comment: 'A speaker and cue opening a sentence or clause before a quotation: "… Najib Razak said, "…"", "…, the ministry said: "…"", "Jeff Rathke, the spokesperson, said, "…"".',
    match: R`(?:[.,;:!?]${WS}+|[—–(]${WS}*)${SPEAKER_THEN_CUE}`,
    captures: SPEAKER_THEN_CUE_CAPTURES,
  },
];

const DIGIT_RULES = [
  {
    comment: 'A day before its month: "4 March 2011".',
    match: R`\d(?<![\p{L}\p{N}]\d)\d?(?:st|nd|rd|th)?${WS}+${F.MONTH}(?:,?${WS}+\d{4}(?!\p{N}))?(?![\p{L}])`,
    name: 'constant.numeric.date.article',
  },
  {
    comment: '"2,000 to 2,500", "3,000–3,500", "$2-3 billion".',
    match: R`${F.FIGV_W}(?:${WS}*[–—]${WS}*|-|${WS}+to${WS}+)${F.FIGV}(?:${F.PCT}|${WS}+${F.MONEY_WORD})?${F.AFTER_NUM}`,
    name: 'constant.numeric.range.article',
  },
  {
    comment: '"$1.5 billion", "€20m", "20,000 euros".',
    match: R`(?:${F.CURRENCY_SIGN}${WS}?${F.NUM}(?:${F.SCALE}|${WS}?(?:bn|mn|tn|m|k)\b)?|${F.NUM_W}${F.SCALE}?${WS}+(?:US${WS}+)?${F.MONEY_WORD})${F.AFTER_NUM}`,
    name: 'constant.numeric.money.article',
  },
  { match: R`${F.NUM_W}${F.PCT}`, name: 'constant.numeric.percent.article' },
  { match: R`\d(?<![\p{L}\p{N}]\d)\d?(?:st|nd|rd|th)[ \t\-]+centur(?:y|ies)\b`, name: 'constant.numeric.century.article' },
  { match: R`(?:\d(?<![\p{L}\p{N}]\d)\d{2}0['’]?s|['’]\d0s)\b`, name: 'constant.numeric.decade.article' },
  { match: R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)\d*(?:st|nd|rd|th)\b`, name: 'constant.numeric.ordinal.article' },
  { match: R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)\d?:\d{2}(?:${WS}?(?:[ap]\.m\.|[AaPp][Mm]\b))?`, name: 'constant.numeric.time.article' },
  {
    comment: 'A year, unless a content word follows ("1709 schoolchildren" is a count) and no "the" precedes ("the 2014 protests").',
    match: R`(?:1(?<![\p{L}\p{N}_.,$€£¥]1|\p{L}-1)[5-9]|2(?<![\p{L}\p{N}_.,$€£¥]2|\p{L}-2)0)\d\d(?![\p{N}%\p{L}]|[.,]\p{N}|${F.SCALE})(?:(?<=\b[Tt]he\s\d{4})|(?!${WS}+(?!${F.YEAR_NEXT_WORD})\p{Ll}))`,
    name: 'constant.numeric.year.article',
  },
  { match: R`${F.NUM_W}${F.SCALE}?${F.AFTER_NUM}(?![\p{L}])`, name: 'constant.numeric.count.article' },
];

// Each starts at a capital that starts a word (checked once for all, see CAPITAL_WORD below).
const CAPITAL_RULES = [
  {
    comment: 'Calendar dates: "March 4, 2011", "July 2003" (the day is not a count).',
    match: R`(?:${trie(F.MONTH_NAMES)})(?:${WS}+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}:])(?:,?${WS}+\d{4}(?!\p{N}))?|,?${WS}+\d{4}(?!\p{N}))(?![\p{L}])`,
    name: 'constant.numeric.date.article',
  },
  {
    comment: 'Well-known acronyms, with an optional number and noun: "START II", "the ABM treaty", "New START".',
    match: R`(?:${trie(['New START', ...F.ACRONYMS])})(?:${WS}+${F.ROMAN})?(?![\p{L}\p{N}])(?:${WS}+${F.AGREEMENT_NOUN_ANY}\b)?`,
    name: AGREEMENT,
  },
  {
    comment: '"Anti-Ballistic Missile Treaty", "Kyoto Protocol", "Oslo Accords", "Treaty of Versailles"; not "North Atlantic Treaty Organization".',
    match: R`(?<!['’\-])${F.NOT_NAME_START}\p{Lu}${F.WORD_REST}(?:${WS}+${F.AGREEMENT_WORD}){0,5}${WS}+${F.AGREEMENT_NOUN}\b(?:${F.AGREEMENT_OBJECT})?${F.NOT_IN_A_LONGER_NAME}`,
    name: AGREEMENT,
  },
  {
    comment: '"Treaty on the Non-Proliferation of Nuclear Weapons", "Convention against Torture".',
    match: R`(?:${trie(F.AGREEMENT_NOUNS)})\b${F.AGREEMENT_OBJECT}${F.NOT_IN_A_LONGER_NAME}`,
    name: AGREEMENT,
  },
];

/**
 * Rules merged into one regex by the kind of character they start with, each kind behind a look-ahead on its
 * characters: a position is tried once per kind, not once per rule. The look-ahead on every kind's characters in
 * front makes Oniguruma skip every other position (see merge). These first-character patterns are ASCII classes
 * and alternations of single characters: Oniguruma builds no skip table from a class holding a non-ASCII
 * character, \d or \p{…}, and would try the regex at every position (measured 2 to 4 times slower).
 */
function mergeByKind(comment, kinds) {
  const merged = merge(comment, kinds.flatMap(([, list]) => list));
  const parts = kinds.map(([first, list, guard = '']) => `(?=${first})${guard}(?:${list.map((rule) => (rule.name ? `(${rule.match})` : rule.match)).join('|')})`);
  return { comment, match: `(?=${kinds.map(([first]) => first).join('|')})(?:${parts.join('|')})`, captures: merged.captures };
}
const oneOf = (ascii, others) => `(?:[${ascii}]|${[...others].join('|')})`;
const PUNCTUATION = oneOf('.,;:!?(', '—–');
const DIGIT = oneOf("0-9$'", '€£¥₹₩₽’');
// Capitals: ASCII, and the Latin ones most frequent in names; a name starting with another capital is not looked at.
const CAPITAL = oneOf('A-Z', 'ÀÁÂÄÅÆÇÉÊÍÎÑÓÔÖØÚÜŁŚŠŻŽČ');
// Every capital rule starts a word: checked once for all, before them.
const WORD_START = R`(?<![\p{L}\p{N}])`;

// ---- rules found by a rare literal ----
// A regex of its own whose every repetition is bounded lets Oniguruma search for its literal ("etween", "centur")
// and try the regex only near it: nearly free, whereas merged into the alternation above it would be tried at every
// letter that can start it.
const LITERAL_RULES = {
  according: {
    comment: '"according to the Pentagon", "According to Yonhap news agency" (found by its literal "ccording").',
    match: R`([Aa](?<![\p{L}\p{N}].)ccording${WS}{1,3}to)${WS}{1,3}(${F.ACCORDING_SPEAKER})`,
    captures: { 1: { name: CUE_SCOPE }, 2: { name: SPEAKER } },
  },
  between: {
    comment: '"between 3,000 and 3,500" (found by its literal "etween").',
    match: R`[Bb](?<![\p{L}\p{N}].)etween${WS}{1,3}${F.FIGV}${WS}{1,3}and${WS}{1,3}${F.FIGV}(?:${F.PCT}|${WS}+${F.MONEY_WORD})?${F.AFTER_NUM}`,
    name: 'constant.numeric.range.article',
  },
  'century-words': {
    comment: '"the twentieth century" (found by its literal "centur").',
    match: R`(?<![\p{L}\p{N}])(?i:${trie(F.ORDINAL_WORDS)})[ \t\-]{1,3}centur(?:y|ies)\b`,
    name: 'constant.numeric.century.article',
  },
};

module.exports = {
  SPEAKER, CUE_SCOPE, PARAGRAPH_START_RULES, LITERAL_RULES, CLAUSE_RULES, DIGIT_RULES, CAPITAL_RULES, PUNCTUATION, DIGIT, CAPITAL, WORD_START,
  /** The rules where a line starts; the speaker before a quotation only if the line has a quotation. */
  paragraphStart: (quoted) => merge('Rules where a line starts: dateline, byline, a speaker before a quotation.', quoted ? PARAGRAPH_START_RULES : PARAGRAPH_START_RULES.slice(0, -1)),
  inline: () => mergeByKind('Anywhere in a paragraph: a speaker before a quotation (after a punctuation mark), figures (at a digit, a currency sign or an apostrophe), dates and agreement names (at a capital).', [[PUNCTUATION, CLAUSE_RULES], [DIGIT, DIGIT_RULES], [CAPITAL, CAPITAL_RULES, WORD_START]]),
  figures: () => mergeByKind('Inside a quotation: figures, dates and agreement names.', [[DIGIT, DIGIT_RULES], [CAPITAL, CAPITAL_RULES, WORD_START]]),
};

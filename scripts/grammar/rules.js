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
// Capitalised speakers only (see SPEAKER_CAPITALISED in fragments.js): ", the ministry said: "…"" is left to the semantic tokens.
const SPEAKER_THEN_CUE = R`(${F.SPEAKER_CAPITALISED})${F.BEFORE_QUOTE_TAIL}`;
const SPEAKER_THEN_CUE_CAPTURES = { 1: { name: SPEAKER }, 2: { name: CUE_SCOPE } };

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
    comment: 'A capitalised speaker and cue opening a sentence or clause before a quotation: "… Najib Razak said, "…"", "…. The spokesman said: "…"", "Jeff Rathke, the spokesperson, said, "…"" (not "…, the ministry said: "…"": see SPEAKER_CAPITALISED).',
    match: R`(?:[.,;:!?]${WS}+|[—–(]${WS}*)${SPEAKER_THEN_CUE}`,
    captures: SPEAKER_THEN_CUE_CAPTURES,
  },
];

const DIGIT_RULES = [
  {
    comment: '"between 3,000 and 3,500": the range after "between" (looked at from the number: a rule starting at "between" would be tried at every b).',
    match: R`(?<=\b[Bb]etween${WS})${F.FIGV_W}${WS}+and${WS}+${F.FIGV}(?:${F.PCT}|${WS}+${F.MONEY_WORD})?${F.AFTER_NUM}`,
    name: 'constant.numeric.range.article',
  },
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
    match: R`(?=[A-Z][A-Z]|New )(?:${trie(['New START', ...F.ACRONYMS])})(?:${WS}+${F.ROMAN})?(?![\p{L}\p{N}])(?:${WS}+${F.AGREEMENT_NOUN_ANY}\b)?`,
    name: AGREEMENT,
  },
  {
    comment: '"Treaty on the Non-Proliferation of Nuclear Weapons", "Convention against Torture".',
    match: R`(?:${trie(F.AGREEMENT_NOUNS)})\b${F.AGREEMENT_OBJECT}${F.NOT_IN_A_LONGER_NAME}`,
    name: AGREEMENT,
  },
];

// Tried at every capital that starts a word, so only where the paragraph names an agreement (see buildGrammar.js).
const AGREEMENT_NAME_RULE = {
  comment: '"Anti-Ballistic Missile Treaty", "Kyoto Protocol", "Oslo Accords"; not "North Atlantic Treaty Organization".',
  match: R`(?<!['’\-])${F.NOT_NAME_START}\p{Lu}${F.WORD_REST}(?:${WS}+${F.AGREEMENT_WORD}){0,5}${WS}+${F.AGREEMENT_NOUN}\b(?:${F.AGREEMENT_OBJECT})?${F.NOT_IN_A_LONGER_NAME}`,
  name: AGREEMENT,
};

/**
 * Rules merged into one regex by the kind of character they start with: a position is tried once per kind, not
 * once per rule. A kind is [ascii, others, rules, guard]: its first characters (an ASCII class and single non-ASCII
 * characters), its rules, and a check made once for all of them. In front, one alternation of every kind's first
 * characters, ASCII class first, gives Oniguruma the table of positions to try (see merge): it builds none from a
 * class holding a non-ASCII character, \d or \p{…}, and would try the regex at every position. Behind it, each
 * kind is selected by a plain class, most frequent kind first.
 */
function mergeByKind(comment, kinds) {
  const merged = merge(comment, kinds.flatMap(([, , list]) => list));
  const ascii = kinds.map(([a]) => a).join('');
  const others = [...new Set(kinds.flatMap(([, o]) => [...o]))];
  const parts = kinds.map(([a, o, list, guard = '']) => `(?=[${a}${o}])${guard}(?:${list.map((rule) => (rule.name ? `(${rule.match})` : rule.match)).join('|')})`);
  return { comment, match: `(?=[${ascii}]|${others.join('|')})(?:${parts.join('|')})`, captures: merged.captures };
}
// Capitals: ASCII, and the Latin ones most frequent in names; a name starting with another capital is not looked at.
const CAPITAL = ['A-Z', 'ÀÁÂÄÅÆÇÉÊÍÎÑÓÔÖØÚÜŁŚŠŻŽČ'];
// In a paragraph with no agreement noun (see PLAIN_LINE in buildGrammar.js) no name and no noun-first agreement
// can match: the capitals left are those that start a month or an acronym, the only capital rules tried there.
const PLAIN_CAPITAL = [[...new Set([...F.MONTH_NAMES, 'New START', ...F.ACRONYMS].map((w) => w[0]))].sort().join(''), ''];
const PUNCTUATION = ['.,;:!?(', '—–'];
const DIGIT = ["0-9$'", '€£¥₹₩₽’'];
// Every figure starts at a digit, or at a currency sign or an apostrophe before one ("$2", "'90s"): checked once
// for all, so that an apostrophe ("Baur's") is not tried by every figure rule.
const DIGIT_AHEAD = R`(?=\d|[$€£¥₹₩₽]|['’]\d)`;
// Every capital rule starts a word: checked once for all, before them.
const WORD_START = R`(?<![\p{L}\p{N}])`;

// ---- a rule found by a rare literal ----
// A regex of its own whose repetitions before its literal are bounded lets Oniguruma search for the literal
// ("ccording") and try the regex only near it: nearly free, whereas merged into the alternation above it would be
// tried at every a.
const LITERAL_RULES = {
  according: {
    comment: '"according to the Pentagon", "According to Yonhap news agency" (found by its literal "ccording").',
    match: R`([Aa](?<![\p{L}\p{N}].)ccording${WS}{1,3}to)${WS}{1,3}(${F.ACCORDING_SPEAKER})`,
    captures: { 1: { name: CUE_SCOPE }, 2: { name: SPEAKER } },
  },
};

// Agreement names before the noun-first ones: at "Treaty of Versailles" only the latter matches.
const withNames = (capitalRules) => [...capitalRules.slice(0, -1), AGREEMENT_NAME_RULE, capitalRules[capitalRules.length - 1]];

module.exports = {
  SPEAKER, CUE_SCOPE, LITERAL_RULES,
  /** The rules where a line starts; the speaker before a quotation only if the line has a quotation. */
  paragraphStart: (quoted) => merge('Rules where a line starts: dateline, byline, a speaker before a quotation.', quoted ? PARAGRAPH_START_RULES : PARAGRAPH_START_RULES.slice(0, -1)),
  /** Every rule of a line with a quotation: the speaker before a quotation, figures, dates, agreement names. */
  inline: () => mergeByKind('Dates and agreement names (at a capital), a speaker before a quotation (after a punctuation mark), figures (at a digit, a currency sign or an apostrophe).', [[...CAPITAL, withNames(CAPITAL_RULES), WORD_START], [...PUNCTUATION, CLAUSE_RULES], [...DIGIT, DIGIT_RULES, DIGIT_AHEAD]]),
  /** Figures, dates and acronyms; agreement names only if `names`. */
  figures: (names) => mergeByKind(`Dates${names ? ', acronyms and agreement names' : ' and acronyms'} (at a capital), figures (at a digit, a currency sign or an apostrophe).`, [names ? [...CAPITAL, withNames(CAPITAL_RULES), WORD_START] : [...PLAIN_CAPITAL, CAPITAL_RULES.slice(0, -1), WORD_START], [...DIGIT, DIGIT_RULES, DIGIT_AHEAD]]),
};

/**
 * Shared regex fragments of the Article grammar: names, speakers and cues, figures, agreement names.
 * Every repetition is bounded, atomic or over disjoint alternatives, so that no line backtracks catastrophically.
 */
const { R, trie } = require('./regex');

const WS = R`[ \t]`;
const ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cpt', 'Prof', 'Rev', 'Jr', 'Sr', 'St', 'Adm', 'Maj', 'Supt', 'Insp'];
// A trie, so that a capitalised word tries the abbreviations of its first letter only.
const ABBR = R`(?:${trie(ABBREVIATIONS)})\.`;
// A capitalised word: "Putin", "U.S.", "Mr.", "Arabia's", "Jong-un" (inner ' and - only before a letter).
// Words are atomic groups: a word never gives back letters, so a failed match costs one try per word, not per letter.
// ASCII runs first: an ASCII class is a table look-up, a Unicode property a search, which adds up at every capital.
const LETTERS_REST = R`[a-zA-Z]*+(?:(?:[\p{L}\p{M}]|['’\-](?=\p{L}))[a-zA-Z]*+)*`;
const CAPWORD = R`(?>${ABBR}|(?:\p{Lu}\.)+|\p{Lu}${LETTERS_REST})`;
// Word lists are tries (regex.js): a word tries the entries of its first letter only.
const PARTICLE = R`(?:${trie(['of', 'the', 'de', 'van', 'von', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'del', 'di', 'ibn'])})`;
const NAME = R`${CAPWORD}(?:${WS}+(?:${PARTICLE}${WS}+){0,2}${CAPWORD}){0,4}`;
const NAMES = R`${NAME}(?:${WS}+and${WS}+${NAME})?`;
const PRONOUN_LOWER = R`(?:he|she|they|it|we|I|you)`;
// Words that never start or head a speaker ("and said", "was said").
const STOP = R`(?:${trie(['and', 'or', 'but', 'nor', 'so', 'yet', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'also', 'then', 'as', 'which', 'who', 'whom', 'that', 'this', 'these', 'those', 'not', 'never', 'just', 'only', 'later', 'once', 'to', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'about', 'into', 'over', 'under', 'than', 'when', 'while', 'after', 'before', 'because', 'if', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'again', 'still', 'further', 'finally', 'however', 'there', 'here', 'what', 'how', 'why', 'where'])})\b`;
const LOWER = R`(?!${STOP})(?>\p{Ll}[a-zA-Z]*+(?:[\p{L}\p{M}\-][a-zA-Z]*+)*)`;
// ASCII runs first, as in LETTERS_REST.
const WORD = R`(?>[\p{L}\p{N}][a-zA-Z0-9]*+(?:(?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{N}]))[a-zA-Z0-9]*+)*)`;
const DET = R`(?:${trie(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'many', 'some', 'other', 'his', 'her', 'their', 'its'])})`;
const DET_ANY = R`(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
// "the president", "a police spokesman" (lazy: as few words as reach the cue).
const ROLE_BEFORE_CUE = R`${DET}${WS}+(?:${WORD}${WS}+){0,4}?${WORD}`;
// "the president", stopping at a function word: "said the president at a news conference".
const ROLE_AFTER_CUE = R`${DET}${WS}+(?!${STOP})${WORD}(?:${WS}+(?!${STOP})${WORD}){0,3}`;
// "police", "U.S. officials", "team member Rodaba Noori".
const BARE = R`(?:${CAPWORD}${WS}+){0,2}${LOWER}`;
const DESCRIBED_NAME = R`(?:${LOWER}${WS}+){1,2}${NAME}`;

// The speaker of a quotation that follows ('Putin said: "…"'): a pronoun ("She"), a determiner phrase ("The
// president") or a name ("Najib Razak"), capitalised. Not in lower case (', the ministry said: "…"'): that form,
// looked for at every comma, cost more than its share; the semantic tokens colour such role and pronoun speakers.
const capitalize = (w) => w[0].toUpperCase() + w.slice(1);
const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'you'];
const DETERMINERS = ['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'many', 'some', 'other', 'his', 'her', 'their', 'its'];
const END_OF_WORD = R`(?![\p{L}\p{N}'’\-])`;
const ROLE_REST = R`${END_OF_WORD}${WS}+(?:${WORD}${WS}+){0,3}?${WORD}`;
// Checked behind a full stop once it is consumed ("Mr." of "Mr. Putin"), not after every capitalised word.
const ABBR_DOT_BEHIND = R`(?<=${ABBREVIATIONS.map((a) => R`\b${a}\.`).join('|')})`;
// The rest of a capitalised word once its capital is consumed: "utin", ".S." of "U.S.", "r." of "Mr.".
const CAPWORD_REST = R`(?>\.(?:\p{Lu}\.)*|${LETTERS_REST}(?:\.${ABBR_DOT_BEHIND})?)`;
// Always after a space, a punctuation mark or a line's start: no check behind it.
const SPEAKER_CAPITALISED = R`(?:(?:${trie([...PRONOUNS.map(capitalize), 'I'])})${END_OF_WORD}|(?:${trie(DETERMINERS.map(capitalize))})${ROLE_REST}|\p{Lu}(?>${CAPWORD_REST}(?:${WS}+(?:${PARTICLE}${WS}+){0,2}${CAPWORD}){0,4})(?:${WS}+and${WS}+(?>${NAME}))?)`;

const CUES = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'explained', 'explains',
  'stated', 'states', 'noted', 'notes', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'warned', 'warns',
  'wrote', 'writes', 'announced', 'announces', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues',
  'declared', 'declares', 'commented', 'comments', 'remarked', 'remarks', 'recalled', 'recalls', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'conceded', 'concedes', 'suggested', 'suggests', 'reported', 'reports', 'stressed',
  'stresses', 'emphasized', 'emphasises', 'emphasised', 'emphasizes', 'urged', 'urges', 'predicted', 'predicts',
  'confirmed', 'confirms', 'denied', 'denies', 'estimated', 'estimates', 'concluded', 'concludes', 'asserted', 'asserts',
  'maintained', 'maintains', 'observed', 'observes', 'pointed out', 'points out', 'cautioned', 'cautions', 'tweeted',
  'tweets', 'posted', 'shouted', 'whispered', 'joked', 'jokes', 'quipped', 'boasted', 'complained', 'complains',
  'promised', 'promises', 'vowed', 'vows', 'threatened', 'threatens', 'recounted', 'described', 'wondered', 'answered',
  'was quoted as saying', 'were quoted as saying'];
const CUE = R`(?:${trie(CUES)})\b`;
// An appositive between a speaker and the cue: "Jeff Rathke, the State Department spokesperson, said".
// The run between commas is atomic: it cannot hold a comma, so it ends where the lazy run would, in one pass.
const APPOS = R`(?:(?:,${WS}+(?>[^,;:"“”«»„\n]{1,80})){1,2},)?`;
const AUX = R`(?:(?:${trie(['has', 'have', 'had', 'also', 'later', 'then', 'once', 'again', 'would', 'will', 'further', 'simply', 'only', 'reportedly'])})${WS}+){0,2}`;
const OPENER = R`["“«„‘‹]`;
// A speaker's cue and what may stand between it and the quotation that follows: 'said: "', 'told reporters, "'.
// The words after the cue are atomic: a word cannot hold a space, a colon, a comma or a mark, so the lazy run
// would stop where the greedy one does. (Oniguruma reads "{0,4}+" as a repeated repeat, not as possessive.)
const BEFORE_QUOTE_TAIL = R`${APPOS}${WS}+${AUX}(${CUE})(?>(?:${WS}+${WORD}){0,4})${WS}*[:,]?${WS}*(?=${OPENER})`;
// The attribution right after a closing mark ("…," Bush said / "…," she told / "…", said KCNA / "…," said the
// president). Groups: comma, speaker, cue, cue, speaker.
const AFTER_QUOTE = R`(,)?${WS}+(?:(${PRONOUN_LOWER}|${ROLE_BEFORE_CUE}|${DESCRIBED_NAME}|${NAMES}|${BARE})${APPOS}${WS}+${AUX}(${CUE})|(${CUE})${WS}+(${ROLE_AFTER_CUE}|${NAMES}|${PRONOUN_LOWER}\b|${LOWER}))(?![\p{L}\p{N}])`;
// "according to the Pentagon", "according to Yonhap news agency", "according to the Afghan team's coach".
const ACCORDING_SPEAKER = R`${DET_ANY}${WS}+(?:${CAPWORD}${WS}+){0,4}(?!${STOP})${WORD}(?:['’]s${WS}+\p{Ll}[\p{L}\-]*)?|${DESCRIBED_NAME}|${NAMES}|${BARE}`;

// ---- figures ----
// Every figure pattern starts by consuming a character and only then looks behind it: a pattern that opens
// with a look-behind cannot be skipped by its first character, and costs a full attempt at every position.
const NUM_TAIL = R`(?>\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?:\.\d+)?`;
const NUM = R`\d${NUM_TAIL}`;
// A number starting a word: not "IE6", "STS-134", the "2345" of "1,2345" or the "5" of "2.5".
const NUM_W = R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)${NUM_TAIL}`;
const SCALE = R`(?:${WS}+(?:thousand|million|billion|trillion)\b)`;
const MONEY_WORD = R`(?:${trie(['dollars', 'euros', 'pounds sterling', 'pounds', 'yen', 'yuan', 'renminbi', 'rupees', 'roubles', 'rubles', 'francs', 'pesos', 'dinars', 'riyals', 'rand', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'AUD', 'CAD'])})\b`;
const PCT = R`(?:${WS}?%|${WS}+(?:percent|per${WS}+cent|percentage${WS}+points?)\b)`;
const AFTER_NUM = R`(?![\p{N}]|[.,]\p{N})`;
const CURRENCY_SIGN = R`[$€£¥₹₩₽]`;
// One end of a range: "3,000", "$2", "20%", "1.5 million".
const FIGV = R`(?:(?:(?:US|AU|CA|NZ|HK|[ACSR])?\$|[€£¥₹₩₽])${WS}?)?${NUM}${SCALE}?(?:${WS}?%)?`;
// A currency sign starts a figure; a prefix ("US$") stays outside it, which keeps the pattern's first character plain.
const FIGV_W = R`(?:${CURRENCY_SIGN}${WS}?${NUM}|${NUM_W})${SCALE}?(?:${WS}?%)?`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = R`(?:${trie(MONTH_NAMES)})`;
// Words that may follow a year ("in 2003 and", "in 2014 the"): anything else makes the number a count.
const YEAR_NEXT_WORD = R`(?:${trie(['and', 'or', 'to', 'in', 'on', 'at', 'was', 'were', 'is', 'are', 'the', 'a', 'an', 'when', 'after', 'before', 'that', 'with', 'for', 'by', 'as', 'of', 'but', 'through', 'until', 'till', 'had', 'has', 'have', 'he', 'she', 'it', 'they', 'we', 'there', 'this', 'which', 'who', 'alone', 'onwards', 'onward'])})\b`;
const WEEKDAY = R`(?:${trie(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])})`;

// ---- agreements ----
const AGREEMENT_NOUN = R`(?:Treaty|Treaties|Protocol|Protocols|Accords?|Agreements?|Conventions?|Pact)`;
const AGREEMENT_NOUN_ANY = R`(?:[Tt]reaty|[Tt]reaties|[Pp]rotocol|[Aa]ccords?|[Aa]greements?|[Cc]onventions?|[Pp]act)`;
const AGREEMENT_NOUNS = ['Treaty', 'Treaties', 'Protocol', 'Protocols', 'Accord', 'Accords', 'Agreement', 'Agreements', 'Convention', 'Conventions', 'Pact'];
const ACRONYMS = ['START', 'SALT', 'ABM', 'INF', 'NPT', 'CTBT', 'CWC', 'BWC', 'JCPOA', 'NAFTA', 'USMCA', 'CFE', 'SORT', 'GATT', 'TPP', 'CPTPP', 'TTIP', 'CETA', 'RCEP', 'TPNW', 'PTBT', 'FMCT'];
const ROMAN = R`(?:I{1,3}|IV|V|[1-4])`;
// Sentence openers that are not part of a name ("The Paris Agreement" starts at "Paris").
const NOT_NAME_WORDS = ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Under', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Its', 'Their', 'His', 'Her', 'Our', 'After', 'Before', 'Since', 'During', 'Both', 'Each', 'Any', 'Every', 'No'];
const NOT_NAME_START = R`(?!(?:${trie(NOT_NAME_WORDS)})${END_OF_WORD})`;
// The rest of a word: letters, marks, digits, and ' ’ - between them. ASCII runs first: a class of ASCII
// characters is a table look-up, a Unicode property a search, which matters at every capital of a text.
const WORD_REST = R`(?>[a-zA-Z0-9]*+(?:(?:[\p{L}\p{M}\p{N}]|['’\-](?=[\p{L}\p{N}]))[a-zA-Z0-9]*+)*)`;
const AGREEMENT_WORD = R`\p{Lu}${WORD_REST}`;
// What may follow an agreement noun: "of Versailles", "on the Non-Proliferation of Nuclear Weapons".
const AGREEMENT_OBJECT = R`${WS}+(?:of|on|for|against|between)${WS}+(?:the${WS}+)?${AGREEMENT_WORD}(?:${WS}+(?:(?:of|on|for|and|the|in)${WS}+){0,2}${AGREEMENT_WORD}){0,5}`;
// Not "North Atlantic Treaty Organization", "Metro Toronto Convention Centre".
const NOT_IN_A_LONGER_NAME = R`(?![\p{L}\p{N}]|${WS}+\p{Lu})`;

module.exports = {
  WS, CAPWORD, NAMES, OPENER, SPEAKER_CAPITALISED, BEFORE_QUOTE_TAIL, AFTER_QUOTE, ACCORDING_SPEAKER,
  NUM, NUM_W, SCALE, MONEY_WORD, PCT, AFTER_NUM, CURRENCY_SIGN, FIGV, FIGV_W, MONTH_NAMES, MONTH,
  YEAR_NEXT_WORD, WEEKDAY,
  AGREEMENT_NOUN, AGREEMENT_NOUN_ANY, AGREEMENT_NOUNS, ACRONYMS, ROMAN, NOT_NAME_START, AGREEMENT_WORD,
  AGREEMENT_OBJECT, NOT_IN_A_LONGER_NAME, WORD_REST,
};

/**
 * Builds syntaxes/article.tmLanguage.json, the TextMate grammar of the Article language. The JSON is generated:
 * edit this file, then run `node scripts/buildGrammar.js` (the unit tests fail while the JSON is out of date).
 *
 * Regexes are Oniguruma (the engine VS Code uses). Two constraints shape them:
 * - No catastrophic backtracking: every repetition is bounded, atomic or over disjoint alternatives
 *   (test/unit/grammarSpeed.test.ts checks that tokenizing time grows linearly on adversarial lines).
 * - Speed: vscode-textmate tries every regex of the current rule list at each position of a line, so rules
 *   are merged into a few regexes by the kind of character they start with, each behind a look-ahead on that
 *   character, and expensive rules are anchored on rare characters (see firstCharTrie and merge).
 */
const fs = require('fs');
const path = require('path');
const R = String.raw;
// An alternation grouped by first letter ("s(?:aid|ays)|t(?:old)"), so the engine tries one branch per position.
const trie = (words) => {
  const groups = new Map();
  for (const w of words) groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
  return [...groups].map(([c, rests]) => {
    const tails = rests.filter((r) => r).sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, '[ \\t]+'));
    const body = tails.length ? `(?:${tails.join('|')})${rests.includes('') ? '?' : ''}` : '';
    return c.replace(/[.$]/g, (m) => '\\' + m) + body;
  }).join('|');
};

const esc = (text) => text.replace(/[.$\\()[\]{}|?*+^]/g, (m) => '\\' + m);
/**
 * A word list as "[TP](?<!X.)(?:(?<=T)reaty|(?<=P)rotocol)": the first character is consumed by a plain class, so the
 * engine skips every position that cannot start a listed word; the word-start check (nothing of class `before`
 * right before it) and the branch by first letter are look-behinds that run only where a word can start.
 * With `ci`, words are given in lower case and match in any case of their first letter ("First", "first").
 */
const firstCharTrie = (words, { before = String.raw`[\p{L}\p{N}]`, ci = false } = {}) => {
  const groups = new Map();
  for (const w of words) groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
  const firsts = [...groups.keys()].map((c) => (ci ? c + c.toUpperCase() : c)).join('');
  const branches = [...groups].map(([c, rests]) => {
    const tails = rests.filter((r) => r).sort((a, b) => b.length - a.length).map((r) => esc(r).replace(/ /g, '[ \\t]+'));
    const body = tails.length ? `(?:${tails.join('|')})${rests.includes('') ? '?' : ''}` : '';
    return `(?<=[${ci ? c + c.toUpperCase() : c}])${ci && body ? `(?i:${body})` : body}`;
  });
  return `[${firsts.replace(/[\]\\^-]/g, (m) => '\\' + m)}]${before ? `(?<!${before}.)` : ''}(?:${branches.join('|')})`;
};

// ---- shared fragments (Oniguruma) ----
const WS = R`[ \t]`;
const ABBR = R`(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cpt|Prof|Rev|Jr|Sr|St|Adm|Maj|Supt|Insp)\.`;
// A capitalised word: "Putin", "U.S.", "Mr.", "Arabia's", "Jong-un" (inner ' and - only before a letter).
// Words are atomic groups: a word never gives back letters, so a failed match costs one try per word, not per letter.
const CAPWORD = R`(?>${ABBR}|(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}\p{M}]|['’\-](?=\p{L}))*)`;
const PARTICLE = R`(?:of|the|de|van|von|der|den|al|bin|da|du|la|le|del|di|ibn)`;
const NAME = R`${CAPWORD}(?:${WS}+(?:${PARTICLE}${WS}+){0,2}${CAPWORD}){0,4}`;
const NAMES = R`${NAME}(?:${WS}+and${WS}+${NAME})?`;
const PRONOUN_LOWER = R`(?:he|she|they|it|we|I|you)`;
// Words that never start or head a speaker ("and said", "was said").
const STOP = R`(?:and|or|but|nor|so|yet|was|were|is|are|be|been|being|has|have|had|also|then|as|which|who|whom|that|this|these|those|not|never|just|only|later|once|to|in|on|at|of|for|with|from|by|about|into|over|under|than|when|while|after|before|because|if|he|she|it|they|we|you|i|will|would|could|should|can|may|might|must|do|does|did|again|still|further|finally|however|there|here|what|how|why|where)\b`;
const LOWER = R`(?!${STOP})(?>\p{Ll}[\p{L}\p{M}\-]*)`;
const WORD = R`(?>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*)`;
const DET = R`(?:the|a|an|one|another|two|three|several|many|some|other|his|her|their|its)`;
const DET_ANY = R`(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
// "the president", "a police spokesman" (lazy: as few words as reach the cue).
const ROLE_BEFORE_CUE = (det) => R`${det}${WS}+(?:${WORD}${WS}+){0,4}?${WORD}`;
// "the president", stopping at a function word: "said the president at a news conference".
const ROLE_AFTER_CUE = R`${DET}${WS}+(?!${STOP})${WORD}(?:${WS}+(?!${STOP})${WORD}){0,3}`;
// "police", "U.S. officials", "team member Rodaba Noori".
const BARE = R`(?:${CAPWORD}${WS}+){0,2}${LOWER}`;
const DESCRIBED_NAME = R`(?:${LOWER}${WS}+){1,2}${NAME}`;

// The speaker of a quotation that follows ('Putin said: "…"'), in first-character form (see firstCharTrie):
// a capital starts a pronoun ("She"), a determiner phrase ("The president") or a name ("Najib Razak");
// a lower-case letter starts a pronoun or a determiner phrase.
const byFirst = (words) => {
  const groups = new Map();
  for (const w of words) groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
  return [...groups].map(([c, rests]) => `(?<=${c})(?:${rests.filter((r) => r).sort((a, b) => b.length - a.length).join('|')})${rests.includes('') ? '?' : ''}`).join('|');
};
const capitalize = (w) => w[0].toUpperCase() + w.slice(1);
const PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'you'];
const DETERMINERS = ['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'many', 'some', 'other', 'his', 'her', 'their', 'its'];
const END_OF_WORD = R`(?![\p{L}\p{N}'’\-])`;
const ROLE_REST = R`${END_OF_WORD}${WS}+(?:${WORD}${WS}+){0,3}?${WORD}`;
const ABBR_BEHIND = R`(?<=${['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cpt', 'Prof', 'Rev', 'Jr', 'Sr', 'St', 'Adm', 'Maj', 'Supt', 'Insp'].map((a) => R`\b${a}`).join('|')})`;
// The rest of a capitalised word once its capital is consumed: "utin", ".S." of "U.S.", "r." of "Mr.".
const CAPWORD_REST = R`(?>\.(?:\p{Lu}\.)*|(?:[\p{L}\p{M}]|['’\-](?=\p{L}))*(?:${ABBR_BEHIND}\.)?)`;
const SPEAKER_CAPITALISED = R`\p{Lu}(?<![\p{L}\p{N}'’\-]\p{Lu})(?:(?:${byFirst([...PRONOUNS.map(capitalize), 'I'])})${END_OF_WORD}|(?:${byFirst(DETERMINERS.map(capitalize))})${ROLE_REST}|(?>${CAPWORD_REST}(?:${WS}+(?:${PARTICLE}${WS}+){0,2}${CAPWORD}){0,4})(?:${WS}+and${WS}+(?>${NAME}))?)`;
// A lower-case speaker opens a clause, after a comma, semicolon, colon, dash or bracket which the match consumes
// first ("In a statement, the ministry said: …"): letters and spaces are too common a first character.
const SPEAKER_LOWER_CASE = R`(?:${trie(PRONOUNS)})${END_OF_WORD}|(?:${trie(DETERMINERS)})${ROLE_REST}`;

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
// Grouped by first letter, longest first within a group so "pointed out" wins over a prefix.
const CUE = R`(?:${trie(CUES)})\b`;
// An appositive between a speaker and the cue: "Jeff Rathke, the State Department spokesperson, said".
const APPOS = R`(?:(?:,${WS}+[^,;:"“”«»„\n]{1,80}?){1,2},)?`;
const AUX = R`(?:(?:${trie(['has', 'have', 'had', 'also', 'later', 'then', 'once', 'again', 'would', 'will', 'further', 'simply', 'only', 'reportedly'])})${WS}+){0,2}`;

const OPENER = R`["“«„‘‹]`;

// ---- figures ----
// Every figure pattern starts by consuming a character and only then looks behind it: a pattern that opens
// with a look-behind cannot be skipped by its first character, and costs a full attempt at every position.
const NUM_TAIL = R`(?>\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?:\.\d+)?`;
const NUM = R`\d${NUM_TAIL}`;
// A number starting a word: not "IE6", "STS-134", the "2345" of "1,2345" or the "5" of "2.5".
const NUM_W = R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)${NUM_TAIL}`;
const SCALE = R`(?:${WS}+(?:thousand|million|billion|trillion)\b)`;
const CUR = R`(?:(?:US|AU|CA|NZ|HK|[ACSR])?\$|[€£¥₹₩₽])`;
const MONEY_WORD = R`(?:dollars|euros|pounds(?:${WS}+sterling)?|yen|yuan|renminbi|rupees|roubles|rubles|francs|pesos|dinars|riyals|rand|USD|EUR|GBP|JPY|CNY|AUD|CAD)\b`;
const PCT = R`(?:${WS}?%|${WS}+(?:percent|per${WS}+cent|percentage${WS}+points?)\b)`;
const AFTER_NUM = R`(?![\p{N}]|[.,]\p{N})`;
// One end of a range: "3,000", "$2", "20%", "1.5 million".
const FIGV = R`(?:${CUR}${WS}?)?${NUM}${SCALE}?(?:${WS}?%)?`;
// A currency sign starts a figure; a prefix ("US$") stays outside it, which keeps the pattern's first character plain.
const FIGV_W = R`(?:[$€£¥₹₩₽]${WS}?${NUM}|${NUM_W})${SCALE}?(?:${WS}?%)?`;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = R`(?:${trie(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'])})`;
// Words that may follow a year ("in 2003 and", "in 2014 the"): anything else makes the number a count.
const YEAR_NEXT_WORD = R`(?:and|or|to|in|on|at|was|were|is|are|the|a|an|when|after|before|that|with|for|by|as|of|but|through|until|till|had|has|have|he|she|it|they|we|there|this|which|who|alone|onwards|onward)\b`;
const WEEKDAY = R`(?:${trie(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])})`;

// ---- agreements ----
const AGREEMENT_NOUN = R`(?:Treaty|Treaties|Protocol|Protocols|Accords?|Agreements?|Conventions?|Pact)`;
const AGREEMENT_NOUN_ANY = R`(?:[Tt]reaty|[Tt]reaties|[Pp]rotocol|[Aa]ccords?|[Aa]greements?|[Cc]onventions?|[Pp]act)`;
const ACRONYMS = ['START', 'SALT', 'ABM', 'INF', 'NPT', 'CTBT', 'CWC', 'BWC', 'JCPOA', 'NAFTA', 'USMCA', 'CFE', 'SORT', 'GATT', 'TPP', 'CPTPP', 'TTIP', 'CETA', 'RCEP', 'TPNW', 'PTBT', 'FMCT'];
const ROMAN = R`(?:I{1,3}|IV|V|[1-4])`;
// Sentence openers that are not part of a name ("The Paris Agreement" starts at "Paris").
const NOT_NAME_WORDS = ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Under', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Its', 'Their', 'His', 'Her', 'Our', 'After', 'Before', 'Since', 'During', 'Both', 'Each', 'Any', 'Every', 'No'];
// Checked once the first capital is consumed: "(?!(?<=T)(?:he|his|…)…)".
const NOT_NAME_START = R`(?!(?:${byFirst(NOT_NAME_WORDS)})${END_OF_WORD})`;
const AGREEMENT_NOUNS = ['Treaty', 'Treaties', 'Protocol', 'Protocols', 'Accord', 'Accords', 'Agreement', 'Agreements', 'Convention', 'Conventions', 'Pact'];
const AGREEMENT_WORD = R`(?>\p{Lu}(?:[\p{L}\p{M}\p{N}]|['’\-](?=[\p{L}\p{N}]))*)`;


// ---- merging ----
// Each regex of a rule list costs a pass over the line, so a family of `match` patterns is merged into one regex
// of alternatives (the first alternative matching at the earliest position wins, as in a rule list), each with
// its own capture scopes.
function countGroups(regex) {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(' && regex[i + 1] !== '?') n++;
  }
  return n;
}
function merge(comment, rules, first = null) {
  const parts = [];
  const captures = {};
  let offset = 0;
  for (const rule of rules) {
    let regex = rule.match;
    if (rule.name) { regex = `(${regex})`; captures[offset + 1] = { name: rule.name }; offset += 1; }
    const base = offset;
    for (const [k, v] of Object.entries(rule.captures ?? {})) captures[base + Number(k)] = v;
    offset = base + countGroups(rule.match);
    parts.push(regex);
  }
  // A leading look-ahead on the first character gives Oniguruma a first-character map for the whole alternation,
  // which it does not derive from the alternatives themselves: measured 5 times faster on the digit rules.
  const merged = { comment, match: first ? `(?=${first})(?:${parts.join('|')})` : parts.join('|'), captures };
  Object.defineProperty(merged, 'rules', { value: rules, enumerable: false });
  return merged;
}

// The attribution right after a closing mark, matched by the quotation's own end pattern (so the article's
// top level has no pattern starting at every space): "…," Bush said / "…," she told / "…", said KCNA /
// "…," said the president. Groups: comma, speaker, cue, cue, speaker.
const AFTER_QUOTE = R`(,)?${WS}+(?:(${PRONOUN_LOWER}|${ROLE_BEFORE_CUE(DET)}|${DESCRIBED_NAME}|${NAMES}|${BARE})${APPOS}${WS}+${AUX}(${CUE})|(${CUE})${WS}+(${ROLE_AFTER_CUE}|${NAMES}|${PRONOUN_LOWER}\b|${LOWER}))(?![\p{L}\p{N}])`;
const SPEAKER = 'entity.name.function.speaker.article';
const CUE_SCOPE = 'keyword.other.cue.article';

/**
 * A quotation: the marks carry the string scope and the punctuation scope, the words between them the string
 * scope (contentName), and an attribution after the closing mark its own scopes. `closer` is a one-character
 * class; `attributed` is the look-behind condition on "<char><closer>" for an attribution to follow (no full stop
 * before a double mark: '"We agree." The president said…' starts a new sentence). `stops` are zero-width
 * ends (the enclosing quotation closing first).
 */
// What may follow an opening mark: a quotation starts with a word, a number, an ellipsis, a bracket, a dash or a
// nested mark, never with a space or a closing mark (which keeps runs of stray marks from opening thousands).
const QUOTE_START = R`(?=[\p{L}\p{N}…(\[$€£¥—–\-]|\.\.\.|['‘"“«‹][\p{L}\p{N}])`;

const quoteRule = (name, begin, closer, patterns, { attributed = null, stops = null, closeIf = '' } = {}) => ({
  contentName: name,
  begin, beginCaptures: { 0: { name: `${name} punctuation.definition.string.begin.article` } },
  end: attributed
    ? R`(${closeIf}${closer})(?:(?<=${attributed})${AFTER_QUOTE})?${stops ? `|${stops}` : ''}|${PARA_END}`
    : R`(${closeIf}${closer})${stops ? `|${stops}` : ''}|${PARA_END}`,
  endCaptures: { 1: { name: `${name} punctuation.definition.string.end.article` }, 3: { name: SPEAKER }, 4: { name: CUE_SCOPE }, 5: { name: CUE_SCOPE }, 6: { name: SPEAKER } },
  patterns,
});

const PARA_END = R`^(?=[ \t]*$)`;
// An apostrophe at a word start that is an elision, not a quotation: '90s, '08, 'n', 'em, 'til, 'tis, 'cause.
const ELISION = R`(?:\d0s\b|\d\d\b|(?i:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|s\b|nuff\b|kay\b|allo\b))`;
// An opening single quote follows a space, an opening bracket, a dash or a double opening mark ("'Yes,' he said"),
// checked behind the mark once it is consumed.

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Article',
  scopeName: 'text.article',
  fileTypes: ['article', 'news'],
  information_for_contributors: [
    'Every scope ends in .article and starts from a standard TextMate family so that any colour theme colours it.',
    'This file is generated by scripts/buildGrammar.js: edit that script, then run node scripts/buildGrammar.js.',
  ],
  patterns: [{ include: '#head' }, { include: '#body' }],
  repository: {
    head: {
      comment: 'From the first line to the headline: the front matter, then the first non-blank line is the headline.',
      begin: R`\A`,
      end: R`^[ \t]*(?!---[ \t]*$)(\S.*?)[ \t]*$`,
      endCaptures: { 1: { name: 'markup.heading.headline.article', patterns: [{ include: '#quotes' }, { include: '#figures' }, { include: '#agreements' }] } },
      patterns: [{ include: '#front-matter' }],
    },
    'front-matter': {
      name: 'meta.front-matter.article',
      begin: R`\A(---)[ \t]*$`,
      beginCaptures: { 1: { name: 'comment.block.front-matter.article punctuation.definition.front-matter.begin.article' } },
      comment: 'An unterminated front matter stops at the first blank line instead of swallowing the article.',
      end: R`^(---|\.\.\.)[ \t]*$|${PARA_END}`,
      endCaptures: { 1: { name: 'comment.block.front-matter.article punctuation.definition.front-matter.end.article' } },
      patterns: [{
        match: R`^[ \t]*([A-Za-z_][\w.\-]*)[ \t]*(:)(?=[ \t]|$)[ \t]*(.*?)[ \t]*$`,
        captures: {
          1: { name: 'entity.name.tag.front-matter.article' },
          2: { name: 'punctuation.separator.key-value.front-matter.article' },
          3: { name: 'string.unquoted.front-matter.article', patterns: [{ include: '#front-matter-value' }] },
        },
      }],
    },
    'front-matter-value': {
      patterns: [
        { match: R`https?://\S+`, name: 'markup.underline.link.article' },
        { match: R`(?<![\p{N}\-])\d{4}-\d{2}(?:-\d{2})?(?![\p{N}\-])`, name: 'constant.numeric.date.article' },
      ],
    },
    body: { patterns: [{ include: '#line' }] },
    line: {
      comment: 'A non-blank line. Line-start rules anchor on \\G, which only matches where the line began: anchored this way they cost nothing elsewhere in the line, where a ^ would be tried at every position.',
      begin: R`^(?=[ \t]*\S)`,
      end: R`$`,
      patterns: [{ include: '#line-start' }, { include: '#quotes' }, { include: '#inline' }],
    },
    quotes: {
      patterns: [
        { include: '#quote-double' }, { include: '#quote-curly' }, { include: '#quote-low' }, { include: '#quote-guillemet' },
        { include: '#quote-single-guillemet' }, { include: '#quote-single-curly' }, { include: '#quote-single' },
      ],
    },
    'quote-double': quoteRule('string.quoted.double.article', R`"(?<![\p{L}\p{N}]")${QUOTE_START}`, '"',
      [{ include: '#quote-single-curly' }, { include: '#quote-single' }, { include: '#quote-inner' }], { attributed: R`[^.]"` }),
    'quote-curly': quoteRule('string.quoted.double.curly.article', R`“${QUOTE_START}`, '”',
      [{ include: '#quote-single-curly' }, { include: '#quote-single' }, { include: '#quote-inner' }], { attributed: R`[^.]”` }),
    'quote-low': quoteRule('string.quoted.double.low.article', R`„${QUOTE_START}`, '[“”]',
      [{ include: '#quote-single-low' }, { include: '#quote-inner' }], { attributed: R`[^.][“”]` }),
    'quote-guillemet': quoteRule('string.quoted.other.guillemet.article', R`«[ \u00a0\u202f]?${QUOTE_START}`, '»',
      [{ include: '#quote-double' }, { include: '#quote-curly' }, { include: '#quote-low' }, { include: '#quote-single-guillemet' }, { include: '#quote-single-curly' }, { include: '#quote-single' }, { include: '#quote-inner' }], { attributed: R`[^.]»` }),
    'quote-single-guillemet': quoteRule('string.quoted.single.guillemet.article', R`‹[ \u00a0\u202f]?${QUOTE_START}`, '›',
      [{ include: '#quote-inner' }], { stops: R`(?=[»"”“])`, attributed: R`[,!?]›` }),
    'quote-single-low': quoteRule('string.quoted.single.low.article', R`‚${QUOTE_START}`, '‘', [{ include: '#quote-inner' }], { stops: R`(?=[“”])` }),
    'quote-single-curly': quoteRule('string.quoted.single.curly.article', R`‘(?<![^\s(\[{—–/"“«„]‘)(?!${ELISION})(?=[\p{L}\p{N}…(\[]|\.\.\.)`, R`’(?![\p{L}\p{N}])`,
      [{ include: '#quote-inner' }], { closeIf: R`(?<=\S)`, stops: R`(?=[”"»])`, attributed: R`[,!?]’` }),
    'quote-single': quoteRule('string.quoted.single.article', R`'(?<![^\s(\[{—–/"“«„]')(?!${ELISION})(?=[\p{L}\p{N}…(\[]|\.\.\.)`, R`'(?![\p{L}\p{N}])`,
      [{ include: '#quote-inner' }], { closeIf: R`(?<=\S)`, stops: R`(?=[”"»])`, attributed: R`[,!?]'` }),
    'quote-inner': { patterns: [{ include: '#figures-and-agreements' }] },
  },
};

// ---- the rules of a paragraph, by the kind of character they start with ----
// vscode-textmate tries every regex of the current rule list at each position of a short line, so the rules
// are merged into one regex per kind of first character (see merge): an attribution after a punctuation mark, a
// figure after a digit, a name after a capital. The order inside a kind is the priority between its rules.
const BEFORE_QUOTE_TAIL = R`${APPOS}${WS}+${AUX}(${CUE})(?:${WS}+${WORD}){0,4}?${WS}*[:,]?${WS}*(?=${OPENER})`;
const BEFORE_QUOTE_CAPTURES = { 1: { name: SPEAKER }, 2: { name: SPEAKER }, 3: { name: CUE_SCOPE } };
const AGREEMENT = 'entity.name.type.agreement.article';

const LINE_START_RULES = [
  {
    comment: '"Friday, August 21, 2015" or "21 August 2015" opening a line (alone or before the first sentence).',
    match: R`\G[ \t]*((?:${WEEKDAY},?${WS}+)?(?:${MONTH}${WS}+\d{1,2}(?:st|nd|rd|th)?,?${WS}+\d{4}|\d{1,2}${WS}+${MONTH}${WS}+\d{4})|${WEEKDAY},?${WS}+(?=\S))(?![\p{L}\p{N}])`,
    captures: { 1: { name: 'markup.italic.dateline.article' } },
  },
  {
    comment: '"WASHINGTON (AP) —", "Taipei, Taiwan —", "GENOA, Italy --" opening a paragraph.',
    match: R`\G[ \t]*((?:\p{Lu}{2,}[\p{Lu}.'’\-]*(?:${WS}+\p{Lu}{2,}[\p{Lu}.'’\-]*){0,3}(?:,${WS}+${CAPWORD}(?:${WS}+${CAPWORD}){0,2})?|${CAPWORD}(?:${WS}+${CAPWORD}){0,2},${WS}+${CAPWORD}(?:${WS}+${CAPWORD}){0,2}|${CAPWORD}(?:${WS}+${CAPWORD}){0,2}(?=${WS}+\())(?:${WS}+\([^()\n]{1,40}\))?)${WS}+(—|–|--)(?=${WS})`,
    captures: { 1: { name: 'markup.italic.dateline.article' }, 2: { name: 'punctuation.separator.dateline.article' } },
  },
  {
    comment: 'A line that is only "By Jane Doe" or "By Jane Doe and John Roe, Associated Press".',
    match: R`\G[ \t]*(By${WS}+${NAMES}(?:,${WS}+[^,\n]{1,60})?)[ \t]*$`,
    captures: { 1: { name: 'markup.italic.byline.article' } },
  },
  {
    comment: 'A speaker and cue opening a line before a quotation: Putin said: "…" / She told reporters: "…".',
    match: R`\G[ \t]*(?:(${SPEAKER_CAPITALISED})|(${SPEAKER_LOWER_CASE}))${BEFORE_QUOTE_TAIL}`,
    captures: BEFORE_QUOTE_CAPTURES,
  },
];

const PUNCTUATION_RULES = [
  {
    comment: 'A speaker and cue opening a sentence or clause before a quotation (tried only when an opening mark follows within 120 characters): "… Najib Razak said, "…"", "…, the ministry said: "…"", "Jeff Rathke, the spokesperson, said, "…"".',
    match: R`(?:[.,;:!?]${WS}+|[—–(]${WS}*)(?=[^"“«„‘‹\n]{1,120}["“«„‘‹])(?:(${SPEAKER_CAPITALISED})|(${SPEAKER_LOWER_CASE}))${BEFORE_QUOTE_TAIL}`,
    captures: BEFORE_QUOTE_CAPTURES,
  },
];

const SPACE_RULES = [
  {
    comment: 'A speaker and cue after a quotation that ended its sentence, before another: ""…." The poster wrote that "…"".',
    match: R`${WS}(?<=["”»“][ \t])${WS}*(?:(${SPEAKER_CAPITALISED})|(${SPEAKER_LOWER_CASE}))${BEFORE_QUOTE_TAIL}`,
    captures: BEFORE_QUOTE_CAPTURES,
  },
  {
    comment: 'A century in words: "the twentieth century".',
    match: R`${WS}((?i:${trie(ORDINAL_WORDS)})[ \t\-]+centur(?:y|ies))\b`,
    captures: { 1: { name: 'constant.numeric.century.article' } },
  },
];

const LETTER_RULES = [
  {
    comment: '"according to the Pentagon", "according to Yonhap news agency", "according to the Afghan team\'s coach".',
    match: R`(${firstCharTrie(['According', 'according'])}${WS}+to)${WS}+(${DET_ANY}${WS}+(?:${CAPWORD}${WS}+){0,4}(?!${STOP})${WORD}(?:['’]s${WS}+\p{Ll}[\p{L}\-]*)?|${DESCRIBED_NAME}|${NAMES}|${BARE})`,
    captures: { 1: { name: CUE_SCOPE }, 2: { name: SPEAKER } },
  },
  {
    comment: '"between 3,000 and 3,500", "from 2 to 3 percent".',
    match: R`${firstCharTrie(['Between', 'between', 'From', 'from'])}(?:(?<=etween)${WS}+${FIGV}${WS}+and|(?<=rom)${WS}+${FIGV}${WS}+to)${WS}+${FIGV}(?:${PCT}|${WS}+${MONEY_WORD})?${AFTER_NUM}`,
    name: 'constant.numeric.range.article',
  },
];

const DIGIT_RULES = [
  {
    comment: 'A day before its month: "4 March 2011".',
    match: R`\d(?<![\p{L}\p{N}]\d)\d?(?:st|nd|rd|th)?${WS}+${MONTH}(?:,?${WS}+\d{4}(?!\p{N}))?(?![\p{L}])`,
    name: 'constant.numeric.date.article',
  },
  {
    comment: '"2,000 to 2,500", "3,000–3,500", "$2-3 billion".',
    match: R`${FIGV_W}(?:${WS}*[–—]${WS}*|-|${WS}+to${WS}+)${FIGV}(?:${PCT}|${WS}+${MONEY_WORD})?${AFTER_NUM}`,
    name: 'constant.numeric.range.article',
  },
  {
    comment: '"$1.5 billion", "€20m", "20,000 euros".',
    match: R`(?:[$€£¥₹₩₽]${WS}?${NUM}(?:${SCALE}|${WS}?(?:bn|mn|tn|m|k)\b)?|${NUM_W}${SCALE}?${WS}+(?:US${WS}+)?${MONEY_WORD})${AFTER_NUM}`,
    name: 'constant.numeric.money.article',
  },
  { match: R`${NUM_W}${PCT}`, name: 'constant.numeric.percent.article' },
  { match: R`\d(?<![\p{L}\p{N}]\d)\d?(?:st|nd|rd|th)[ \t\-]+centur(?:y|ies)\b`, name: 'constant.numeric.century.article' },
  { match: R`(?:\d(?<![\p{L}\p{N}]\d)\d{2}0['’]?s|['’]\d0s)\b`, name: 'constant.numeric.decade.article' },
  { match: R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)\d*(?:st|nd|rd|th)\b`, name: 'constant.numeric.ordinal.article' },
  { match: R`\d(?<![\p{L}\p{N}_.,]\d|\p{L}-\d)\d?:\d{2}(?:${WS}?(?:[ap]\.m\.|[AaPp][Mm]\b))?`, name: 'constant.numeric.time.article' },
  {
    comment: 'A year, unless a content word follows ("1709 schoolchildren" is a count) and no "the" precedes ("the 2014 protests").',
    match: R`(?:1(?<![\p{L}\p{N}_.,$€£¥]1|\p{L}-1)[5-9]|2(?<![\p{L}\p{N}_.,$€£¥]2|\p{L}-2)0)\d\d(?![\p{N}%\p{L}]|[.,]\p{N}|${SCALE})(?:(?<=\b[Tt]he\s\d{4})|(?!${WS}+(?!${YEAR_NEXT_WORD})\p{Ll}))`,
    name: 'constant.numeric.year.article',
  },
  { match: R`${NUM_W}${SCALE}?${AFTER_NUM}(?![\p{L}])`, name: 'constant.numeric.count.article' },
];

const CAPITAL_RULES = [
  {
    comment: 'Calendar dates: "March 4, 2011", "July 2003" (the day is not a count).',
    match: R`${firstCharTrie(MONTH_NAMES)}(?:${WS}+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}:])(?:,?${WS}+\d{4}(?!\p{N}))?|,?${WS}+\d{4}(?!\p{N}))(?![\p{L}])`,
    name: 'constant.numeric.date.article',
  },
  {
    comment: 'Well-known acronyms, with an optional number and noun: "START II", "the ABM treaty", "New START".',
    match: R`${firstCharTrie(['New START', ...ACRONYMS])}(?:${WS}+${ROMAN})?(?![\p{L}\p{N}])(?:${WS}+${AGREEMENT_NOUN_ANY}\b)?`,
    name: AGREEMENT,
  },
  {
    comment: '"Anti-Ballistic Missile Treaty", "Kyoto Protocol", "Oslo Accords", "Treaty of Versailles"; not "North Atlantic Treaty Organization".',
    match: R`\p{Lu}(?<![\p{L}\p{N}'’\-]\p{Lu})${NOT_NAME_START}(?>(?:[\p{L}\p{M}\p{N}]|['’\-](?=[\p{L}\p{N}]))*)(?:${WS}+${AGREEMENT_WORD}){0,5}${WS}+${AGREEMENT_NOUN}\b(?:${WS}+(?:of|on|for|against)${WS}+(?:the${WS}+)?${AGREEMENT_WORD}(?:${WS}+(?:(?:of|on|for|and|the|in)${WS}+){0,2}${AGREEMENT_WORD}){0,5})?(?![\p{L}\p{N}]|${WS}+\p{Lu})`,
    name: AGREEMENT,
  },
  {
    comment: '"Treaty on the Non-Proliferation of Nuclear Weapons", "Convention against Torture".',
    match: R`${firstCharTrie(AGREEMENT_NOUNS)}\b${WS}+(?:of|on|for|against|between)${WS}+(?:the${WS}+)?${AGREEMENT_WORD}(?:${WS}+(?:(?:of|on|for|and|the|in)${WS}+){0,2}${AGREEMENT_WORD}){0,5}(?![\p{L}\p{N}]|${WS}+\p{Lu})`,
    name: AGREEMENT,
  },
];

{
  const r = grammar.repository;
  const kinds = (list) => list.map(([comment, rules, first]) => merge(comment, rules, first));
  const FIGURE_LETTERS = LETTER_RULES.slice(1);
  const CENTURY_WORDS = SPACE_RULES.slice(1);
  r['line-start'] = merge('Rules at the start of a line: dateline, byline, a speaker before a quotation.', LINE_START_RULES);
  r.inline = {
    patterns: kinds([
      ['Rules after a punctuation mark: a speaker before a quotation.', PUNCTUATION_RULES, R`[.,;:!?][ \t]+[\p{L}]|[—–(]`],
      ['Rules after a space: a speaker after a finished quotation, centuries in words.', SPACE_RULES, R`[ \t]`],
      ['Rules at a letter: "according to", "between … and …".', LETTER_RULES, R`[AaBbFf]`],
      ['Figures starting with a digit, a currency sign or an apostrophe.', DIGIT_RULES, R`[\d$€£¥₹₩₽'’]`],
      ['Rules at a capital: dates, agreement names.', CAPITAL_RULES, R`\p{Lu}`],
    ]),
  };
  r['figures-and-agreements'] = {
    patterns: kinds([
      ['Centuries in words.', CENTURY_WORDS, R`[ \t]`],
      ['"between … and …".', FIGURE_LETTERS, R`[BbFf]`],
      ['Figures starting with a digit, a currency sign or an apostrophe.', DIGIT_RULES, R`[\d$€£¥₹₩₽'’]`],
      ['Dates and agreement names.', CAPITAL_RULES, R`\p{Lu}`],
    ]),
  };
  r.head.endCaptures[1].patterns = [{ include: '#quotes' }, { include: '#figures-and-agreements' }];
}
/** The grammar's JSON text, as written to syntaxes/article.tmLanguage.json. */
function buildGrammar() {
  return JSON.stringify(grammar, null, 2) + '\n';
}

module.exports = { buildGrammar };

if (require.main === module) {
  const out = path.join(__dirname, '..', 'syntaxes', 'article.tmLanguage.json');
  fs.writeFileSync(out, buildGrammar());
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

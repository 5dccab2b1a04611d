/**
 * Helpers that write Oniguruma regexes for the Article grammar (see scripts/buildGrammar.js for why their shapes
 * matter to speed).
 */
const R = String.raw;

/** Groups words by first character: [["s", ["aid", "ays"]], ["t", ["old"]]]. */
const byFirstChar = (words) => {
  const groups = new Map();
  for (const w of words) groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
  return [...groups];
};
const escapeText = (text) => text.replace(/[.$\\()[\]{}|?*+^]/g, (m) => '\\' + m);
/** The tails of one first-character group, longest first so "pointed out" wins over a prefix; spaces match runs. */
const tailsOf = (rests, escape = (t) => t) => {
  const tails = rests.filter((r) => r).sort((a, b) => b.length - a.length).map((r) => escape(r).replace(/ /g, '[ \\t]+'));
  return tails.length ? `(?:${tails.join('|')})${rests.includes('') ? '?' : ''}` : '';
};

/** An alternation grouped by first letter ("s(?:aid|ays)|t(?:old)"), so the engine tries one branch per position. */
const trie = (words) => byFirstChar(words).map(([c, rests]) => escapeText(c) + tailsOf(rests, escapeText)).join('|');

/** The number of capturing groups of a regex (named groups are not used in this grammar). */
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

/**
 * Merges `match` rules into one regex of alternatives (the first alternative matching at the earliest position
 * wins, as in a rule list), each keeping its capture scopes (see rules.js: mergeByKind for the first characters).
 */
function merge(comment, rules) {
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
  return { comment, match: parts.join('|'), captures };
}

module.exports = { R, trie, countGroups, merge };

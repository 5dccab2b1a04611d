// Where the test machinery keeps what it installs and what each run leaves behind.
// Everything here is git-ignored: `.test-cache/` (like test-electron's `.vscode-test/`) and `test-results/`.
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
// ARTICLE_LENS_TEST_CACHE puts the installs elsewhere, e.g. to share them between clones.
const cache = path.resolve(process.env.ARTICLE_LENS_TEST_CACHE ?? path.join(root, '.test-cache'));

/** Node 24 runs code-server: code-server 4.139.x refuses other Node majors. */
const NODE_VERSION = '24.22.3';
/** The version tried on these offline machines (see README, "How the tests run"). */
const CODE_SERVER_VERSION = '4.139.1';

module.exports = {
  root,
  cache,
  NODE_VERSION,
  CODE_SERVER_VERSION,
  nodeDir: path.join(cache, 'node24'),
  codeServerDir: path.join(cache, 'code-server'),
  results: path.join(root, 'test-results'),
  screenshots: path.join(root, 'test-results', 'screenshots'),
  samples: path.join(root, 'samples'),
  vsix: path.join(root, 'article-lens.vsix'),
};

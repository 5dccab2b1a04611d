// The analysis worker thread in the real extension host: every analysis runs there, short articles too; one
// worker at a time, started on first use; and when it cannot run, the extension answers no analysis without
// throwing and the status bar says so (the worker client's crash and give-up logic is unit-tested).
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { AnalysisCache } from '../../src/extension/analysisCache';
import type { ArticleEditors } from '../../src/extension/articleEditors';
import { registerStatusBar } from '../../src/extension/statusBar';
import { closeAll, currentAnalysis, eventually, extensionApi, openSample, record, type Api } from './speakersSupport';

type WorkerApi = Api & {
  cache: Api['cache'] & {
    peek(document: vscode.TextDocument): { where: string; timings: { requestedAt: number; storedAt: number } } | undefined;
    workerStats: { starts: number; restarts: number; crashes: number; analysed: number };
    unavailable: boolean;
  };
};

suite('Analysis worker', () => {
  let api: WorkerApi;
  suiteSetup(async () => {
    api = (await extensionApi()) as WorkerApi;
  });
  suiteTeardown(closeAll);

  test('a short article is analysed in the worker, which runs one at a time', async () => {
    const editor = await openSample('genoa-summit-2001.article');
    const analysis = await currentAnalysis(api, editor.document);
    assert.ok(analysis.statements.length > 0);
    const analysed = api.cache.peek(editor.document);
    assert.strictEqual(analysed?.where, 'worker', 'a short article was analysed on the extension host');
    record(`worker: ${editor.document.getText().length}-character seed analysed ${(analysed!.timings.storedAt - analysed!.timings.requestedAt).toFixed(1)} ms after it was asked for (worker already running)`);
    const stats = api.cache.workerStats;
    assert.ok(stats.analysed > 0);
    assert.strictEqual(stats.starts, 1 + stats.restarts + stats.crashes, `workers started: ${JSON.stringify(stats)}`);
    assert.strictEqual(api.cache.unavailable, false);
  });

  test('without a worker: no analysis, no exception, and the status bar says so', async () => {
    const editor = await openSample('genoa-summit-2001.article');
    // A cache of its own, next to the extension's, whose worker bundle is missing.
    const cache = new AnalysisCache(path.join(os.tmpdir(), 'article-lens-no-such-worker.js'));
    const changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
    const editors = { current: editor.document, onDidChangeCurrent: changed.event } as unknown as ArticleEditors;
    const statusBar = registerStatusBar(cache, editors);
    try {
      assert.strictEqual(await cache.analysis(editor.document), undefined);
      assert.strictEqual(cache.unavailable, true);
      assert.strictEqual(await cache.analysis(editor.document), undefined, 'asked again');
      const text = await eventually(() => statusBar.item.text, (t) => t === '$(error) Article Lens');
      assert.strictEqual(text, '$(error) Article Lens');
      assert.match(String(statusBar.item.tooltip), /cannot analyse/);
      // The extension's own cache is untouched.
      assert.ok((await currentAnalysis(api, editor.document)).statements.length > 0);
    } finally {
      statusBar.dispose();
      cache.dispose();
      changed.dispose();
    }
  });
});

// The pause between an edit and its analysis (src/extension/editPace.ts), on a fake clock: none for an
// isolated edit, a typing pause while edits come quickly, a short one when the document analyses quickly.
import * as assert from 'assert';
import { EditPace, ISOLATED_EDIT_GAP_MS, QUICK_SETTLE_MS, TYPING_SETTLE_MS } from '../../src/extension/editPace';

suite('Edit pace', () => {
  let now = 0;
  const pace = () => new EditPace(() => now);
  setup(() => (now = 1000));

  test('a document never edited, or edited once after a while, is analysed at once', () => {
    const p = pace();
    assert.strictEqual(p.waitMs('a', 1), 0);
    now += ISOLATED_EDIT_GAP_MS;
    assert.strictEqual(p.waitMs('a', 2), 0);
  });

  test('while the user keeps typing, a long document waits for a pause, counted from the edit', () => {
    const p = pace();
    p.waitMs('a', 1);
    p.analysed('a', 200);
    now += 120;
    assert.strictEqual(p.waitMs('a', 2), TYPING_SETTLE_MS);
    now += 100;
    assert.strictEqual(p.waitMs('a', 2), TYPING_SETTLE_MS - 100, 'a later request for the same version waits only the rest');
    now += 1000;
    assert.strictEqual(p.waitMs('a', 2), 0);
  });

  test('a document whose last analysis was quick waits only a short pause while typing', () => {
    const p = pace();
    p.waitMs('a', 1);
    p.analysed('a', 3);
    now += 50;
    assert.strictEqual(p.waitMs('a', 2), QUICK_SETTLE_MS);
  });

  test('documents are paced apart, and a closed one is forgotten', () => {
    const p = pace();
    p.waitMs('a', 1);
    p.analysed('a', 200);
    now += 50;
    assert.strictEqual(p.waitMs('b', 1), 0, 'an edit of another document is not typing in this one');
    assert.strictEqual(p.waitMs('a', 2), TYPING_SETTLE_MS);
    p.forget('a');
    now += 50;
    assert.strictEqual(p.waitMs('a', 3), 0);
  });
});

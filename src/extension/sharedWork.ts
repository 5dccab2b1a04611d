/**
 * One analysis awaited by many providers (tree, outline, semantic tokens, diagnostics, status bar, hover).
 * Each waiter resumes in its own turn of the event loop: on a 1 MB article the providers' work after an
 * analysis adds up to ~80 ms, which would otherwise run as one block of microtasks, holding up everything
 * else the extension host has to do. And one caller giving up must not cancel the work others wait for.
 */
import type * as vscode from 'vscode';

/** The work's outcome in a turn of its own, or undefined as soon as the caller's token is cancelled. */
export function awaitShared<T>(work: Promise<T | undefined>, token?: vscode.CancellationToken): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const subscription = token?.onCancellationRequested(() => resolve(undefined));
    const settle = (finish: () => void) => setImmediate(() => {
      subscription?.dispose();
      finish();
    });
    work.then((value) => settle(() => resolve(value)), (error) => settle(() => reject(error)));
  });
}

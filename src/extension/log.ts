/**
 * The "Article Lens" output channel, and `safely`, which every provider wraps itself in: a provider never
 * throws into VS Code; it logs the error once here and returns its empty answer.
 */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
let errors = 0;

/** The output channel (created on first use, disposed with the extension). */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Article Lens', { log: true });
  return channel;
}

export function registerLog(): vscode.Disposable {
  return new vscode.Disposable(() => {
    channel?.dispose();
    channel = undefined;
  });
}

/** How many errors `safely` and `safelyAsync` caught since activation. */
export function errorsLogged(): number {
  return errors;
}

function logError(what: string, error: unknown): void {
  errors++;
  log().error(`${what} failed:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs `work`; on an exception, logs it under `what` and returns `fallback`. */
export function safely<T>(what: string, fallback: T, work: () => T): T {
  try {
    return work();
  } catch (error) {
    logError(what, error);
    return fallback;
  }
}

/** The async form of `safely`. */
export async function safelyAsync<T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    logError(what, error);
    return fallback;
  }
}

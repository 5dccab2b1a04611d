// `npm run test:electron`: the same integration suite under @vscode/test-electron, for machines that
// can download VS Code (these offline ones cannot: `npm test` runs the suite in code-server instead).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error(`Integration tests failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

void main();

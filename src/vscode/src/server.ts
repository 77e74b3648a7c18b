// Which postlint the extension starts; kept apart from the 'vscode' module so tests can load it with plain Node.
import * as fs from 'fs';
import * as path from 'path';

/** The executable: `postlint.path`, else the binary bundled in the extension's `server/` folder, else `postlint` on PATH. */
export function serverCommand(configured: string, extensionPath: string, platform: string = process.platform): string {
  if (configured.trim() !== '') {
    return configured;
  }

  const bundled = path.join(extensionPath, 'server', platform === 'win32' ? 'postlint.exe' : 'postlint');
  return fs.existsSync(bundled) ? bundled : 'postlint';
}

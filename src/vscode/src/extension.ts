// PostLint for VS Code: starts `postlint lsp` (the bundled binary, the configured one, or `postlint` on PATH) for
// Markdown files and forwards changes of configs and site files, so that an image added to the site clears its finding.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { serverCommand } from './server';

let client: LanguageClient | undefined;

/** The files whose change can change a finding in an open post (the server registers the same globs itself). */
const watched = '**/{.postlint.yml,_config.yml,_config.yaml,hugo.toml,hugo.yaml,hugo.json,config.toml,astro.config.*,*.png,*.jpg,*.jpeg,*.gif,*.svg,*.webp,*.avif}';

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('postlint');
  const serverOptions: ServerOptions = {
    command: serverCommand(config.get<string>('path', ''), context.extensionPath),
    args: [...config.get<string[]>('args', []), 'lsp'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(watched) },
    initializationOptions: { debounceMs: config.get<number>('debounceMs', 5) },
  };
  client = new LanguageClient('postlint', 'PostLint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    // The Korean text is in l10n/bundle.l10n.ko.json (VS Code shows it when its display language is Korean).
    void vscode.window.showErrorMessage(vscode.l10n.t(
      "PostLint: cannot start '{0} lsp' ({1}). Install PostLint (dotnet tool install --global PostLint) or set postlint.path.",
      serverOptions.command, String(error)));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('postlint.restart', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (event.affectsConfiguration('postlint.path') || event.affectsConfiguration('postlint.args') || event.affectsConfiguration('postlint.debounceMs')) {
        await client?.stop();
        await start(context);
      }
    }));
  await start(context);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

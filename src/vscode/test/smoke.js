// Without VS Code (it cannot be downloaded in CI): checks how the compiled extension picks the server, then talks to
// `postlint lsp` with vscode-languageserver-protocol, the JSON-RPC library the extension's client is built on: initialize, didOpen of a Korean post, publishDiagnostics, a code action,
// shutdown, exit. Usage: node test/smoke.js POSTLINT
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { serverCommand } = require('../out/server.js');
const rpc = require('vscode-languageserver-protocol/node');

async function main() {
  const bin = path.resolve(process.argv[2]);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-vscode-'));
  try {
    // The server: the configured path, else the bundled binary, else postlint on PATH.
    assert.strictEqual(serverCommand(bin, tmp), bin);
    assert.strictEqual(serverCommand('', tmp), 'postlint');
    fs.mkdirSync(path.join(tmp, 'server'));
    fs.writeFileSync(path.join(tmp, 'server', 'postlint'), '');
    assert.strictEqual(serverCommand('', tmp, 'linux'), path.join(tmp, 'server', 'postlint'));
    assert.strictEqual(serverCommand('', tmp, 'win32'), 'postlint');

    const site = path.join(tmp, 'site');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: 블로그\n');
    const file = path.join(site, '_posts', '2025-03-01-확장성.md');
    const text = '---\ntitle: "확장성 이야기"\n---\n\n빠른 배포와 확작성 덕분에 널리 쓰입니다.\n';
    fs.writeFileSync(file, text);
    const uri = 'file://' + file.split('/').map(encodeURIComponent).join('/');

    const server = cp.spawn(bin, ['lsp'], { cwd: site, env: { ...process.env, POSTLINT_NOW: '2025-06-01' }, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
    const published = new Promise(resolve => connection.onNotification(rpc.PublishDiagnosticsNotification.type, p => { if (p.uri === uri) resolve(p); }));
    connection.listen();

    const init = await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid, rootUri: 'file://' + site, workspaceFolders: [{ uri: 'file://' + site, name: 'site' }],
      capabilities: { workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    assert.strictEqual(init.capabilities.textDocumentSync.change, 2);
    connection.onRequest('client/registerCapability', params => {
      assert.strictEqual(params.registrations[0].method, 'workspace/didChangeWatchedFiles');
      return null;
    });
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = (await published).diagnostics;
    const typo = diagnostics.find(d => d.code === 'PL401');
    assert.ok(typo, 'no PL401 diagnostic: ' + JSON.stringify(diagnostics));
    assert.deepStrictEqual(typo.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 10 } });
    assert.match(typo.codeDescription.href, /PL401Misspelling\.md$/);

    const actions = await connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } });
    const fix = actions.find(a => a.isPreferred);
    assert.strictEqual(fix.title, "Replace with '확장성'");
    assert.strictEqual(fix.edit.documentChanges[0].edits[0].newText, '확장성');

    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    assert.strictEqual(await exited, 0);
    connection.dispose();
    console.log(`vscode-languageserver-protocol client: ${diagnostics.length} diagnostics, the fix "${fix.title}", clean exit`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error('FAIL:', error);
  process.exit(1);
});

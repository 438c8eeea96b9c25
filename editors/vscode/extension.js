// juesuan-ls VS Code extension: starts the server over stdio with vscode-languageclient.
// NOT BUILT OR TESTED in this repository (see README.md).
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function settings() {
  const c = vscode.workspace.getConfiguration('juesuan-ls');
  return {
    locale: c.get('locale', 'zh'),
    disabledRules: c.get('disabledRules', []),
    severityOverrides: c.get('severityOverrides', {}),
    catalogFiles: c.get('catalogFiles', []),
    reportRounding: c.get('reportRounding', false),
  };
}

function activate(context) {
  const config = vscode.workspace.getConfiguration('juesuan-ls');
  // TransportKind.stdio makes the client pass --stdio, which juesuan-ls accepts.
  const run = { command: config.get('serverPath', 'juesuan-ls'), transport: TransportKind.stdio };
  const serverOptions = { run, debug: run };

  const documentSelector = [
    { scheme: 'file', language: 'juesuan' },
    { scheme: 'untitled', language: 'juesuan' },
  ];
  if (config.get('checkAllTextFiles', true)) {
    // the server stays silent on text that is not a 决算 report
    documentSelector.push({ scheme: 'file', language: 'plaintext' }, { scheme: 'file', language: 'markdown' });
  }

  const clientOptions = {
    documentSelector,
    initializationOptions: settings(),
    // sends workspace/didChangeConfiguration {settings: {"juesuan-ls": {...}}} when settings change
    synchronize: { configurationSection: 'juesuan-ls' },
  };

  client = new LanguageClient('juesuan-ls', 'juesuan-ls', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('juesuan-ls.restart', () => client && client.restart()));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

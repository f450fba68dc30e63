// Starts `mandat lsp` for the documents and registers of a mandates repository: the same check as
// on the command line, on the unsaved text, with completion of the frontmatter's fields.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = async function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration("mandat").get("command");
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  client = new LanguageClient(
    "mandat",
    "mandat",
    { command, args, options: { cwd, shell: process.platform === "win32" } },
    { documentSelector: [{ scheme: "file", language: "markdown", pattern: "**/mandates/**/*.md" }] },
  );
  await client.start();
};

exports.deactivate = () => client?.stop();

/** The editor files mandat init writes (VS Code): see `mandat lsp` and editor/vscode/. */

export function editorFiles(): Record<string, string> {
  return {
    ".vscode/extensions.json": JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2) + "\n",
  };
}

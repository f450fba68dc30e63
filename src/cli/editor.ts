/** The editor files mandat init writes (VS Code); they are also this repository's own .vscode/. */

export function editorFiles(): Record<string, string> {
  return {
    // The YAML extension validates the registers through their $schema lines; the documents'
    // frontmatter is checked by mandat lsp (editor/vscode in the package).
    ".vscode/extensions.json": JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2) + "\n",
    ".vscode/settings.json":
      JSON.stringify(
        {
          "mandat.command": ["npx", "--no-install", "mandat", "lsp", "--stdio"],
          "yaml.validate": true,
          "yaml.completion": true,
          "files.associations": { "**/mandates/registry/*.yaml": "yaml" },
        },
        null,
        2,
      ) + "\n",
  };
}

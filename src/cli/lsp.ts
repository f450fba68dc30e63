/**
 * `mandat lsp`: a language server over stdio for editors. Frontmatter Markdown is not YAML to editors'
 * YAML tooling, so instead of schema glue this runs mandat's own check on the open document (unsaved
 * text included) and publishes its diagnostics, the same Swedish messages with file, line and column
 * as on the command line; completion offers the schema's fields with their Swedish titles.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CompletionItemKind, createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { check } from "../check.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The nearest folder at or above `dir` that holds mandates/ (as the command line finds it). */
function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "mandates"))) return d;
    if (dirname(d) === d) return dir;
  }
}

/** A check diagnostic as the editor shows it (0-based positions). */
export function toLsp(d: Diagnostic): LspDiagnostic {
  const start = d.place ? { line: d.place.start.line - 1, character: d.place.start.column - 1 } : { line: 0, character: 0 };
  const end = d.place?.end ? { line: d.place.end.line - 1, character: d.place.end.column - 1 } : { line: start.line, character: start.character + 1 };
  return { range: { start, end }, severity: SEVERITY[d.severity], source: "mandat", code: d.ruleId, message: d.note ? `${d.message}\n${d.note}` : d.message };
}

/**
 * Check one document's current text: a shadow repository in a temporary folder holds the registers,
 * shared texts and config as they are on disk and the document as it is in the editor.
 */
export async function checkText(file: string, text: string): Promise<Diagnostic[]> {
  const root = findRoot(dirname(file));
  const rel = relative(root, file);
  if (rel.startsWith("..") || !rel.split(sep).includes("mandates")) return [];
  const shadow = await mkdtemp(join(tmpdir(), "mandat-lsp-"));
  try {
    for (const part of ["mandates/registry", "mandates/standardtexter"]) if (existsSync(join(root, part))) await cp(join(root, part), join(shadow, part), { recursive: true });
    if (existsSync(join(root, "mandat.config.json"))) await cp(join(root, "mandat.config.json"), join(shadow, "mandat.config.json"));
    await mkdir(dirname(join(shadow, rel)), { recursive: true });
    await writeFile(join(shadow, rel), text);
    const result = await check({ root: shadow, cwd: shadow, paths: [rel], cache: false, jobs: 1 });
    const shown = rel.split(sep).join("/");
    return result.diagnostics.filter((d) => d.file === shown);
  } finally {
    await rm(shadow, { recursive: true, force: true });
  }
}

/** The schema's fields for the document's type, for completion at the start of a frontmatter line. */
function fields(type: string | undefined): { key: string; title?: string; description?: string }[] {
  const file = type === "motesanteckning" ? "meeting-notes.schema.json" : "mandate.schema.json";
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), "utf8")) as { properties: Record<string, { title?: string; description?: string }> };
  return Object.entries(schema.properties)
    .filter(([k]) => k !== "$schema")
    .map(([key, p]) => ({ key, title: p.title, description: p.description }));
}

export function runLsp(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const pending = new Map<string, NodeJS.Timeout>();

  const validate = (doc: TextDocument) => {
    clearTimeout(pending.get(doc.uri));
    // A pause in typing, not every keystroke.
    pending.set(
      doc.uri,
      setTimeout(async () => {
        if (!doc.uri.startsWith("file:")) return;
        try {
          const diagnostics = await checkText(fileURLToPath(doc.uri), doc.getText());
          connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnostics.map(toLsp) });
        } catch (error) {
          connection.console.error(`mandat: ${(error as Error).message}`);
        }
      }, 200),
    );
  };

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Full, completionProvider: { triggerCharacters: [] } },
    serverInfo: { name: "mandat" },
  }));
  documents.onDidOpen((e) => validate(e.document));
  documents.onDidChangeContent((e) => validate(e.document));
  documents.onDidClose((e) => connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const lines = doc.getText().split(/\r?\n/);
    const close = lines.indexOf("---", 1);
    const line = lines[params.position.line] ?? "";
    // Top-level keys only: in the frontmatter, at the start of a line.
    if (lines[0] !== "---" || params.position.line <= 0 || (close > 0 && params.position.line >= close) || /^\s/.test(line)) return [];
    const type = /^type:\s*(\S+)/m.exec(lines.slice(0, close > 0 ? close : undefined).join("\n"))?.[1];
    const present = new Set(lines.slice(1, close > 0 ? close : undefined).map((l) => /^([\w$]+):/.exec(l)?.[1]).filter(Boolean));
    return fields(type)
      .filter((f) => !present.has(f.key))
      .map((f) => ({ label: f.key, kind: CompletionItemKind.Field, detail: f.title, documentation: f.description, insertText: `${f.key}: ` }));
  });
  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}



/**
 * The VS Code extension as shipped (editor/vscode/), short of VS Code itself, which cannot be run
 * here: its manifest holds what VS Code needs to load it, and its entry point, loaded with a `vscode`
 * module that answers as VS Code would (the workspace's .vscode/settings.json over the manifest's
 * defaults) and a language client that records what it is given, asks for exactly the server command
 * that is then started, in a workspace made by `mandat init`, with that command line and working
 * folder. Over that connection a real document is validated, and the client's document selector
 * covers it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import Module, { createRequire } from "node:module";
import { join, matchesGlob, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { editorFiles } from "../src/cli/editor.js";
import { REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

const EXTENSION = join(REPO_ROOT, "editor/vscode");
const manifest = JSON.parse(readFileSync(join(EXTENSION, "package.json"), "utf8"));

interface Started {
  serverOptions: { command: string; args: string[]; options: { cwd?: string; shell?: boolean } };
  clientOptions: { documentSelector: { scheme: string; language: string; pattern: string }[] };
  started: boolean;
}

/**
 * Load extension.js and call activate() as VS Code does, with `vscode` answering for a workspace open
 * at `folder`; returns what the extension gave its LanguageClient.
 */
async function activate(folder: string): Promise<Started> {
  const settings = JSON.parse(await readFile(join(folder, ".vscode/settings.json"), "utf8")) as Record<string, unknown>;
  const defaults = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: folder } }],
      // Workspace settings override the manifest's defaults, as in VS Code.
      getConfiguration: (section: string) => ({ get: (key: string) => settings[`${section}.${key}`] ?? defaults[`${section}.${key}`]?.default }),
    },
  };
  const seen: Partial<Started> = {};
  class LanguageClient {
    constructor(_id: string, _name: string, serverOptions: Started["serverOptions"], clientOptions: Started["clientOptions"]) {
      Object.assign(seen, { serverOptions, clientOptions, started: false });
    }
    async start() {
      seen.started = true;
    }
    async stop() {}
  }
  const fakes: Record<string, unknown> = { vscode, "vscode-languageclient/node": { LanguageClient } };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request in fakes ? fakes[request] : load(request, ...rest));
  try {
    const entry = join(EXTENSION, manifest.main);
    const extension = createRequire(entry)(entry) as { activate: () => Promise<void>; deactivate: () => unknown };
    await extension.activate();
    expect(typeof extension.deactivate).toBe("function");
  } finally {
    loader._load = load;
  }
  return seen as Started;
}

let workspace: string | undefined;
let server: ChildProcess | undefined;
let rpc: MessageConnection | undefined;
afterAll(async () => {
  await rpc?.sendRequest("shutdown").catch(() => undefined);
  await rpc?.sendNotification("exit").catch(() => undefined);
  rpc?.dispose();
  server?.kill();
  await removeDir(workspace);
});

describe("editor/vscode", () => {
  it("has the manifest VS Code loads an extension from: name, publisher, version, engines, activation, contribution, an existing main", () => {
    expect(manifest.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/i);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.engines.vscode).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(existsSync(join(EXTENSION, manifest.main))).toBe(true);
    // The client library, pinned (11.0.0 asks for VS Code ^1.91.0, as the manifest does).
    expect(manifest.dependencies["vscode-languageclient"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.activationEvents).toEqual(["workspaceContains:mandates/registry"]);
    const command = manifest.contributes.configuration.properties["mandat.command"];
    expect(command).toMatchObject({ type: "array", items: { type: "string" } });
    expect(command.default.every((part: unknown) => typeof part === "string")).toBe(true);
    expect(command.description).toBeTruthy();
    // The package ships the folder (npm pack), so an installed mandat has it.
    expect(JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).files).toContain("editor");
  });

  it(
    "starts the server command exactly as the extension computes it, in a workspace made by mandat init, and validates a real document over it",
    async () => {
      workspace = await tempDir("vscode");
      // A repository where mandat is installed as a package (the bin linked as npm links it), then `mandat init`.
      await writeFile(join(workspace, "package.json"), JSON.stringify({ name: "uppdrag", private: true }) + "\n");
      await mkdir(join(workspace, "node_modules/.bin"), { recursive: true });
      await symlink(REPO_ROOT, join(workspace, "node_modules/mandat"), "dir");
      await symlink(join(REPO_ROOT, "bin/mandat.js"), join(workspace, "node_modules/.bin/mandat"));
      const init = spawn(process.execPath, [join(REPO_ROOT, "bin/mandat.js"), "init"], { cwd: workspace, stdio: "ignore" });
      expect(await new Promise((done) => init.on("close", done))).toBe(0);
      for (const [rel, text] of Object.entries(editorFiles())) expect(await readFile(join(workspace, rel), "utf8")).toBe(text);
      // The activation event's path is there.
      expect(existsSync(join(workspace, manifest.activationEvents[0].split(":")[1]))).toBe(true);

      const { serverOptions, clientOptions, started } = await activate(workspace);
      expect(started).toBe(true);
      expect(serverOptions.options.cwd).toBe(workspace);
      expect([serverOptions.command, ...serverOptions.args]).toEqual(JSON.parse(editorFiles()[".vscode/settings.json"]!)["mandat.command"]);

      const document = join(workspace, "mandates/exempelgrupp.md");
      const [selector] = clientOptions.documentSelector;
      expect(selector).toMatchObject({ scheme: "file", language: "markdown" });
      expect(matchesGlob(relative(workspace, document), selector!.pattern)).toBe(true);
      expect(matchesGlob("README.md", selector!.pattern)).toBe(false);

      // The command line the extension gave its client, started as the client starts it (a child with stdio pipes).
      server = spawn(serverOptions.command, serverOptions.args, { cwd: serverOptions.options.cwd, shell: serverOptions.options.shell, stdio: ["pipe", "pipe", "inherit"] });
      rpc = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
      const published: { uri: string; diagnostics: { message: string; range: { start: { line: number } } }[] }[] = [];
      const waiting: (() => void)[] = [];
      rpc.onNotification("textDocument/publishDiagnostics", (p: (typeof published)[number]) => {
        published.push(p);
        waiting.splice(0).forEach((w) => w());
      });
      rpc.listen();
      const next = (n: number) => new Promise<void>((done) => (published.length >= n ? done() : waiting.push(() => published.length >= n && done())));
      const init2 = (await rpc.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} })) as { serverInfo: { name: string } };
      expect(init2.serverInfo.name).toBe("mandat");
      await rpc.sendNotification("initialized", {});

      const uri = pathToFileURL(document).href;
      const text = await readFile(document, "utf8");
      await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
      await next(1);
      expect(published[0]).toMatchObject({ uri, diagnostics: [] });
      const edited = text.replace("\nchair:", "\nchiar:");
      expect(edited).not.toBe(text);
      await rpc.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      await next(2);
      expect(published[1]!.diagnostics).toContainEqual(
        expect.objectContaining({ message: expect.stringMatching(/^Okänt fält chiar\. Menade du chair\?/), range: expect.objectContaining({ start: expect.objectContaining({ line: edited.split("\n").indexOf("chiar:") }) }) }),
      );
    },
    120_000,
  );
});

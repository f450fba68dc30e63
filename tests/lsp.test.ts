/**
 * `mandat lsp` as an editor meets it: the real binary over stdio, a real document opened, its unsaved
 * text changed, diagnostics received with Swedish messages at the right place, and completion of the
 * schema's fields.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { copyMandates, type Fixture } from "./helpers/fixture.js";
import { REPO_ROOT } from "./helpers/repo.js";

interface Published {
  uri: string;
  diagnostics: { range: { start: { line: number; character: number } }; severity: number; code: string; message: string; source: string }[];
}

let fx: Fixture;
let server: ChildProcess;
let rpc: MessageConnection;
const published: Published[] = [];
const waiters: ((p: Published) => void)[] = [];

function nextDiagnostics(uri: string): Promise<Published> {
  return new Promise((resolve) => waiters.push((p) => (p.uri === uri ? resolve(p) : undefined)));
}

beforeAll(async () => {
  fx = await copyMandates();
  server = spawn(process.execPath, [join(REPO_ROOT, "bin/mandat.js"), "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  rpc = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  rpc.onNotification("textDocument/publishDiagnostics", (p: Published) => {
    published.push(p);
    for (const w of waiters) w(p);
  });
  rpc.listen();
  const init = (await rpc.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(fx.dir).href, capabilities: {} })) as { capabilities: { completionProvider?: unknown }; serverInfo: { name: string } };
  expect(init.serverInfo.name).toBe("mandat");
  expect(init.capabilities.completionProvider).toBeTruthy();
  await rpc.sendNotification("initialized", {});
}, 60_000);

afterAll(async () => {
  await rpc?.sendRequest("shutdown").catch(() => undefined);
  await rpc?.sendNotification("exit").catch(() => undefined);
  rpc?.dispose();
  server?.kill();
  await fx?.remove();
});

describe("mandat lsp", () => {
  it("publishes nothing for a real document that checks clean, then the check's diagnostics for unsaved text", async () => {
    const path = join(fx.dir, "mandates/samordningsrad-onkologi.md");
    const uri = pathToFileURL(path).href;
    const text = await fx.read("mandates/samordningsrad-onkologi.md");
    const opened = nextDiagnostics(uri);
    await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    expect((await opened).diagnostics).toEqual([]);

    // The editor has typed a misspelt field and not saved.
    const changed = nextDiagnostics(uri);
    const edited = text.replace("\nchair:", "\nchiar:");
    await rpc.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const { diagnostics } = await changed;
    const line = edited.split("\n").indexOf("chiar:");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ source: "mandat", code: "schema", severity: 1, range: expect.objectContaining({ start: { line, character: 0 } }), message: expect.stringMatching(/^Okänt fält chiar\. Menade du chair\?/) }),
    );
    // Nothing was written: the file on disk is as it was.
    expect(await fx.read("mandates/samordningsrad-onkologi.md")).toBe(text);
  }, 60_000);

  it("completes the frontmatter's fields with their Swedish titles", async () => {
    const uri = pathToFileURL(join(fx.dir, "mandates/ny-grupp.md")).href;
    const text = "---\ntype: uppdragshandling\nti\n---\n";
    const opened = nextDiagnostics(uri);
    await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    const items = (await rpc.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line: 2, character: 2 } })) as { label: string; detail?: string }[];
    expect(items).toContainEqual(expect.objectContaining({ label: "chair", detail: "Ordförande" }));
    expect(items).toContainEqual(expect.objectContaining({ label: "meetingFrequency", detail: "Mötesfrekvens" }));
    expect(items.map((i) => i.label)).not.toContain("type");
    // And the half-written line is pointed out.
    expect((await opened).diagnostics.map((d) => d.code)).toContain("yaml-syntax");
  }, 60_000);
});

describe("the VS Code files", () => {
  it("this repository's .vscode/ is what mandat init writes, and the extension starts the server the test talks to", async () => {
    const { editorFiles } = await import("../src/cli/editor.js");
    const { readFileSync } = await import("node:fs");
    for (const [rel, text] of Object.entries(editorFiles())) expect(readFileSync(join(REPO_ROOT, rel), "utf8")).toBe(text);
    const settings = JSON.parse(editorFiles()[".vscode/settings.json"]!);
    const extension = JSON.parse(readFileSync(join(REPO_ROOT, "editor/vscode/package.json"), "utf8"));
    expect(settings["mandat.command"]).toEqual(extension.contributes.configuration.properties["mandat.command"].default);
    expect(settings["mandat.command"].slice(-2)).toEqual(["lsp", "--stdio"]);
  });
});

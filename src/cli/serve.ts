/**
 * `mandat serve`: a preview for editors. Builds the site into a temporary folder, serves it on
 * localhost, and rebuilds when a document, the registry, a template, a schema or the config
 * changes; the open page reloads itself (server-sent events). When the check finds errors, every
 * page shows them (file, line, column, message) instead of the stale site. PDFs open in the
 * browser's viewer, so the document being edited can be previewed as printed.
 *
 * Each rebuild runs in a worker thread (serve-worker.ts) with its own modules, so changed schemas
 * and templates are read again; the check cache and the PDF cache make it only redo what changed.
 */
import { watch, type FSWatcher } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config/types.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang } from "../diagnostics/messages.js";
import { TEMPLATES_DIR } from "../html/templates.js";
import type { Io } from "./io.js";
import { EXIT } from "./io.js";
import type { ServeBuildJob, ServeBuildResult } from "./serve-worker.js";
import { CONTENT_TYPES as TYPES } from "../site/content-types.js";

export interface ServeOptions {
  root: string;
  cwd: string;
  lang: Lang;
  config: Config;
  io: Io;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  host?: string;
}

export interface Preview {
  url: string;
  /** Resolves after the next build is done. */
  built(): Promise<ServeBuildResult>;
  close(): Promise<void>;
}

const EVENTS = "/__mandat/events";

/** Reloads the page when the server says a build is done. */
const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(EVENTS)}).onmessage = () => location.reload();</script>`;

export async function startPreview(options: ServeOptions): Promise<Preview> {
  const work = await mkdtemp(join(tmpdir(), "mandat-serve-"));
  const outDir = join(work, "site");
  const clients = new Set<ServerResponse>();
  let last: ServeBuildResult | undefined;
  let waiting: ((r: ServeBuildResult) => void)[] = [];
  let building = false;
  let again = false;
  let closed = false;

  const say = (text: string): void => void options.io.stderr.write(text);

  const runBuild = async (): Promise<void> => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      do {
        again = false;
        const job: ServeBuildJob = { root: options.root, cwd: options.cwd, outDir, lang: options.lang, config: options.config, env: options.io.env };
        last = await inWorker(job);
        say(summary(last));
      } while (again && !closed);
    } finally {
      building = false;
    }
    for (const client of clients) client.write(`data: ${Date.now()}\n\n`);
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve(last!);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (path === EVENTS) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      res.write(": mandat\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    let file = resolve(outDir, `.${path}`);
    if (file !== outDir && !file.startsWith(outDir + sep)) return void res.writeHead(404).end();
    if (path.endsWith("/")) file = join(file, "index.html");
    const html = extname(file) === ".html";
    // A failed build shows its problems on every page, never the site as it was before.
    if (html && last && !last.ok) {
      res.writeHead(200, { "content-type": TYPES[".html"]!, "cache-control": "no-store" });
      return void res.end(errorPage(last, options.lang));
    }
    let body: Buffer;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      body = await readFile(file);
    } catch {
      res.writeHead(404, { "content-type": TYPES[".html"]!, "cache-control": "no-store" });
      return void res.end(`<!DOCTYPE html><html lang="sv"><meta charset="utf-8"><title>Finns inte</title><p>Sidan ${escapeHtml(path)} finns inte (ännu).</p>${RELOAD_SCRIPT}</html>`);
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(html ? Buffer.from(body.toString("utf8").replace("</body>", `${RELOAD_SCRIPT}\n</body>`)) : body);
  };

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host ?? "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}/`;

  // Documents and registry, templates, schemas, config: a change to any of them rebuilds.
  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void runBuild(), 150);
  };
  const watchers: FSWatcher[] = [];
  const schemas = fileURLToPath(new URL("../../schemas/", import.meta.url));
  for (const dir of [join(options.root, "mandates"), TEMPLATES_DIR, schemas]) {
    try {
      watchers.push(watch(dir, { recursive: true }, changed));
    } catch {
      // A folder that does not exist is not watched.
    }
  }
  watchers.push(watch(options.root, (_event, name) => void (name === "mandat.config.json" && changed())));

  const first = new Promise<ServeBuildResult>((ok) => waiting.push(ok));
  void runBuild();
  await first;
  return {
    url,
    built: () => new Promise((ok) => waiting.push(ok)),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const client of clients) client.end();
      await new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      while (building) await new Promise((r) => setTimeout(r, 50));
      await rm(work, { recursive: true, force: true });
    },
  };
}

function inWorker(job: ServeBuildJob): Promise<ServeBuildResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./serve-worker.js", import.meta.url), { workerData: job });
    let result: ServeBuildResult | undefined;
    worker.once("message", (m: ServeBuildResult) => (result = m));
    worker.once("error", (error) => (result = { ok: false, error: error.message }));
    worker.once("exit", () => resolve(result ?? { ok: false, error: "Bygget avslutades utan resultat." }));
  });
}

function summary(result: ServeBuildResult): string {
  if (result.ok) return `Byggt: ${result.documents} dokument (${result.printed} PDF:er utskrivna, ${result.reused} återanvända) på ${(result.ms / 1000).toFixed(1)} s.\n`;
  if ("error" in result) return `Bygget misslyckades: ${result.error}\n`;
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  return `Bygget stoppades av ${errors} ${errors === 1 ? "fel" : "fel"}; sidan visar dem.\n`;
}

/** "mandates/x.md:12:3" */
function where(d: Diagnostic): string {
  return d.place ? `${d.file}:${d.place.start.line}:${d.place.start.column}` : d.file;
}

function errorPage(result: Exclude<ServeBuildResult, { ok: true }>, lang: Lang): string {
  const items =
    "error" in result
      ? `<li>${escapeHtml(result.error)}</li>`
      : result.diagnostics
          .filter((d) => d.severity !== "info")
          .map((d) => `<li class="${d.severity}"><code>${escapeHtml(where(d))}</code> <strong>${d.severity === "error" ? (lang === "en" ? "error" : "fel") : lang === "en" ? "warning" : "varning"}</strong> ${escapeHtml(d.message)} <span class="rule">(${escapeHtml(d.ruleId)})</span>${d.note ? `<br><span class="note">${escapeHtml(d.note)}</span>` : ""}</li>`)
          .join("\n");
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bygget stoppades – mandat</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 24px; color: #111; }
h1 { color: #a00000; font-size: 24px; }
li { margin: 8px 0; }
code { background: #f2f2f2; padding: 1px 4px; }
.rule, .note { color: #444; }
</style>
</head>
<body>
<main>
<h1>Bygget stoppades: rätta felen nedan</h1>
<p>Webbplatsen byggs om och sidan laddas om av sig själv när filen sparas.</p>
<ul class="diagnostics">
${items}
</ul>
</main>
${RELOAD_SCRIPT}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The command: start, print the address, run until Ctrl-C. */
export async function runServe(options: ServeOptions): Promise<number> {
  const preview = await startPreview(options);
  options.io.stdout.write(`Förhandsgranskning på ${preview.url} (Ctrl+C avslutar)\n`);
  const release = options.io.interrupt?.hold();
  try {
    await new Promise<void>((resolve) => {
      const signal = options.io.interrupt?.signal;
      if (!signal) return;
      if (signal.aborted) resolve();
      signal.addEventListener("abort", () => resolve(), { once: true });
    });
  } finally {
    await preview.close();
    release?.();
  }
  return EXIT.ok;
}

/**
 * The deploy recipe deploy/nginx-mandat.conf in Debian's real nginx: a build served under the
 * recipe's sub-path on a localhost port, unprivileged, with its own prefix, logs and temp folders;
 * content types, caching and compression as the recipe says; then every link and the search
 * through it, in Chromium.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";
import { checkServedSite, launchBrowser, searchSite } from "../helpers/site.js";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const SUB_PATH = "/grupper/";
const MIME_TYPES = "/etc/nginx/mime.types";

if (!NGINX) console.warn("nginx saknas: testet av driftsättningen med nginx hoppas över (installera Debians paket nginx; CI gör det i scripts/setup.sh).");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${await readFile(log, "utf8").catch(() => "")}`);
    const open = await new Promise<boolean>((ok) => {
      const socket = connect(port, "127.0.0.1", () => (socket.destroy(), ok(true)));
      socket.on("error", () => ok(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("nginx did not start listening");
}

describe.skipIf(!NGINX)("deploy/nginx-mandat.conf in Debian's nginx", () => {
  let dir: string;
  let site: string;
  let base: string;
  let nginx: ChildProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = await tempDir("nginx");
    site = join(dir, "site");
    const result = await build({ root: REPO_ROOT, outDir: site });
    if (!result.ok) throw new Error("build failed");
    const prefix = join(dir, "nginx");
    for (const sub of ["logs", "temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"]) await mkdir(join(prefix, sub), { recursive: true });
    // The recipe as written, with the FOLDER line pointing at this build.
    const recipe = await readFile(join(REPO_ROOT, "deploy", "nginx-mandat.conf"), "utf8");
    const snippet = recipe.replace(/alias \/srv\/mandat\/site\/;/, `alias ${site}/;`);
    expect(snippet).not.toBe(recipe);
    await writeFile(join(prefix, "mandat.conf"), snippet);
    const port = await freePort();
    const log = join(prefix, "logs", "error.log");
    await writeFile(
      join(prefix, "nginx.conf"),
      [
        "daemon off;",
        "master_process off;",
        "worker_processes 1;",
        `pid ${join(prefix, "nginx.pid")};`,
        `error_log ${log} warn;`,
        "events { worker_connections 64; }",
        "http {",
        `  include ${MIME_TYPES};`,
        "  default_type application/octet-stream;",
        `  access_log ${join(prefix, "logs", "access.log")};`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${join(prefix, "temp", t === "client_body" ? "body" : t)};`),
        "  sendfile on;",
        "  server {",
        `    listen 127.0.0.1:${port};`,
        "    server_name localhost;",
        `    include ${join(prefix, "mandat.conf")};`,
        "  }",
        "}",
      ].join("\n"),
    );
    execFileSync(NGINX!, ["-t", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", log], { stdio: "pipe" });
    nginx = spawn(NGINX!, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", log], { stdio: "ignore" });
    await waitForPort(port, nginx, log);
    base = `http://127.0.0.1:${port}${SUB_PATH}`;
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once("exit", r));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await removeDir(dir);
  });

  it("answers with the right content types, caching headers and compression", async () => {
    const head = async (path: string) => {
      const response = await fetch(base + path, { headers: { "accept-encoding": "gzip" } });
      await response.arrayBuffer();
      return { status: response.status, type: response.headers.get("content-type"), cache: response.headers.get("cache-control"), encoding: response.headers.get("content-encoding"), location: response.headers.get("location") };
    };
    const index = await head("");
    expect(index).toMatchObject({ status: 200, type: "text/html; charset=utf-8", cache: "no-cache", encoding: "gzip" });
    expect(await head("site.css")).toMatchObject({ status: 200, type: "text/css; charset=utf-8", encoding: "gzip" });
    expect(await head("site.js")).toMatchObject({ status: 200, type: "application/javascript; charset=utf-8" });
    const pdf = await head("pdf/samordningsrad-infektion.pdf");
    expect(pdf).toMatchObject({ status: 200, type: "application/pdf", cache: "no-cache", encoding: null });
    expect(await head("kalender/samordnande-grupp-utveckling-hos.ics")).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8" });
    expect(await head("pagefind/pagefind-entry.json")).toMatchObject({ status: 200, type: "application/json; charset=utf-8", cache: "no-cache" });
    const fragment = (await readdir(join(site, "pagefind", "fragment")))[0]!;
    expect(await head(`pagefind/fragment/${fragment}`)).toMatchObject({ status: 200, type: "application/octet-stream", cache: "public, max-age=31536000, immutable", encoding: null });
    const meta = (await readdir(join(site, "pagefind"))).find((f) => f.endsWith(".pf_meta"))!;
    expect(await head(`pagefind/${meta}`)).toMatchObject({ status: 200, type: "application/octet-stream", cache: "public, max-age=31536000, immutable" });
    expect(await head("pagefind/wasm.sv.pagefind")).toMatchObject({ status: 200, type: "application/octet-stream", cache: "no-cache" });
    expect((await head("finns-inte.html")).status).toBe(404);
    const bare = await fetch(base.slice(0, -1), { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toMatch(/\/grupper\/$/);
  });

  it(
    "serves a site whose every link resolves under the sub-path, with nothing from elsewhere",
    async () => {
      const report = await checkServedSite(browser, base, site, [{ width: 1280, height: 900 }], { axe: false });
      expect(report.pages).toBeGreaterThan(75);
      expect(report.foreign).toEqual([]);
      expect(report.broken).toEqual([]);
      // Every page is reached by some link (plus the PDFs, style, script, icon and calendar).
      expect(report.checkedLinks).toBeGreaterThan(report.pages);
    },
    BROWSER_TIMEOUT * 5,
  );

  it(
    "searches in the browser through nginx",
    async () => {
      const page = await browser.newPage();
      const hits = await searchSite(page, base, "kunskapsstyrning");
      expect(hits.map((h) => h.href)).toContain(`${base}dokument/samordningsrad-onkologi.html`);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );
});

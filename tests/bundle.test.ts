/**
 * The command users run is the bundle (scripts/bundle.mjs → dist/bundle/), made by `npm test` before
 * the tests like dist/ itself: a real `mandat check` is run with a module hook that logs every module
 * it loads (tests/helpers/log-modules.mjs).
 */
import { execFile } from "node:child_process";
import { cp, readFile, utimes } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

const run = promisify(execFile);
const BIN = join(REPO_ROOT, "bin/mandat.js");
const HOOK = join(REPO_ROOT, "tests/helpers/log-modules.mjs");

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

/** The modules a `mandat <args>` run in `cwd` loads, as paths relative to the repository (or node:…). */
async function modulesLoaded(cwd: string, args: string[], binary = BIN): Promise<{ stdout: string; modules: string[] }> {
  const dir = await tempDir("modules");
  dirs.push(dir);
  const log = join(dir, "log.txt");
  const { stdout } = await run(process.execPath, ["--import", HOOK, binary, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", MANDAT_MODULE_LOG: log } });
  const text = await readFile(log, "utf8");
  const root = new URL(`file://${binary.replace(/bin\/mandat\.js$/, "")}`).href;
  const modules = [...new Set(text.split("\n").filter(Boolean))].map((url) => (url.startsWith(root) ? url.slice(root.length) : url));
  return { stdout, modules };
}

describe("the bundle", () => {
  it("is what `mandat check` runs: a few dozen files instead of hundreds, none of the printing path", async () => {
    const { stdout, modules } = await modulesLoaded(REPO_ROOT, ["check", "--no-cache"]);
    expect(stdout).toContain("5 dokument kontrollerade: inga problem.");
    const own = modules.filter((m) => !m.startsWith("node:"));
    // bin/mandat.js and then only the bundle: no module of dist/<stage>/ and none from node_modules
    // except the ones left out of the bundle on purpose (none of which check needs).
    expect(own.filter((m) => m !== "bin/mandat.js" && !m.startsWith("dist/bundle/"))).toEqual([]);
    expect(own.length).toBeLessThan(100);
    expect(own.some((m) => /puppeteer|pdf-lib|handlebars|elkjs|pagefind|signpdf/.test(m))).toBe(false);
  });

  it("is not used when tsc's output is newer (a plain tsc run is never shadowed by an old bundle)", async () => {
    // A copy of the program, so the tests running beside this one keep their bundle.
    const app = await tempDir("app");
    dirs.push(app);
    for (const part of ["bin", "dist", "schemas", "templates", "package.json"]) await cp(join(REPO_ROOT, part), join(app, part), { recursive: true, preserveTimestamps: true });
    await run("ln", ["-s", join(REPO_ROOT, "node_modules"), join(app, "node_modules")]);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(app, "dist/cli/main.js"), later, later);
    const { stdout, modules } = await modulesLoaded(REPO_ROOT, ["check", "--no-cache"], join(app, "bin/mandat.js"));
    expect(stdout).toContain("5 dokument kontrollerade: inga problem.");
    expect(modules).toContain("dist/cli/main.js");
    expect(modules.some((m) => m.startsWith("dist/bundle/"))).toBe(false);
  });
});

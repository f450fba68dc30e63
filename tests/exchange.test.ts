/**
 * The native addon native/exchange (renameat2 RENAME_EXCHANGE) and how the output folder is swapped
 * with it: in one system call over a previous build, with two renames when the addon is turned off or
 * the filesystem cannot exchange. Real folders, the real compiled addon: CI builds it in
 * scripts/setup.sh, so a missing addon fails here with the reason instead of being skipped. One test
 * runs the compiled dist/ in a child process (npm test compiles it first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EXCHANGE_ADDON, exchangeLoadError, loadExchange, openOutput, recoverOutDir, swapIn, writeOutput, type Exchange } from "../src/site/write.js";
import { REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

/** The addon, or a failure that says how to get it. */
function addon(): Exchange {
  const exchange = loadExchange();
  if (!exchange) {
    const why = process.env.MANDAT_NO_EXCHANGE ? "MANDAT_NO_EXCHANGE is set" : String((exchangeLoadError() as Error)?.message ?? exchangeLoadError());
    throw new Error(`The native addon ${EXCHANGE_ADDON} cannot be loaded (${why}). Build it with \`npm run build:native\` (scripts/setup.sh does; it needs python3, make and a C compiler).`);
  }
  return exchange;
}

/** A folder holding `files` (relative path → content). */
async function folder(path: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(path, name, ".."), { recursive: true });
    await writeFile(join(path, name), content);
  }
}

/** Every file of a folder with its content, sorted by path. */
async function contents(path: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of ((await readdir(path, { recursive: true })) as string[]).sort()) {
    const content = await readFile(join(path, name), "utf8").catch(() => undefined);
    if (content !== undefined) found[name] = content;
  }
  return found;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir("exchange");
});
afterAll(() => removeDir(dir));
afterEach(() => {
  delete process.env.MANDAT_NO_EXCHANGE;
});

describe("the native exchange", () => {
  it("swaps two real folders with all their contents", async () => {
    const exchange = addon();
    const a = join(dir, "a");
    const b = join(dir, "b");
    await folder(a, { "index.html": "A", "pdf/x.pdf": "A-pdf" });
    await folder(b, { "index.html": "B", "dokument/y.html": "B-doc" });
    exchange(a, b);
    expect(await contents(a)).toEqual({ "dokument/y.html": "B-doc", "index.html": "B" });
    expect(await contents(b)).toEqual({ "index.html": "A", "pdf/x.pdf": "A-pdf" });
  });

  it("throws an Error with the errno's code, e.g. ENOENT for a missing path, and changes nothing", async () => {
    const exchange = addon();
    const here = join(dir, "here");
    await folder(here, { "index.html": "kvar" });
    let error: NodeJS.ErrnoException | undefined;
    try {
      exchange(here, join(dir, "saknas"));
    } catch (e) {
      error = e as NodeJS.ErrnoException;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "ENOENT", syscall: "renameat2" });
    expect(error!.message).toContain("saknas");
    expect(await contents(here)).toEqual({ "index.html": "kvar" });
    expect(() => (exchange as unknown as (a: unknown) => void)(here)).toThrow(TypeError);
  });
});

describe("swapping the output folder", () => {
  it("replaces a previous build in one step (exchange) and leaves nothing beside it", async () => {
    addon();
    const parent = join(dir, "one-step");
    const out = join(parent, "site");
    expect(await writeOutput(out, [{ path: "index.html", content: "v1" }, { path: "gammal.txt", content: "v1" }])).toBe("rename");
    expect(await writeOutput(out, [{ path: "index.html", content: "v2" }, { path: "pdf/a.pdf", content: "%PDF-v2" }])).toBe("exchange");
    expect(await contents(out)).toEqual({ ".mandat-build": expect.any(String), "index.html": "v2", "pdf/a.pdf": "%PDF-v2" });
    expect(await readdir(parent)).toEqual(["site"]);
  });

  it("falls back to two renames with MANDAT_NO_EXCHANGE=1, with the same result", async () => {
    const parent = join(dir, "escape-hatch");
    const out = join(parent, "site");
    await writeOutput(out, [{ path: "index.html", content: "v1" }]);
    process.env.MANDAT_NO_EXCHANGE = "1";
    expect(loadExchange()).toBeUndefined();
    expect(await writeOutput(out, [{ path: "index.html", content: "v2" }])).toBe("renames");
    expect(await contents(out)).toEqual({ ".mandat-build": expect.any(String), "index.html": "v2" });
    expect(await readdir(parent)).toEqual(["site"]);
  });

  it("falls back to two renames when the filesystem cannot exchange (EINVAL, ENOSYS, ENOTSUP)", async () => {
    for (const code of ["EINVAL", "ENOSYS", "ENOTSUP"]) {
      const parent = join(dir, `cannot-${code}`);
      const out = join(parent, "site");
      const temp = join(parent, ".build-site-1-aaaaaa");
      const old = join(parent, ".build-site-old-1-0a1b2c3d");
      await folder(out, { "index.html": "old" });
      await folder(temp, { "index.html": "new" });
      // What a filesystem without RENAME_EXCHANGE answers (none is mounted on this machine to try).
      const unsupported: Exchange = () => {
        throw Object.assign(new Error(`${code}: not supported`), { code });
      };
      expect(swapIn(temp, out, old, unsupported)).toBe("renames");
      expect(await contents(out)).toEqual({ "index.html": "new" });
      expect(await contents(old)).toEqual({ "index.html": "old" });
      expect(existsSync(temp)).toBe(false);
    }
  });

  it("does not fall back on other errors: the error is thrown and the output folder is untouched", async () => {
    const parent = join(dir, "refused");
    const out = join(parent, "site");
    const temp = join(parent, ".build-site-1-aaaaaa");
    await folder(out, { "index.html": "old" });
    await folder(temp, { "index.html": "new" });
    const refused: Exchange = () => {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    };
    expect(() => swapIn(temp, out, join(parent, ".build-site-old-1-0a1b2c3d"), refused)).toThrow("EACCES");
    expect(await contents(out)).toEqual({ "index.html": "old" });
    expect((await readdir(parent)).sort()).toEqual([".build-site-1-aaaaaa", "site"]);
  });

  it("with the fallback, a build killed between the two renames is still put back by the next one", async () => {
    const parent = join(dir, "fallback-recover");
    const out = join(parent, "site");
    await writeOutput(out, [{ path: "index.html", content: "v1" }]);
    // A dead build (pid above any the kernel hands out) did the first of the two renames and was
    // killed before the second: no output folder, the previous build under the old name.
    const old = join(parent, ".build-site-old-99999999-0a1b2c3d");
    await rename(out, old);
    await folder(join(parent, ".build-site-99999999-aB3dE9"), { "index.html": "v2" });
    expect(await recoverOutDir(out)).toBe(old);
    expect(await contents(out)).toEqual({ ".mandat-build": expect.any(String), "index.html": "v1" });
    process.env.MANDAT_NO_EXCHANGE = "1";
    expect(await writeOutput(out, [{ path: "index.html", content: "v3" }])).toBe("renames");
    expect(await contents(out)).toEqual({ ".mandat-build": expect.any(String), "index.html": "v3" });
    expect(await readdir(parent)).toEqual(["site"]);
  });

  it("sweeps the previous build that a build killed right after the exchange left under its temporary name, and never restores it", async () => {
    addon();
    const parent = join(dir, "after-exchange");
    const out = join(parent, "site");
    await writeOutput(out, [{ path: "index.html", content: "v1" }]);
    // A real process (the compiled mandat) stages v2 as openOutput does, exchanges it in and is
    // killed with SIGKILL before it removes v1, which then lies under that dead build's temporary name.
    const script = `
      import { mkdtempSync, writeFileSync } from "node:fs";
      import { join } from "node:path";
import { pathToFileURL } from "node:url";
      import { swapIn } from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, "dist/site/write.js")).href)};
      const parent = ${JSON.stringify(parent)};
      const temp = mkdtempSync(join(parent, ".build-site-" + process.pid + "-"));
      writeFileSync(join(temp, "index.html"), "v2");
      if (swapIn(temp, join(parent, "site"), join(parent, ".build-site-old-" + process.pid + "-0a1b2c3d")) !== "exchange") process.exit(3);
      process.kill(process.pid, "SIGKILL");`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child, child.stderr).toMatchObject({ signal: "SIGKILL" });
    const left = (await readdir(parent)).filter((f) => f !== "site");
    expect(left).toEqual([expect.stringMatching(new RegExp(`^\\.build-site-${child.pid}-[A-Za-z0-9]{6}$`))]);
    const temp = join(parent, left[0]!);
    expect(await contents(out)).toEqual({ "index.html": "v2" });
    expect(await contents(temp)).toMatchObject({ "index.html": "v1" });
    // Not an old output folder: recoverOutDir leaves it, even when the output folder is gone.
    expect(await recoverOutDir(out)).toBeUndefined();
    await rename(out, join(parent, "elsewhere"));
    expect(await recoverOutDir(out)).toBeUndefined();
    expect(existsSync(out)).toBe(false);
    await rename(join(parent, "elsewhere"), out);
    // The next build sweeps it as a dead build's temporary folder.
    const stage = await openOutput(out);
    expect(existsSync(temp)).toBe(false);
    await stage.write("index.html", "v3");
    expect(await stage.commit()).toBe("exchange");
    expect(await contents(out)).toEqual({ ".mandat-build": expect.any(String), "index.html": "v3" });
    expect(await readdir(parent)).toEqual(["site"]);
  });
});

import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildProgress, type BuildResult } from "../src/build.js";
import { lockOutDir, lockPath, openOutput, OutDirLockedError, recoverOutDir, writeOutput, BUILD_MARKER, checkOutDir } from "../src/site/write.js";
import { BROWSER_TIMEOUT, copyRepo, REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

describe("build", () => {
  let dir: string;
  let out: string;
  let result: BuildResult;
  const events: BuildProgress[] = [];

  beforeAll(async () => {
    dir = await tempDir("build");
    out = join(dir, "build");
    // A stale file from an earlier build must not survive: the folder is replaced, not merged.
    await mkdir(out, { recursive: true });
    await writeFile(join(out, BUILD_MARKER), "");
    await writeFile(join(out, "stale.txt"), "old");
    result = await build({ root: REPO_ROOT, outDir: out, onProgress: (e) => events.push(e) });
  }, BROWSER_TIMEOUT);

  afterAll(() => removeDir(dir));

  it("renders the 4 mandates and 1 meeting notes into exactly 5 PDFs plus the site", async () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.documents).toBe(5);
    expect(result.pdfs).toBe(5);
    // The repository's own cache may hold some of them from an earlier run.
    expect(result.reused + result.printed).toBe(5);
    expect(result.outDir).toBe(out);
    expect(result.ms).toBeGreaterThan(0);
    const pdfs = (await readdir(join(out, "pdf"))).sort();
    expect(pdfs).toEqual([
      "2026-02-19-samordnande-grupp-utveckling-hos.pdf",
      "samordnande-grupp-utveckling-hos.pdf",
      "samordningsgrupp-medicinska-biblioteksfragor.pdf",
      "samordningsrad-infektion.pdf",
      "samordningsrad-onkologi.pdf",
    ]);
    for (const pdf of pdfs) expect((await readFile(join(out, "pdf", pdf))).subarray(0, 5).toString()).toBe("%PDF-");
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "site.css"))).toBe(true);
    expect(existsSync(join(out, "stale.txt"))).toBe(false);
    // The new build is marked as one, so the next build may replace it.
    expect(existsSync(join(out, BUILD_MARKER))).toBe(true);
  });

  it("leaves no temporary folders next to the output", async () => {
    expect((await readdir(dir)).sort()).toEqual(["build"]);
  });

  it("reports progress: checked, one event per PDF, written", () => {
    expect(events[0]).toMatchObject({ type: "checked", documents: 5, errors: 0 });
    const pdfEvents = events.filter((e) => e.type === "pdf");
    expect(pdfEvents).toHaveLength(5);
    expect(pdfEvents.map((e) => e.type === "pdf" && e.index)).toEqual([1, 2, 3, 4, 5]);
    if (result.ok) expect(pdfEvents.filter((e) => e.type === "pdf" && e.reused)).toHaveLength(result.reused);
    // Over the previous build, in one system call (the native addon; CI builds it in scripts/setup.sh).
    expect(events.at(-1)).toMatchObject({ type: "written", outDir: out, swap: "exchange" });
  });

  it(
    "stops before rendering when the check finds errors, and leaves the output folder untouched",
    async () => {
      const root = await copyRepo("build-broken");
      try {
        const file = join(root, "mandates", "samordningsrad-onkologi.md");
        const source = await readFile(file, "utf8");
        await writeFile(file, source.replace(/^title: .*$/m, "title: [trasig"));
        const brokenOut = join(root, "build");
        await mkdir(brokenOut);
        const marker = Buffer.from("tidigare bygge – får inte röras\n");
        await writeFile(join(brokenOut, BUILD_MARKER), "");
        await writeFile(join(brokenOut, "marker.txt"), marker);
        const events: BuildProgress[] = [];

        const broken = await build({ root, outDir: "build", onProgress: (e) => events.push(e) });

        expect(broken.ok).toBe(false);
        expect(broken.check.errorCount).toBeGreaterThan(0);
        expect(events.map((e) => e.type)).toEqual(["checked"]);
        expect((await readdir(brokenOut)).sort()).toEqual([BUILD_MARKER, "marker.txt"]);
        expect((await readFile(join(brokenOut, "marker.txt"))).equals(marker)).toBe(true);
        // Nothing else is written: at most the check's own cache, and no PDF in it.
        expect((await readdir(root)).filter((f) => f !== ".mandat-cache").sort()).toEqual(["build", "mandat.config.json", "mandates"]);
        expect(existsSync(join(root, ".mandat-cache", "pdf"))).toBe(false);
      } finally {
        await removeDir(root);
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    "leaves the output folder untouched, and no temporary folder behind, when printing fails after the check",
    async () => {
      const failDir = await tempDir("build-fail");
      try {
        // Passes for an executable, but is no browser: it fails when started, after the check passed.
        const fake = join(failDir, "chromium");
        await writeFile(fake, "#!/bin/sh\nexit 3\n", { mode: 0o755 });
        const failOut = join(failDir, "build");
        await mkdir(failOut);
        await writeFile(join(failOut, BUILD_MARKER), "");
        await writeFile(join(failOut, "marker.txt"), "tidigare bygge");
        const events: BuildProgress[] = [];
        await expect(build({ root: REPO_ROOT, outDir: failOut, printer: { executablePath: fake }, onProgress: (e) => events.push(e) })).rejects.toThrow();
        expect(events.map((e) => e.type)).toEqual(["checked"]);
        expect((await readdir(failOut)).sort()).toEqual([BUILD_MARKER, "marker.txt"]);
        expect((await readdir(failDir)).sort()).toEqual(["build", "chromium"]);
      } finally {
        await removeDir(failDir);
      }
    },
    BROWSER_TIMEOUT,
  );

  it("refuses an output folder that would replace the sources", async () => {
    await expect(build({ root: REPO_ROOT, outDir: REPO_ROOT })).rejects.toThrow(/Utmappen/);
    await expect(build({ root: REPO_ROOT, outDir: dirname(REPO_ROOT) })).rejects.toThrow(/Utmappen/);
    await expect(build({ root: REPO_ROOT, outDir: join(REPO_ROOT, ".mandat-cache", "x") })).rejects.toThrow(/cachemappen/);
  });
});

describe("writeOutput", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("write");
  });
  afterAll(() => removeDir(dir));

  it("keeps the previous output when writing fails", async () => {
    const out = join(dir, "site");
    await writeOutput(out, [{ path: "index.html", content: "v1" }]);
    await expect(
      writeOutput(out, [
        { path: "index.html", content: "v2" },
        { path: "../utanför.txt", content: "x" },
      ]),
    ).rejects.toThrow(/Ogiltig sökväg/);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("v1");
    expect((await readdir(dir)).sort()).toEqual(["site"]);
  });

  it("removes the temporary folder of a build whose process is gone, and nothing else", async () => {
    const parent = join(dir, "abandoned");
    const out = join(parent, "site");
    // A process id above any the kernel hands out: that build was killed while printing.
    const dead = [".build-site-99999999-aB3dE9"];
    const kept = [".build-other-99999999-aB3dE9", ".build-other-old-99999999-0a1b2c3d", `.build-site-${process.pid}-zzzzzz`, "notes"];
    for (const name of [...dead, ...kept]) await mkdir(join(parent, name, "pdf"), { recursive: true });
    await mkdir(out);
    await writeOutput(out, [{ path: "index.html", content: "v1" }]);
    expect((await readdir(parent)).sort()).toEqual([...kept, "site"].sort());
  });

  it("restores the previous output when a build was killed between the two renames of the swap", async () => {
    const parent = join(dir, "between");
    const out = join(parent, "site");
    // The state after `site` → `.build-site-old-…` and before the new build → `site`.
    const old = join(parent, ".build-site-old-99999999-0a1b2c3d");
    await mkdir(join(old, "pdf"), { recursive: true });
    await writeFile(join(old, "index.html"), "v1");
    await mkdir(join(parent, ".build-site-99999999-aB3dE9"));
    expect(await recoverOutDir(out)).toBe(old);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("v1");
    expect((await readdir(parent)).sort()).toEqual([".build-site-99999999-aB3dE9", "site"]);
    // Once the output folder is there, an old folder of a dead process is only removed.
    await mkdir(old);
    expect(await recoverOutDir(out)).toBeUndefined();
    expect((await readdir(parent)).sort()).toEqual([".build-site-99999999-aB3dE9", "site"]);
    // A running build's old folder (here: this process) is left alone.
    const mine = join(parent, `.build-site-old-${process.pid}-0a1b2c3d`);
    await mkdir(mine);
    await recoverOutDir(out);
    expect(existsSync(mine)).toBe(true);
  });

  it("swaps the output folder with nothing else running in between: every other task sees the old or the new build", async () => {
    const parent = join(dir, "swap-observed");
    const out = join(parent, "site");
    await writeOutput(out, [{ path: "index.html", content: "old" }]);
    const stage = await openOutput(out);
    // Many files, so that removing the old folder afterwards takes many turns of the event loop too.
    for (let i = 0; i < 200; i++) await stage.write(`dokument/${i}.html`, "new");
    await stage.write("index.html", "new");
    // What a signal handler or another task of the build could see while commit() runs.
    const seen = new Set<string>();
    let committing = true;
    const watch = async (): Promise<void> => {
      while (committing) {
        seen.add(existsSync(join(out, "index.html")) ? readFileSync(join(out, "index.html"), "utf8") : "nothing");
        await new Promise((r) => setImmediate(r));
      }
    };
    const watching = watch();
    await stage.commit();
    committing = false;
    await watching;
    expect(seen.has("nothing")).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect((await readdir(parent)).sort()).toEqual(["site"]);
  });

  it("replaces the whole folder on success", async () => {
    const out = join(dir, "site2");
    await writeOutput(out, [{ path: "a/b.txt", content: "1" }, { path: "old.txt", content: "x" }]);
    await writeOutput(out, [{ path: "a/b.txt", content: new Uint8Array([50]) }]);
    expect(await readFile(join(out, "a", "b.txt"), "utf8")).toBe("2");
    expect(existsSync(join(out, "old.txt"))).toBe(false);
  });
});

describe("lockOutDir", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("lock");
  });
  afterAll(() => removeDir(dir));

  it("refuses a second lock while the first is held, and is free again after release", async () => {
    const out = join(dir, "a", "build");
    const lock = await lockOutDir(out);
    expect(lock.path).toBe(join(dir, "a", ".build-build.lock"));
    expect(JSON.parse(await readFile(lock.path, "utf8"))).toMatchObject({ pid: process.pid });
    await expect(lockOutDir(out)).rejects.toThrow(OutDirLockedError);
    await lock.release();
    expect(existsSync(lock.path)).toBe(false);
    await (await lockOutDir(out)).release();
  });

  it("refuses the lock of another running process with a Swedish sentence", async () => {
    const out = join(dir, "b", "build");
    await mkdir(join(dir, "b"));
    // The parent of this test process runs, for certain.
    await writeFile(lockPath(out), JSON.stringify({ pid: process.ppid, started: "2026-01-01T00:00:00.000Z" }));
    await expect(lockOutDir(out)).rejects.toThrow(`Ett annat bygge (process ${process.ppid}, startat 2026-01-01T00:00:00.000Z) skriver redan till ${out}. Vänta tills det är klart och kör sedan igen.`);
  });

  it("takes over the lock of a build whose process is gone", async () => {
    const out = join(dir, "c", "build");
    await mkdir(join(dir, "c"));
    await writeFile(lockPath(out), JSON.stringify({ pid: 99999999, started: "2026-01-01T00:00:00.000Z" }));
    const lock = await lockOutDir(out);
    expect(JSON.parse(await readFile(lock.path, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(join(dir, "c"))).toEqual([]);
  });

  it("refuses an unreadable lock rather than guessing", async () => {
    const out = join(dir, "d", "build");
    await mkdir(join(dir, "d"));
    await writeFile(lockPath(out), "");
    await expect(lockOutDir(out)).rejects.toThrow(/är låst av ett annat bygge \(låsfilen .* går inte att läsa\)/);
  });
});

describe("build after a crash in the swap", () => {
  it("puts the previous build back before anything else, also when the check then fails", async () => {
    const root = await copyRepo("build-between");
    try {
      const file = join(root, "mandates", "samordningsrad-onkologi.md");
      await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, "title: [trasig"));
      const old = join(root, ".build-build-old-99999999-0a1b2c3d");
      await mkdir(old);
      await writeFile(join(old, "marker.txt"), "tidigare bygge");
      const result = await build({ root, outDir: "build" });
      expect(result.ok).toBe(false);
      expect(await readFile(join(root, "build", "marker.txt"), "utf8")).toBe("tidigare bygge");
      expect((await readdir(root)).filter((f) => f.startsWith(".build"))).toEqual([]);
    } finally {
      await removeDir(root);
    }
  });

});

describe("an output folder that is not a build", () => {
  it("is refused before any work when it holds files of its own, and accepted when empty or an earlier build", async () => {
    const dir = await tempDir("foreign");
    try {
      const foreign = join(dir, "docs");
      await mkdir(foreign);
      await writeFile(join(foreign, "viktigt.txt"), "inte ett bygge");
      await expect(checkOutDir(foreign, [REPO_ROOT])).rejects.toThrow(
        /^Utmappen .*docs innehåller filer som inte kommer från ett mandat-bygge \(viktigt\.txt\); bygget skulle ersätta dem\. Välj en ny eller tom mapp med --out\.$/,
      );
      const empty = join(dir, "tom");
      await mkdir(empty);
      await expect(checkOutDir(empty, [REPO_ROOT])).resolves.toBeUndefined();
      // A build from before builds carried the marker: only the site's own files.
      const earlier = join(dir, "gammal");
      await mkdir(join(earlier, "pdf"), { recursive: true });
      await writeFile(join(earlier, "index.html"), "<!DOCTYPE html>");
      await expect(checkOutDir(earlier, [REPO_ROOT])).resolves.toBeUndefined();
      // mandat's own folders are sources too.
      await expect(checkOutDir(join(REPO_ROOT, "templates", "ut"), [dir])).rejects.toThrow(/ligger i .*templates; bygget skulle ersätta mandats egna filer/);
    } finally {
      await removeDir(dir);
    }
  });
});

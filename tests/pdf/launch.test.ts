/** A Chromium that is found but will not start is named, with the path and what to do; never "internt fel". */
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { ChromiumLaunchError } from "../../src/pdf/chromium.js";
import { openPrinter } from "../../src/pdf/print.js";
import { cli } from "../helpers/fixture.js";
import { project, type Project } from "../helpers/project.js";
import { tempDir, removeDir } from "../helpers/repo.js";

let bin: string;
let p: Project;

async function fakeChromium(name: string, script: string): Promise<string> {
  const file = join(bin, name);
  await writeFile(file, `#!/bin/sh\n${script}\n`);
  await chmod(file, 0o755);
  return file;
}

describe("a Chromium that does not start", () => {
  beforeAll(async () => {
    bin = await tempDir("fake-chromium");
    p = await project();
  });
  afterAll(async () => {
    await removeDir(bin);
    await p.remove();
  });

  it("exits at once: exit 2, the path and the fix, the output untouched", async () => {
    const crashing = await fakeChromium("kraschar", "echo 'trasig installation' >&2; exit 1");
    const r = await cli(["build", "--no-cache"], p.root, { MANDAT_CHROMIUM: crashing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mandat: Chromium i ${crashing} startade inte: den avslutades direkt`);
    expect(r.stderr).toContain("MANDAT_CHROMIUM");
    expect(r.stderr).not.toContain("internt fel");
  }, 60_000);

  it("hangs: the build gives up after the launch time limit and names it", async () => {
    // Answers --version (asked for the PDF cache's key), then hangs when started as a browser.
    const hanging = await fakeChromium("hänger", 'case "$1" in --version) echo "Chromium 1.2.3.4"; exit 0;; esac; sleep 30');
    const started = Date.now();
    const error = await build({ root: p.root, outDir: "build", cache: false, printer: { executablePath: hanging, launchTimeoutMs: 1500 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumLaunchError);
    expect((error as Error).message).toContain(`Chromium i ${hanging} startade inte: den svarade inte inom 2 s.`);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe("the launch time limit", () => {
  it("ends with the launch: a browser still printing after it is not killed", async () => {
    const launchTimeoutMs = 10_000;
    const started = Date.now();
    const printer = await openPrinter({ launchTimeoutMs, concurrency: 1 });
    try {
      // Past the launch time limit (puppeteer keeps listening to the launch's signal until the
      // browser exits; a limit that fired then used to kill it: "Protocol error … Target closed").
      await new Promise((r) => setTimeout(r, Math.max(0, started + launchTimeoutMs + 1_000 - Date.now())));
      const pdf = await printer.print("<!doctype html><html lang=\"sv\"><title>Prov</title><p>Fortfarande igång</p></html>", { title: "Prov", subject: "Prov", keywords: [], date: "2026-01-01" });
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    } finally {
      await printer.close();
    }
  }, 180_000);
});

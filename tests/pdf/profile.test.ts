/**
 * Chromium profiles of killed builds: the watchdog kills what runs with a profile and removes it when
 * mandat is gone; what is still left is removed by the next build, with Chromium's singleton folder.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { removeStaleProfiles } from "../../src/pdf/print.js";
import { REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

it("a dead build's profile goes with the singleton folder it links to; a running build's profile and other folders stay", async () => {
  const tmp = await tempDir("profiles");
  try {
    /** A profile folder as Chromium leaves it when killed: SingletonSocket links into its own temp folder. */
    const profile = async (name: string, singleton: string) => {
      await mkdir(join(tmp, singleton));
      await writeFile(join(tmp, singleton, "SingletonSocket"), "");
      await mkdir(join(tmp, name));
      await symlink(join(tmp, singleton, "SingletonSocket"), join(tmp, name, "SingletonSocket"));
    };
    // A process id above any the kernel hands out: that build was killed.
    await profile("mandat-chromium-99999999-aB3dE9", "org.chromium.Chromium.dead01");
    await profile(`mandat-chromium-${process.ppid}-aB3dE9`, "org.chromium.Chromium.live01");
    await mkdir(join(tmp, "org.chromium.Chromium.other1"));
    await mkdir(join(tmp, "something-else"));
    await removeStaleProfiles(tmp);
    expect((await readdir(tmp)).sort()).toEqual([`mandat-chromium-${process.ppid}-aB3dE9`, "org.chromium.Chromium.live01", "org.chromium.Chromium.other1", "something-else"]);
  } finally {
    await removeDir(tmp);
  }
});

it("the watchdog kills what runs with a profile and removes the profile once mandat is killed with SIGKILL (compiled)", async () => {
  const tmp = await tempDir("watchdog");
  try {
    const profile = join(tmp, "mandat-chromium-1-aB3dE9");
    await mkdir(profile);
    // Chromium's singleton folders: one from before (never touched), one of a running Chromium (its
    // socket answers), and one a Chromium killed while starting made after the watchdog started.
    await mkdir(join(tmp, "org.chromium.Chromium.before"));
    await mkdir(join(tmp, "org.chromium.Chromium.living"));
    const server = createServer().listen(join(tmp, "org.chromium.Chromium.living", "SingletonSocket"));
    await once(server, "listening");
    const guard = pathToFileURL(join(REPO_ROOT, "dist/pdf/guard.js")).href;
    // Stands for mandat: starts the watchdog, then a long-lived "browser" with the profile on its
    // command line (detached, as puppeteer starts Chromium), then waits to be killed.
    const parent = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
         const { guardProfile } = await import(${JSON.stringify(guard)});
         guardProfile(${JSON.stringify(profile)});
         (await import("node:fs")).mkdirSync(process.env.TMPDIR + "/org.chromium.Chromium.orphan");
         const browser = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "--", "--user-data-dir=${profile}"], { detached: true, stdio: "ignore" });
         console.log(browser.pid);
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, TMPDIR: tmp } },
    );
    const browser = await new Promise<number>((resolve) => parent.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    expect(alive(browser)).toBe(true);
    parent.kill("SIGKILL");
    const until = Date.now() + 10_000;
    while ((alive(browser) || existsSync(profile)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(alive(browser)).toBe(false);
    expect(existsSync(profile)).toBe(false);
    while (existsSync(join(tmp, "org.chromium.Chromium.orphan")) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect((await readdir(tmp)).sort()).toEqual(["org.chromium.Chromium.before", "org.chromium.Chromium.living"]);
    server.close();
  } finally {
    await removeDir(tmp);
  }
}, 30_000);

/** Running, not a zombie waiting for its parent. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "latin1"));
  } catch {
    return false;
  }
}

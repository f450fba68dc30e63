/**
 * The resident checker (`mandat daemon`, `check --daemon`, what the pre-commit hook runs): a real
 * background process on a real socket, asked by the real command line in a real git repository. It
 * must answer exactly what the command line answers by itself (output, exit code, the index git
 * gives a hook), start when a check finds none, serve only the program it was started from, and stop
 * when asked or idle. Each test has its own TMPDIR, so its own daemon.
 */
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CheckRequest } from "../src/cli/daemon-socket.js";
import { git, initRepo } from "./helpers/git.js";
import { exec, type Ran } from "./helpers/process.js";
import { copyRepo, REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

const BIN = join(REPO_ROOT, "bin/mandat.js");
const TIMEOUT = 120_000;
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const MISSPELT = `${NOTES}:17:15  fel  Personen anna-lind finns inte i registret. Menade du anna-lindh?  reference-exists`;

let root: string;
let good: string;
let broken: string;
let tmp: string;
let idle = "120";

const env = () => ({ TMPDIR: tmp, MANDAT_DAEMON_IDLE: idle });
const mandat = (args: string[], extra: NodeJS.ProcessEnv = {}) => exec(process.execPath, [BIN, ...args], root, { ...env(), ...extra });
/** The same check without any daemon: what the answer must be. */
const alone = (args: string[], extra: NodeJS.ProcessEnv = {}) => mandat(args, { ...extra, MANDAT_DAEMON: "0" });
const status = () => mandat(["daemon", "status"]);
const checksServed = (ran: Ran) => Number(/(\d+) kontroller/.exec(ran.stdout)?.[1] ?? Number.NaN);

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const running = async () => (await status()).code === 0;

beforeAll(async () => {
  root = await copyRepo("daemon");
  initRepo(root);
  good = await readFile(join(root, NOTES), "utf8");
  broken = good.replace("person: anna-lindh,", "person: anna-lind,");
  expect(broken).not.toBe(good);
}, TIMEOUT);
afterAll(() => removeDir(root));

afterEach(async () => {
  await mandat(["daemon", "stop"]);
  git(root, "reset", "-q", "--hard");
  await removeDir(tmp);
  idle = "120";
});

describe("mandat check --daemon", () => {
  it(
    "starts a daemon when none runs, then the daemon answers exactly what the command line answers",
    async () => {
      tmp = await tempDir("daemon-tmp");
      expect(await status()).toMatchObject({ code: 1, stdout: "Ingen bakgrundsprocess körs.\n" });

      // No daemon yet: this check runs in the command itself and leaves one starting in the background.
      const first = await mandat(["check", "--staged", "--daemon"]);
      const expected = await alone(["check", "--staged"]);
      expect(expected.code).toBe(0);
      expect(first).toEqual(expected);
      await until(running, "the daemon to start");
      expect(checksServed(await status())).toBe(0);

      const served = await mandat(["check", "--staged", "--daemon"]);
      expect(served).toEqual(expected);
      expect(checksServed(await status())).toBe(1);

      // A staged mistake: the same diagnostics, places and exit code, in every format.
      await writeFile(join(root, NOTES), broken);
      git(root, "add", NOTES);
      for (const format of ["stylish", "github", "json"]) {
        const byDaemon = await mandat(["check", "--staged", "--daemon", "--format", format]);
        expect(byDaemon).toEqual(await alone(["check", "--staged", "--format", format]));
        expect(byDaemon.code).toBe(1);
      }
      expect((await mandat(["check", "--staged", "--daemon"])).stdout).toContain(MISSPELT);
      expect(checksServed(await status())).toBe(5);
    },
    TIMEOUT,
  );

  it(
    "warms up on the folder of the check that started it, the last time on one document without the cache",
    async () => {
      tmp = await tempDir("daemon-tmp");
      expect((await mandat(["check", "--daemon"])).code).toBe(0);
      // Three checks as the one that started it (all from the cache), then one that parses a document.
      await until(async () => /uppvärmd med 4 kontroller/.test((await status()).stdout), "the warm-up to end");
      expect(checksServed(await status())).toBe(0);
      const served = await mandat(["check", "--daemon"]);
      expect(served).toEqual(await alone(["check"]));
      expect((await status()).stdout).toMatch(/ 1 kontroller, uppvärmd med 4 kontroller, /);
    },
    TIMEOUT,
  );

  it(
    "checks with the client's environment: the temporary index git gives a hook (GIT_INDEX_FILE), NO_COLOR, the language",
    async () => {
      tmp = await tempDir("daemon-tmp");
      expect((await mandat(["daemon", "start"])).stdout).toBe("Bakgrundsprocessen har startat.\n");
      // A second index with the broken notes, as `git commit <path>` makes one; the normal index stays good.
      const index = join(tmp, "other-index");
      await writeFile(join(root, NOTES), broken);
      const staged = git(root, "hash-object", "-w", NOTES).trim();
      await writeFile(join(root, NOTES), good);
      await exec("git", ["read-tree", "HEAD"], root, { GIT_INDEX_FILE: index });
      await exec("git", ["update-index", "--cacheinfo", `100644,${staged},${NOTES}`], root, { GIT_INDEX_FILE: index });

      const withIndex = await mandat(["check", "--staged", "--daemon"], { GIT_INDEX_FILE: index });
      expect(withIndex.code).toBe(1);
      expect(withIndex.stdout).toContain(MISSPELT);
      expect(withIndex).toEqual(await alone(["check", "--staged"], { GIT_INDEX_FILE: index }));
      expect((await mandat(["check", "--staged", "--daemon"])).code).toBe(0);

      // The language of the messages comes from the request too.
      const english = await mandat(["--lang", "en", "check", "--staged", "--daemon"], { GIT_INDEX_FILE: index });
      expect(english.stdout).toContain("anna-lind");
      expect(english.stdout).not.toContain("finns inte i registret");
      expect(checksServed(await status())).toBe(3);
    },
    TIMEOUT,
  );

  it(
    "stops when asked, when idle, and when a newer program asks; a killed one is replaced; the check still runs without it",
    async () => {
      tmp = await tempDir("daemon-tmp");
      await mandat(["daemon", "start"]);
      expect((await mandat(["daemon", "start"])).stdout).toBe("Bakgrundsprocessen körs redan.\n");
      expect((await mandat(["daemon", "stop"])).stdout).toBe("Bakgrundsprocessen har stannat.\n");
      expect(await running()).toBe(false);

      // A request from another compile of mandat: the daemon says so and stops; the client checks by itself.
      await mandat(["daemon", "start"]);
      const { ask } = await import("../src/cli/daemon-client.js");
      const { socketPath } = await import("../src/cli/daemon-socket.js");
      const socket = socketPath(tmp)!;
      const request: CheckRequest = { op: "check", program: "en annan version", argv: ["check"], cwd: root, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
      expect(await ask(socket, request)).toEqual({ stale: true });
      expect(await running()).toBe(false);

      // A daemon killed outright leaves its socket file behind: the next check runs by itself and the
      // daemon it starts takes the socket over.
      await mandat(["daemon", "start"]);
      const pid = Number(/process (\d+)/.exec((await status()).stdout)?.[1]);
      process.kill(pid, "SIGKILL");
      await until(async () => !(await running()), "the killed daemon to be gone");
      expect(await mandat(["check", "--staged", "--daemon"])).toEqual(await alone(["check", "--staged"]));
      await until(running, "a new daemon to start");
      expect(Number(/process (\d+)/.exec((await status()).stdout)?.[1])).not.toBe(pid);
      await mandat(["daemon", "stop"]);

      idle = "1";
      await mandat(["daemon", "start"]);
      await until(async () => !(await running()), "the idle daemon to stop");
    },
    TIMEOUT,
  );

  it(
    "is not used when its folder is not the user's alone, and the check runs as before",
    async () => {
      tmp = await tempDir("daemon-tmp");
      const dir = join(tmp, `mandat-${process.getuid!()}`);
      await mkdir(dir, { recursive: true });
      await chmod(dir, 0o777);
      const refused = await mandat(["daemon", "start"]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("är inte din egen");
      expect(await mandat(["check", "--staged", "--daemon"])).toEqual(await alone(["check", "--staged"]));
      await new Promise((r) => setTimeout(r, 500));
      expect(await running()).toBe(false);
    },
    TIMEOUT,
  );
});

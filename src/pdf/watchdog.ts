/**
 * The watchdog of one Chromium profile: `node watchdog.js <profile folder>`, started by the printer
 * (pdf/guard.ts) before Chromium, with a pipe from mandat on its standard input.
 *
 * Chromium is driven over a pipe and leaves when that pipe closes, but only once it reads from it: a
 * Chromium that is still starting, or slow on a busy machine, can outlive a mandat killed with
 * SIGKILL for a long while. Node cannot ask the kernel to kill a child with its parent
 * (PR_SET_PDEATHSIG), so this small process does it: when mandat's end of the pipe closes (mandat
 * exited, however it ended), every process started with `--user-data-dir=<profile folder>` is
 * killed, and the folder is removed (with Chromium's singleton folder, pdf/profile.ts). Nothing
 * else is touched.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeProfile, singletonDirs } from "./profile.js";

const dir = process.argv[2];

// The singleton folders that were there before this build's Chromium started (the first line mandat
// writes) are never touched.
let before: Set<string> | undefined;
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  input += chunk;
  const line = input.indexOf("\n");
  if (before === undefined && line >= 0) before = new Set(JSON.parse(input.slice(0, line)) as string[]);
});

/** Whether a running Chromium listens on the singleton socket of `folder`. */
function listened(folder: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ path: join(tmpdir(), folder, "SingletonSocket") });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Ids of processes whose command line names this profile folder (Chromium's browser, zygotes, renderers). */
function chromiumOf(profile: string): number[] {
  const flag = `--user-data-dir=${profile}`;
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return pids; // not Linux: the pipe is all there is
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "latin1").split("\0").includes(flag)) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function cleanUp(): void {
  if (dir) {
    // Round after round until none is left (a zygote can fork one more process while the first are
    // killed, and a killed process can still write to the profile until it is gone), five seconds at most.
    for (let round = 0; round < 50; round++) {
      const pids = chromiumOf(dir);
      if (pids.length === 0) break;
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      pause(100);
    }
    // A file a dying process wrote while the folder was removed makes the removal fail: try again.
    for (let attempt = 0; attempt < 20 && existsSync(dir); attempt++) {
      removeProfile(dir);
      if (existsSync(dir)) pause(100);
    }
  }
}

/**
 * A Chromium killed while it starts can have made its singleton folder without linking it from the
 * profile yet. A singleton folder that appeared after this watchdog started and on whose socket no
 * Chromium listens any more is such a leftover.
 */
async function removeOrphanSingletons(): Promise<void> {
  for (const name of singletonDirs()) {
    if (before?.has(name) || (await listened(name))) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    cleanUp();
    await removeOrphanSingletons();
  } finally {
    process.exit(0);
  }
}

process.stdin.on("end", () => void stop());
process.stdin.on("error", () => void stop());
process.stdin.on("close", () => void stop());
process.stdin.resume();

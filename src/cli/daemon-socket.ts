/**
 * What the resident checker (daemon.ts) and its client (daemon-client.ts) share: where the socket is,
 * which program is running, and the messages, one line of JSON each way. Node's own modules only:
 * the client loads this before anything else, on every hook run.
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface CheckRequest {
  op: "check";
  /** The program the client would run (see programIdentity); a daemon running another one stops. */
  program: string;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export type Request = CheckRequest | { op: "status" } | { op: "stop" };

export type CheckResponse =
  | { code: number; stdout: string; stderr: string }
  /** The daemon runs an older mandat and has stopped: start a new one. */
  | { stale: true }
  /** The daemon could not run this request (e.g. the folder is gone): run it in the client. */
  | { fallback: true };

export interface Status {
  pid: number;
  program: string;
  /** When it started (ISO time) and how many checks it has run. */
  since: string;
  checks: number;
  /** Warm-up checks it has run to the end since it started (none once a request has come). */
  warmUps: number;
  /** Seconds without a request after which it stops. */
  idleSeconds: number;
}

/** One daemon per installed mandat and user: the socket sits in a folder only this user can enter. */
export function socketPath(temp = tmpdir()): string | undefined {
  if (process.platform === "win32") return undefined;
  const install = fileURLToPath(new URL("../../", import.meta.url));
  const name = createHash("sha256").update(install).digest("hex").slice(0, 16);
  return join(privateDir(temp), `${name}.sock`);
}

function privateDir(temp = tmpdir()): string {
  return join(temp, `mandat-${process.getuid?.() ?? "user"}`);
}

/**
 * The socket's folder, made if missing; undefined when it is not this user's alone (a folder
 * another user made or can enter, or a symbolic link), so nobody else can answer or listen.
 */
export function ensurePrivateDir(): string | undefined {
  const dir = privateDir();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    return stat.isDirectory() && mine && (stat.mode & 0o077) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The code that runs (dist/bundle/ or dist/cli/) and when it was made: a new compile is a new program. */
export function programIdentity(): string {
  const main = new URL("./main.js", import.meta.url);
  return `${fileURLToPath(main)}@${statSync(main, { throwIfNoEntry: false })?.mtimeMs ?? 0}`;
}

/** Seconds a daemon waits for the next request before it stops (MANDAT_DAEMON_IDLE, default 30 minutes). */
export function idleSeconds(env: NodeJS.ProcessEnv): number {
  const n = Number(env.MANDAT_DAEMON_IDLE);
  return Number.isFinite(n) && n > 0 ? n : 30 * 60;
}

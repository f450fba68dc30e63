/**
 * `mandat check --daemon` (what the pre-commit hook runs): hands the check to the resident checker
 * (daemon.ts), which has mandat loaded and warm, and prints what it answers. When no daemon is
 * running, one is started in the background and this check runs here as usual, so a commit never
 * waits for a daemon; the next one finds it. Whatever goes wrong with the daemon (gone, older
 * program, a broken answer), the check runs here: the daemon may make a check faster, never different.
 * Loaded by bin/mandat.js before anything else, so it imports only Node's own modules.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import type { Io } from "./io.js";
import { ensurePrivateDir, programIdentity, socketPath, type CheckResponse, type Request } from "./daemon-socket.js";

/** The exit code of a check the daemon ran, or undefined when the caller must run it itself. */
export async function checkViaDaemon(io: Io): Promise<number | undefined> {
  if (io.env.MANDAT_DAEMON === "0") return undefined;
  const socket = socketPath();
  if (!socket || !ensurePrivateDir()) return undefined;
  const env = Object.fromEntries(Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined));
  const request: Request = {
    op: "check",
    program: programIdentity(),
    argv: io.argv,
    cwd: io.cwd,
    env,
    stdoutIsTTY: Boolean(io.stdout.isTTY),
    stderrIsTTY: Boolean(io.stderr.isTTY),
  };
  const answer = await ask<CheckResponse>(socket, request);
  if (answer === "absent" || (typeof answer === "object" && "stale" in answer)) {
    startDaemon(io.env, { cwd: io.cwd, argv: io.argv });
    return undefined;
  }
  if (answer === "failed" || "fallback" in answer) return undefined;
  // bin/mandat.js lets the process end by itself, which flushes both streams.
  if (answer.stdout) io.stdout.write(answer.stdout);
  if (answer.stderr) io.stderr.write(answer.stderr);
  return answer.code;
}

/** One request, one answer; "absent" when nothing listens, "failed" when the answer never came whole. */
export function ask<T>(socket: string, request: Request): Promise<T | "absent" | "failed"> {
  return new Promise((resolve) => {
    let connected = false;
    let text = "";
    const conn = connect(socket);
    conn.setEncoding("utf8");
    conn.on("connect", () => {
      connected = true;
      conn.write(`${JSON.stringify(request)}\n`);
    });
    conn.on("data", (chunk: string) => {
      text += chunk;
    });
    conn.on("error", () => resolve(connected ? "failed" : "absent"));
    conn.on("close", () => {
      const line = text.endsWith("\n") ? text.slice(0, -1) : undefined;
      try {
        resolve(line === undefined ? (connected ? "failed" : "absent") : (JSON.parse(line) as T));
      } catch {
        resolve("failed");
      }
    });
  });
}

/**
 * `mandat daemon run` in the background, detached from this process and its terminal. Given the
 * check that found no daemon, the daemon warms up on that folder (daemon.ts).
 */
export function startDaemon(env: NodeJS.ProcessEnv, warmUpOn?: { cwd: string; argv: string[] }): void {
  const bin = fileURLToPath(new URL("../../bin/mandat.js", import.meta.url));
  // The daemon's own environment: the caller's without git's per-command variables (a hook's
  // temporary index); each request brings its own environment.
  const own = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("GIT_")));
  if (warmUpOn) own.MANDAT_DAEMON_WARM_UP = JSON.stringify(warmUpOn);
  try {
    spawn(process.execPath, [bin, "daemon", "run"], { detached: true, stdio: "ignore", env: own, cwd: fileURLToPath(new URL("../../", import.meta.url)) }).unref();
  } catch {
    // No daemon this time; the check runs here all the same.
  }
}

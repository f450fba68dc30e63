/**
 * The resident checker, like eslint_d: a background process that keeps mandat loaded and its
 * compiled code warm, so a pre-commit hook's check skips Node's start, loading some 60 modules and
 * the first, slow pass through the parser and rules. Each request is run exactly as the command line
 * would run it (the same main(), the client's arguments, folder and environment, one request at a
 * time), and the cache on disk is what makes it incremental, as for any check. Between requests it
 * keeps the results pack as read, the results it parsed and the files' texts, each used again only
 * while the file on disk is unchanged (check/resident.ts): with one file changed in a large archive,
 * a request reads that file and its result, not all of them. A daemon serves only the program it was started from: a
 * request from a newer compile stops it. It stops by itself after MANDAT_DAEMON_IDLE seconds
 * without requests (30 minutes).
 *
 * `mandat daemon start | stop | status` for people; `run` is the process itself (daemon-client.ts
 * starts it detached when a hook finds none).
 */
import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer, type Server, type Socket } from "node:net";
import { forgetProgramHash } from "../check/cache.js";
import { startTiming, timingReport } from "../util/timing.js";
import { ask, startDaemon } from "./daemon-client.js";
import { ensurePrivateDir, idleSeconds, programIdentity, socketPath, type CheckRequest, type CheckResponse, type Request, type Status } from "./daemon-socket.js";
import { EXIT, UsageError, type Io } from "./io.js";

export type DaemonAction = "start" | "stop" | "status" | "run";

const WARM_UP_ROUNDS = 3;
const WARM_UP_DELAY_MS = 2000;

/** The command line's main(), given by it: each request runs it (and this module does not import it). */
type Main = (io: Io) => Promise<number>;

export async function runDaemon(action: DaemonAction, io: Io, main: Main): Promise<number> {
  const socket = socketPath();
  if (!socket) throw new UsageError("bakgrundsprocessen finns inte på Windows; kontrollen körs i kommandots egen process.");
  if (!ensurePrivateDir()) throw new UsageError(`mappen för bakgrundsprocessens uttag (${socket}) är inte din egen; ta bort den eller sätt TMPDIR.`);
  switch (action) {
    case "run":
      return serve(socket, io, main);
    case "status": {
      const status = await ask<Status>(socket, { op: "status" });
      if (typeof status !== "object") {
        io.stdout.write("Ingen bakgrundsprocess körs.\n");
        return EXIT.problems;
      }
      const warmedUp = status.warmUps > 0 ? `, uppvärmd med ${status.warmUps} kontroller` : "";
      io.stdout.write(`Bakgrundsprocessen körs: process ${status.pid}, startad ${status.since}, ${status.checks} kontroller${warmedUp}, stannar efter ${status.idleSeconds} s utan anrop.\n`);
      return EXIT.ok;
    }
    case "stop": {
      const stopped = await ask<{ stopped: true }>(socket, { op: "stop" });
      io.stdout.write(typeof stopped === "object" ? "Bakgrundsprocessen har stannat.\n" : "Ingen bakgrundsprocess körs.\n");
      return EXIT.ok;
    }
    case "start": {
      if (typeof (await ask<Status>(socket, { op: "status" })) === "object") {
        io.stdout.write("Bakgrundsprocessen körs redan.\n");
        return EXIT.ok;
      }
      startDaemon(io.env);
      for (let waited = 0; waited < 10_000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
        if (typeof (await ask<Status>(socket, { op: "status" })) === "object") {
          io.stdout.write("Bakgrundsprocessen har startat.\n");
          return EXIT.ok;
        }
      }
      io.stderr.write("mandat: bakgrundsprocessen startade inte inom 10 s; kontrollen fungerar ändå, bara långsammare.\n");
      return EXIT.problems;
    }
  }
}

/** Listens until stopped, idle too long, or asked by a newer program; resolves with the exit code. */
async function serve(socket: string, io: Io, main: Main): Promise<number> {
  const program = programIdentity();
  const idle = idleSeconds(io.env);
  const since = new Date().toISOString();
  let checks = 0;
  let warmUps = 0;
  /** Set by the first request: warming up stops for good then. */
  let asked = false;
  let queue = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let done!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (done = resolve));

  const server: Server = createServer((conn) => {
    readRequest(conn, (request) => {
      if (request.op === "status") return reply(conn, { pid: process.pid, program, since, checks, warmUps, idleSeconds: idle } satisfies Status);
      if (request.op === "stop") return stop(() => reply(conn, { stopped: true }));
      if (request.op !== "check") return conn.destroy();
      if (request.program !== program) return stop(() => reply(conn, { stale: true } satisfies CheckResponse));
      // Only checks keep it alive: asking for its status does not.
      resetIdle();
      asked = true;
      queue = queue.then(async () => {
        reply(conn, await runCheck(request, main));
        checks++;
        resetIdle();
      });
    });
  });

  function resetIdle(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop(), idle * 1000);
  }

  /** Stops listening and removes the socket at once (so a new daemon can take it), then ends. */
  function stop(then?: () => void): void {
    asked = true; // no more warming up
    clearTimeout(idleTimer);
    server.close();
    rmSync(socket, { force: true });
    then?.();
    void queue.then(() => done(EXIT.ok));
  }

  if (!(await listen(server, socket))) return EXIT.ok; // another daemon took the socket first
  process.title = "mandat daemon";
  (await import("../check/resident.js")).keepResident();
  resetIdle();
  // Load the check's code now, so the first request does not wait for it; and when started by a
  // check, run that check again (same folder, staged or on disk, output dropped) a few times, until the
  // first request comes: V8 compiles the parser and rules well only after they have run, and a first
  // request would otherwise be nearly as slow as a fresh process. It writes nothing but the cache
  // lines that check writes anyway.
  // It waits a moment first: the check that started it is still running, and should not share the CPU.
  await new Promise((r) => setTimeout(r, WARM_UP_DELAY_MS).unref());
  await Promise.all([import("../check.js"), import("../rules/index.js"), import("./check.js"), import("../config/load.js")]);
  const warmUp = warmUpOf(io.env.MANDAT_DAEMON_WARM_UP);
  delete process.env.MANDAT_DAEMON_WARM_UP;
  // Those checks find every document in the cache, so they never parse one: the last round checks one
  // document without the cache, so that the parser, the schemas and the document rules have run too.
  const sample = warmUp && sampleDocument(warmUp);
  const rounds = warmUp ? [...Array.from({ length: WARM_UP_ROUNDS }, () => warmUp.argv), ...(sample ? [["check", "--no-cache", sample]] : [])] : [];
  for (const argv of rounds) {
    queue = queue.then(async () => {
      if (asked) return;
      const answer = await runCheck({ op: "check", program, cwd: warmUp!.cwd, argv, env: { ...process.env } as Record<string, string>, stdoutIsTTY: false, stderrIsTTY: false }, main);
      if ("code" in answer && (answer.code === EXIT.ok || answer.code === EXIT.problems)) warmUps++;
    });
  }
  return finished;
}

/**
 * The check to warm up on: the folder and kind (`--staged` or not) of the check that started the
 * daemon, never anything that writes files (`--fix`). Undefined when there is none.
 */
function warmUpOf(text: string | undefined): Pick<CheckRequest, "argv" | "cwd"> | undefined {
  try {
    const { cwd, argv } = JSON.parse(text ?? "") as { cwd: string; argv: string[] };
    if (typeof cwd !== "string" || !Array.isArray(argv)) return undefined;
    const root = argv.indexOf("--root");
    return { cwd, argv: ["check", ...(argv.includes("--staged") ? ["--staged"] : []), ...(root >= 0 && argv[root + 1] ? ["--root", argv[root + 1]!] : [])] };
  } catch {
    return undefined;
  }
}

/** A document to warm the parser on: the first in mandates/ of the warm-up's folder (or its `--root`); none when there is none. */
function sampleDocument(warmUp: Pick<CheckRequest, "argv" | "cwd">): string | undefined {
  const at = warmUp.argv.indexOf("--root");
  const root = resolve(warmUp.cwd, at >= 0 ? warmUp.argv[at + 1]! : ".");
  try {
    const name = readdirSync(join(root, "mandates")).sort().find((n) => n.endsWith(".md") && !n.startsWith("."));
    return name && join(root, "mandates", name);
  } catch {
    return undefined;
  }
}

/** Listens on the socket; false when a live daemon already does (a socket file left by a dead one is replaced). */
async function listen(server: Server, socket: string): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once("error", resolve);
      server.listen(socket, () => {
        server.off("error", resolve);
        resolve(undefined);
      });
    });
    if (!error) return true;
    if (error.code !== "EADDRINUSE" || attempt > 0) return false;
    if ((await ask(socket, { op: "status" })) !== "absent") return false;
    rmSync(socket, { force: true });
  }
}

/** One check, as the command line runs it, in the client's folder and environment. */
async function runCheck(request: CheckRequest, main: Main): Promise<CheckResponse> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const restoreEnv = replaceEnv(request.env);
  const before = process.cwd();
  try {
    process.chdir(request.cwd);
  } catch {
    restoreEnv();
    return { fallback: true };
  }
  try {
    forgetProgramHash();
    startTiming(Boolean(request.env.MANDAT_TIMING));
    const code = await main({
      argv: request.argv,
      cwd: request.cwd,
      env: process.env,
      stdout: { write: (s: string) => stdout.push(s), isTTY: request.stdoutIsTTY },
      stderr: { write: (s: string) => stderr.push(s), isTTY: request.stderrIsTTY },
    });
    return { code, stdout: stdout.join(""), stderr: stderr.join("") + timingReport() };
  } catch {
    return { fallback: true };
  } finally {
    process.chdir(before);
    restoreEnv();
  }
}

/** The process's environment becomes `next` (git and the workers see it); the returned function undoes that. */
function replaceEnv(next: Record<string, string>): () => void {
  const previous = { ...process.env };
  const set = (values: NodeJS.ProcessEnv) => {
    for (const name of Object.keys(process.env)) if (!(name in values)) delete process.env[name];
    Object.assign(process.env, values);
  };
  set(next);
  return () => set(previous);
}

function readRequest(conn: Socket, handle: (request: Request) => void): void {
  let text = "";
  conn.setEncoding("utf8");
  conn.on("error", () => undefined);
  conn.on("data", (chunk: string) => {
    text += chunk;
    const end = text.indexOf("\n");
    if (end < 0) return;
    conn.removeAllListeners("data");
    let request: Request;
    try {
      request = JSON.parse(text.slice(0, end)) as Request;
    } catch {
      conn.destroy();
      return;
    }
    handle(request);
  });
}

function reply(conn: Socket, message: unknown): void {
  conn.end(`${JSON.stringify(message)}\n`);
}

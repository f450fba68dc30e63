#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (`npm run compile`; `npm run build` and `npm test` do it too).
// The bundle (dist/bundle/, scripts/bundle.mjs) starts several times faster; it is used only when it is
// at least as new as tsc's output, so a `tsc` run without a new bundle is never shadowed by an old one.
import { statSync } from "node:fs";

const compiled = new URL("../dist/cli/", import.meta.url);
const bundled = new URL("../dist/bundle/", import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs;
const compiledAt = modified(new URL("main.js", compiled));
if (compiledAt === undefined) {
  process.stderr.write("mandat: dist/ saknas; kör npm run compile (eller npm run build) först.\n");
  process.exit(2);
}
const dir = (modified(new URL("main.js", bundled)) ?? -1) >= compiledAt ? bundled : compiled;
const argv = process.argv.slice(2);
const io = { argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };

// `check --daemon` (the pre-commit hook): the resident checker runs the check when one is up
// (src/cli/daemon.ts); when none is, the client starts one in the background and the check runs here.
const viaDaemon = argv.includes("check") && argv.includes("--daemon")
  ? await (await import(new URL("daemon-client.js", dir).href)).checkViaDaemon(io)
  : undefined;
process.exitCode = viaDaemon ?? (await runHere());

async function runHere() {
  const [{ main }, { InterruptController, STOP_SIGNALS, signalExitCode }] = await Promise.all([
    import(new URL("main.js", dir).href),
    import(new URL("interrupt.js", dir).href),
  ]);

  // Ctrl-C and kill: a build stops, closes Chromium and removes its temporary folders and lock, then
  // the process exits with 128 + the signal's number; a command with nothing to clean up (or a second
  // signal) exits at once. See src/cli/interrupt.ts. process.exit is called here and nowhere else.
  const interrupt = new InterruptController();
  let stoppedBy;
  for (const name of STOP_SIGNALS) {
    process.on(name, () => {
      stoppedBy ??= name;
      if (!interrupt.interrupt(name)) process.exit(signalExitCode(stoppedBy));
    });
  }

  const code = await main({ ...io, interrupt });
  if (stoppedBy) process.exit(signalExitCode(stoppedBy));
  return code;
}

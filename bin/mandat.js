#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (`npm run compile`; `npm run build` and `npm test` do it too).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("mandat: dist/ saknas; kör npm run compile (eller npm run build) först.\n");
  process.exit(2);
}
const [{ main }, { InterruptController, STOP_SIGNALS, signalExitCode }] = await Promise.all([
  import(entry.href),
  import(new URL("../dist/cli/interrupt.js", import.meta.url).href),
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

const code = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  interrupt,
});
if (stoppedBy) process.exit(signalExitCode(stoppedBy));
process.exitCode = code;

#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (`npm run compile`; `npm run build` and `npm test` do it too).
const { main } = await import("../dist/cli/main.js").catch((error) => {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  process.stderr.write("mandat: dist/ saknas; kör npm run compile (eller npm run build) först.\n");
  process.exit(2);
});
process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

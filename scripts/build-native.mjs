#!/usr/bin/env node
/**
 * Builds the native addon native/exchange (renameat2 with RENAME_EXCHANGE, so that `mandat build`
 * replaces the output folder in one step) with node-gyp. It never fails: without Linux, a compiler,
 * Node's headers or node-gyp, it prints one line and exits 0, and mandat replaces the output folder
 * with two renames instead. Run by `npm run compile`, `prepare` (npm ci / npm install) and
 * scripts/setup.sh; does nothing when the addon is newer than its sources.
 *
 * node-gyp is the one npm bundles and hands to every script it runs (npm_config_node_gyp), so it is
 * not a dependency of its own; outside npm a node-gyp in node_modules or on the PATH is used.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "native", "exchange");
const addon = join(dir, "build", "Release", "exchange.node");
const sources = ["exchange.c", "binding.gyp"].map((f) => join(dir, f));
const fallback = "mandat byter då utmappen med två namnbyten i stället för i ett steg.";

function skip(reason) {
  console.log(`mandat: native/exchange byggs inte (${reason}); ${fallback}`);
  process.exit(0);
}

if (process.platform !== "linux") skip("RENAME_EXCHANGE finns bara på Linux");
if (process.env.MANDAT_NO_EXCHANGE && process.env.MANDAT_NO_EXCHANGE !== "0") skip("MANDAT_NO_EXCHANGE är satt");
if (!sources.every((f) => existsSync(f))) skip("källorna saknas");
if (existsSync(addon) && sources.every((f) => statSync(f).mtimeMs <= statSync(addon).mtimeMs)) process.exit(0);

function nodeGyp() {
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return [process.execPath, process.env.npm_config_node_gyp];
  try {
    return [process.execPath, createRequire(import.meta.url).resolve("node-gyp/bin/node-gyp.js")];
  } catch {
    const which = spawnSync("sh", ["-c", "command -v node-gyp"], { encoding: "utf8" });
    return which.status === 0 && which.stdout.trim() ? [which.stdout.trim()] : undefined;
  }
}

const gyp = nodeGyp();
if (!gyp) skip("node-gyp saknas; kör via npm, t.ex. npm run build:native");
// Two minutes at most: node-gyp without local headers tries to download them, which can hang offline.
const run = spawnSync(gyp[0], [...gyp.slice(1), "rebuild", "--loglevel=error"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
if (run.status !== 0 || !existsSync(addon)) {
  // The one line that names the cause: node-gyp's own error, else the compiler's first error.
  const lines = `${run.stderr ?? ""}\n${run.stdout ?? ""}`.split("\n");
  const said = (lines.find((l) => /^gyp ERR! stack Error: /.test(l))?.replace(/^gyp ERR! stack Error: /, "") ?? lines.find((l) => /\berror\b/i.test(l)))?.trim();
  skip(run.error ? String(run.error.message) : (said ?? `node-gyp avslutades med ${run.status ?? run.signal}`).slice(0, 200));
}
console.log("mandat: byggde native/exchange (utmappen byts i ett steg)");

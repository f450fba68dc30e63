#!/usr/bin/env node
/**
 * Bundles the compiled JavaScript (dist/, from tsc) into dist/bundle/ with esbuild, which bin/mandat.js
 * runs. Why: Node 20 has no compile cache for ES modules, and a `mandat check` loaded some 400 files
 * (our modules, unified, micromark, yaml, ajv …) at every start — a third of a pre-commit hook's second.
 * Bundled, the same code is a few dozen files.
 *
 * - Code splitting keeps the lazy imports lazy: `check` never loads the printing path.
 * - Every entry keeps the name it has in dist/ (worker.js, render-worker.js, serve-worker.js,
 *   watchdog.js) because the code finds them with `new URL("./name.js", import.meta.url)`.
 * - The bundle sits two folders below the package root like dist/<stage>/, so the `../../schemas/`
 *   kind of URL resolves the same (src/util/package-file.ts).
 * - Packages that find their own files at run time, start their own workers or carry native binaries
 *   stay external (loaded from node_modules as before), as do those only the build uses.
 *
 * Run by `npm run compile` (and so by `npm run build`, `npm test`, `prepack`). bin/mandat.js uses the
 * bundle only when it is newer than dist/cli/main.js, so a plain `tsc` run is never shadowed by an old bundle.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = "dist/bundle";

const EXTERNAL = [
  // Find their own files, workers or binaries at run time.
  "piscina",
  "pagefind",
  "@pagefind/*",
  "@fontsource/*",
  "handlebars",
  // Only the build, print, sign and import paths use these (loaded lazily there).
  "puppeteer-core",
  "pdf-lib",
  "@signpdf/*",
  "node-forge",
  "mammoth",
  "elkjs",
];

// Bundled CommonJS packages (ajv, yaml …) may call require() or read __dirname: give ES modules both.
const BANNER = [
  'import { createRequire as __mandatRequire } from "node:module";',
  'import { fileURLToPath as __mandatPath } from "node:url";',
  'import { dirname as __mandatDirname } from "node:path";',
  "const require = __mandatRequire(import.meta.url);",
  "const __filename = __mandatPath(import.meta.url);",
  "const __dirname = __mandatDirname(__filename);",
].join(" ");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // An installed package (npm pack) ships the bundle made by prepack; without esbuild here, dist/ runs unbundled.
  process.stdout.write("mandat: esbuild saknas, dist/ körs utan bundling (långsammare start)\n");
  process.exit(0);
}

rmSync(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    main: "dist/cli/main.js",
    interrupt: "dist/cli/interrupt.js",
    "daemon-client": "dist/cli/daemon-client.js",
    worker: "dist/check/worker.js",
    "render-worker": "dist/html/render-worker.js",
    "serve-worker": "dist/cli/serve-worker.js",
    watchdog: "dist/pdf/watchdog.js",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  banner: { js: BANNER },
  chunkNames: "chunk-[hash]",
  legalComments: "linked",
  logLevel: "warning",
});

// The bundle's fingerprint, so the check cache (check/cache.ts programHash) need not read ~2.5 MB of
// code at every start to know which program made its entries.
const hash = createHash("sha256");
const dir = new URL(`../${outdir}/`, import.meta.url);
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".js")) continue;
  hash.update(`${name}\0`);
  hash.update(readFileSync(new URL(name, dir)));
}
writeFileSync(new URL("PROGRAM", dir), `${hash.digest("hex")}\n`);

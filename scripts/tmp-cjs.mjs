import * as esbuild from "esbuild";
const r = await esbuild.build({
  absWorkingDir: process.cwd(),
  entryPoints: { main: "dist/cli/main.js" },
  outdir: "dist/bundle-cjs", bundle: true, format: "cjs", platform: "node", target: "node20",
  external: ["piscina","pagefind","@pagefind/*","@fontsource/*","handlebars","puppeteer-core","pdf-lib","@signpdf/*","node-forge","mammoth","elkjs"],
  define: { "import.meta.url": "__mandatUrl" },
  banner: { js: 'var __mandatUrl = require("url").pathToFileURL(__filename).href;' },
  outExtension: { ".js": ".cjs" }, logLevel: "warning",
});

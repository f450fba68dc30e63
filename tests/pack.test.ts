/**
 * mandat as a package in another repository: `npm pack` (compiled code, schemas, templates, scaffold),
 * installed from the tarball into an empty folder, `mandat init`, then `mandat check` and `mandat
 * build` there, as a new organisation would start.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { pdfText } from "./helpers/pdf.js";
import { REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

const run = promisify(execFile);
const env = { ...process.env, NO_COLOR: "1", npm_config_loglevel: "error", npm_config_fund: "false", npm_config_audit: "false" };

let dir: string | undefined;
afterAll(() => removeDir(dir));

describe("npm pack → install → mandat init → check → build", () => {
  it(
    "starts a mandates repository from the tarball that checks clean and builds its PDF",
    async () => {
      dir = await tempDir("pack");
      // dist/ is compiled by `npm test` before the tests (and by prepack when packing by hand); packing
      // without scripts here keeps other tests' dist/ untouched while they run.
      const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));
      expect(pkg.scripts.prepack).toBe("tsc -p tsconfig.build.json && node scripts/precompile-schemas.mjs && node scripts/bundle.mjs");
      const { stdout: packed } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: REPO_ROOT, env });
      const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
      const files = info!.files.map((f) => f.path);
      for (const needed of ["bin/mandat.js", "dist/cli/main.js", "dist/bundle/main.js", "dist/bundle/worker.js", "dist/schemas.precompiled.cjs", "schemas/mandate.schema.json", "templates/letter.hbs", "scaffold/github/workflows/mandat.yml", "scaffold/githooks/pre-commit"]) expect(files).toContain(needed);
      expect(files.some((f) => f.startsWith("src/") || f.startsWith("tests/") || f.startsWith("mandates/"))).toBe(false);

      const app = join(dir, "app");
      await run("mkdir", [app]);
      await writeFile(join(app, "package.json"), JSON.stringify({ name: "mandat-app", private: true }) + "\n");
      await run("npm", ["install", "--ignore-scripts", join(dir, info!.filename)], { cwd: app, env });
      await run("git", ["init", "-q"], { cwd: app });
      const mandat = (...args: string[]) => run("npx", ["--no-install", "mandat", ...args], { cwd: app, env });

      const init = await mandat("init");
      expect(init.stdout).toContain("  mandates/exempelgrupp.md\n");
      expect(init.stdout).toContain("Pre-commit-kroken är aktiv (git config core.hooksPath .githooks).");
      expect(readFileSync(join(app, "mandates/registry/groups.yaml"), "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../node_modules/mandat/schemas/registry-groups.schema.json");
      expect(readFileSync(join(app, "mandates/exempelgrupp.md"), "utf8")).toContain("# yaml-language-server: $schema=../node_modules/mandat/schemas/mandate.schema.json\n");
      expect(existsSync(join(app, ".github/workflows/mandat.yml"))).toBe(true);

      const checked = await mandat("check");
      expect(checked.stdout).toBe("1 dokument kontrollerade: inga problem.\n");
      const again = await mandat("init").catch((e: { code: number; stderr: string }) => e);
      expect(again).toMatchObject({ code: 2 });

      const built = await mandat("build");
      // Progress and the summary go to stderr (stdout is for diagnostics).
      expect(built.stderr).toContain("Klart: 1 dokument, 1 PDF:er");
      const text = await pdfText(join(app, "build/pdf/exempelgrupp.pdf"));
      expect(text).toContain("Uppdragshandling för exempelgrupp");
      expect(text).toContain("Ordförande: Ulf Exempel, Utvecklingsdirektör");
      expect(text).toContain("Syfte med uppdraget");
    },
    600_000,
  );
});

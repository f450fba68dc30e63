/**
 * `mandat init`: starts a mandates repository where mandat is installed: registries, config, the
 * editor's schema references, the GitHub workflow, the pre-commit hook and one example document, all
 * passing `mandat check`. It never overwrites: a folder that already has mandates/ is refused.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { mandateDraft } from "../scaffold/drafts.js";
import { swedishToday } from "../util/date.js";
import { EXIT, UsageError, type Io } from "./io.js";
import { editorFiles } from "./editor.js";

/** The package's own folder (where schemas/ and scaffold/ are), from dist/cli/ or src/cli/. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCAFFOLD = join(PACKAGE_ROOT, "scaffold");

const posix = (p: string) => p.split(sep).join("/");

export async function runInit(o: { dir: string; io: Io; date?: string }): Promise<number> {
  const root = resolve(o.dir);
  if (existsSync(join(root, "mandates"))) throw new UsageError(`${posix(root)} har redan en mapp mandates/; mandat init börjar bara nya repositorier.`);
  const schemas = join(PACKAGE_ROOT, "schemas");
  const ref = (from: string) => posix(relative(join(root, from), schemas));
  const written: string[] = [];
  const write = async (rel: string, text: string) => {
    await mkdir(join(root, rel, ".."), { recursive: true });
    await writeFile(join(root, rel), text, { flag: "wx" });
    written.push(rel);
  };

  for (const name of (await readdir(join(SCAFFOLD, "mandates/registry"))).sort()) {
    const text = await readFile(join(SCAFFOLD, "mandates/registry", name), "utf8");
    await write(`mandates/registry/${name}`, text.replace("$SCHEMAS", ref("mandates/registry")));
  }
  await write(
    "mandat.config.json",
    JSON.stringify({ $schema: posix(relative(root, join(schemas, "config.schema.json"))), options: { "external-link-domain": { allowedDomains: ["example.se"] } } }, null, 2) + "\n",
  );
  await write(
    "mandates/exempelgrupp.md",
    mandateDraft(
      {
        group: "exempelgrupp",
        groupName: "Exempelgrupp",
        date: o.date ?? swedishToday(),
        diarienummer: "RS 2026-00001",
        issuer: "koncernkontoret",
        commissioner: { person: "exempel-regiondirektor", role: "regiondirektor" },
        chair: { person: "exempel-utvecklingsdirektor", role: "utvecklingsdirektor" },
      },
      ref("mandates") + "/mandate.schema.json",
    ),
  );
  for (const [from, to] of [
    ["github/workflows/mandat.yml", ".github/workflows/mandat.yml"],
    ["githooks/pre-commit", ".githooks/pre-commit"],
  ] as const) {
    if (existsSync(join(root, to))) continue;
    await mkdir(join(root, to, ".."), { recursive: true });
    await cp(join(SCAFFOLD, from), join(root, to));
    written.push(to);
  }
  await chmod(join(root, ".githooks/pre-commit"), 0o755).catch(() => undefined);
  for (const [rel, text] of Object.entries(editorFiles())) if (!existsSync(join(root, rel))) await write(rel, text);
  const ignore = join(root, ".gitignore");
  const have = existsSync(ignore) ? await readFile(ignore, "utf8") : "";
  const missing = ["node_modules/", "build/", ".mandat-cache/"].filter((l) => !have.split("\n").includes(l));
  if (missing.length > 0) {
    await writeFile(ignore, (have && !have.endsWith("\n") ? have + "\n" : have) + missing.join("\n") + "\n");
    written.push(".gitignore");
  }
  const hook = hookInstalled(root);
  o.io.stdout.write(
    `Skrev ${written.length} filer i ${posix(root)}:\n${written.map((f) => `  ${f}`).join("\n")}\n` +
      (hook
        ? "Pre-commit-kroken är aktiv (git config core.hooksPath .githooks).\n"
        : "Aktivera pre-commit-kroken i git-repositoriet med: git config core.hooksPath .githooks\n") +
      "Nästa steg: mandat check, sedan mandat new mandat <grupp-id> --register för er första riktiga grupp.\n",
  );
  return EXIT.ok;
}

/** Points git at .githooks when the folder is a git repository; false when it is not (or git is missing). */
function hookInstalled(root: string): boolean {
  try {
    execFileSync("git", ["-C", root, "rev-parse", "--git-dir"], { stdio: "ignore" });
    execFileSync("git", ["-C", root, "config", "core.hooksPath", ".githooks"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

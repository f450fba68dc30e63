/**
 * The editor's pull request, end to end in a real git repository with the real documents: `new` →
 * edit → the pre-commit hook stops a mistake → commit on a branch anyway → the workflow's check fails
 * with annotations on the right line → fix → the workflow's diff against main says what the change
 * does, and its build makes the PDFs. The mandat commands are read from the shipped workflow.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitAll, git, initRepo } from "./helpers/git.js";
import { exec as execProcess } from "./helpers/process.js";
import { BROWSER_TIMEOUT, copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";
import { workflowCommands } from "./helpers/workflow.js";

const BIN = join(REPO_ROOT, "bin/mandat.js");

// CI blanked: the workflow's commands behave as on an editor's machine.
const exec = (file: string, args: string[], cwd: string) => execProcess(file, args, cwd, { CI: "" });
const mandat = (args: string[], cwd: string) => exec(process.execPath, [BIN, ...args], cwd);
/** A step of the shipped workflow, by a word of its name, run as the workflow runs it. */
function step(words: string): string[] {
  const found = workflowCommands().filter((c) => c.job === "pull-request" && c.step.includes(words));
  expect(found, words).toHaveLength(1);
  return found[0]!.argv;
}

const DOC = "mandates/arbetsgrupp-hjarta.md";
let root: string;

beforeAll(async () => {
  root = await copyRepo("e2e");
  // The repository as mandat init leaves it: workflow, hook, and mandat installed under node_modules.
  await cp(join(REPO_ROOT, "scaffold/github"), join(root, ".github"), { recursive: true });
  await cp(join(REPO_ROOT, "scaffold/githooks"), join(root, ".githooks"), { recursive: true });
  await writeFile(join(root, ".gitignore"), "node_modules/\nbuild/\n.mandat-cache/\n");
  await mkdir(join(root, "node_modules/.bin"), { recursive: true });
  await symlink(BIN, join(root, "node_modules/.bin/mandat"));
  initRepo(root);
  git(root, "config", "core.hooksPath", ".githooks");
  git(root, "checkout", "-q", "-b", "ny-arbetsgrupp");
});
afterAll(() => (process.env.KEEP_E2E ? undefined : removeDir(root)));

describe("an editor's pull request", () => {
  it(
    "new → edit → blocked → fixed → summarised and built",
    async () => {
      // 1. Start the document.
      const created = await mandat(
        ["new", "mandat", "arbetsgrupp-hjarta", "--register", "--name", "Arbetsgrupp hjärta", "--diarienummer", "RS 2026-01234", "--commissioner", "jonas-claesson", "--chair", "karin-loostrom-muth"],
        root,
      );
      expect(created.code).toBe(0);

      // 2. Edit: the purpose, a participant, and a misspelt person id in reportsTo.
      const draft = await readFile(join(root, DOC), "utf8");
      const edited = draft
        .replace("<!-- Varför gruppen finns och vad den ska uppnå. -->", "Gruppen samordnar hjärtsjukvården i regionen.")
        .replace("reportsTo:\n  - person: jonas-claesson\n", "reportsTo:\n  - person: jonas-classon\n")
        .replace("    - text: Deltagarna i arbetsgrupp hjärta.\n", "    - text: Deltagarna i arbetsgrupp hjärta.\n    - text: Ann Ekberg-Jansson, Koncernkontoret\n      person: ann-ekberg-jansson\n");
      expect(edited).not.toBe(draft);
      await writeFile(join(root, DOC), edited);
      const line = edited.split("\n").indexOf("  - person: jonas-classon") + 1;
      expect(line).toBeGreaterThan(1);

      if (process.env.KEEP_E2E) console.error("STEP // 3.", root);
      // 3. The pre-commit hook stops the commit and says where.
      git(root, "add", "-A");
      const hooked = await exec("git", ["-c", "user.email=r@exempel.se", "-c", "user.name=R", "commit", "-q", "-m", "Ny arbetsgrupp"], root);
      expect(hooked.code, hooked.stderr).not.toBe(0);
      // git shows a hook's output on stderr.
      expect(hooked.stderr).toContain(`${DOC}:${line}:13  fel  Personen jonas-classon finns inte i registret. Menade du jonas-claesson?`);
      // The editor pushes anyway (the hook can be skipped; CI cannot).
      git(root, "commit", "-q", "--no-verify", "-m", "Ny arbetsgrupp");

      if (process.env.KEEP_E2E) console.error("STEP // 4.", root);
      // 4. CI: the workflow's check fails with an annotation on that line.
      const ci = await mandat(step("Kontrollera"), root);
      expect(ci.code).toBe(1);
      expect(ci.stdout).toContain(`::error file=${DOC},line=${line},col=13,endLine=${line},endColumn=26,title=reference-exists::Personen jonas-classon finns inte i registret. Menade du jonas-claesson?`);

      if (process.env.KEEP_E2E) console.error("STEP // 5.", root);
      // 5. Fix, and the hook lets the commit through.
      await writeFile(join(root, DOC), edited.replace("jonas-classon", "jonas-claesson"));
      git(root, "add", "-A");
      const fixed = await exec("git", ["-c", "user.email=r@exempel.se", "-c", "user.name=R", "commit", "-q", "-m", "Rätta id"], root);
      expect(fixed).toMatchObject({ code: 0 });
      expect((await mandat(step("Kontrollera"), root)).code).toBe(0);

      if (process.env.KEEP_E2E) console.error("STEP // 6.", root);
      // 6. The workflow's diff against main: the PR comment.
      const diff = await mandat(step("klartext"), root);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toBe(
        [
          "<!-- mandat-diff -->",
          "### Ändringar i mandaten (`main` → `HEAD`)",
          "",
          "1 dokument ändrat, 1 ändring i registren.",
          "",
          "#### Arbetsgrupp hjärta — `mandates/arbetsgrupp-hjarta.md` (nytt)",
          "",
          "- **Nytt dokument (status utkast)**",
          "",
          "#### Registren",
          "",
          "- Ny grupp i registret: Arbetsgrupp hjärta (arbetsgrupp-hjarta)",
          "",
          "**PDF:er som skrivs ut på nytt:** `pdf/arbetsgrupp-hjarta.pdf`",
          "",
        ].join("\n"),
      );

      if (process.env.KEEP_E2E) console.error("STEP // 7.", root);
      // 7. The workflow's summary check and build: the draft's PDF is among the artefacts.
      const summary = await mandat(step("Sammanfattning"), root);
      expect(summary.stdout).toMatch(/^6 dokument kontrollerade: inga problem\./);
      const built = await mandat(step("Bygg"), root);
      expect(built.code, built.stderr).toBe(0);
      expect(existsSync(join(root, "build/pdf/arbetsgrupp-hjarta.pdf"))).toBe(true);

      if (process.env.KEEP_E2E) console.error("STEP // 8.", root);
      // 8. A later revision on the branch: the chair changes, and the diff says so in words.
      await writeFile(join(root, DOC), (await readFile(join(root, DOC), "utf8")).replace("chair:\n  person: karin-loostrom-muth\n  role: halso-och-sjukvardsutvecklingsdirektor\n", "chair:\n  person: ann-ekberg-jansson\n"));
      commitAll(root, "Ny ordförande");
      const second = await mandat(["diff", "HEAD~1", "HEAD"], root);
      expect(second.stdout).toContain("  Ordförande: Karin Looström Muth (Hälso- och sjukvårdsutvecklingsdirektör) → Ann Ekberg-Jansson\n");
    },
    // Eleven runs of mandat and one Chromium build, on a shared machine.
    BROWSER_TIMEOUT * 5,
  );
});

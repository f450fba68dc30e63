/**
 * The pre-commit hook checks what is staged, not what is on disk: the shipped hook (scaffold/githooks)
 * run by a real `git commit` in a real git repository with the real documents. A broken staged version
 * is blocked even when the file on disk has been fixed; a good staged version lands even when the file
 * on disk has a broken edit. Deletions and renames count as staged; CRLF and invalid UTF-8 are
 * reported exactly as `mandat check` reports them on disk.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { loadConfig } from "../src/config/load.js";
import { DEFAULT_LIMITS } from "../src/config/types.js";
import { stagedFiles } from "../src/load/staged.js";
import { git, initRepo } from "./helpers/git.js";
import { exec } from "./helpers/process.js";
import { copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";

const BIN = join(REPO_ROOT, "bin/mandat.js");
const TIMEOUT = 120_000;

const mandat = (args: string[]) => exec(process.execPath, [BIN, ...args], root);
/** A real `git commit`, which runs .githooks/pre-commit; the hook's output is on stderr. */
const commit = (...args: string[]) => exec("git", ["-c", "user.email=r@exempel.se", "-c", "user.name=R", "commit", "-q", "-m", "Ändring", ...args], root);
/** The diagnostic lines ("  file:line:col  fel  message  rule") of a stylish output. */
const diagnosticLines = (text: string) => text.split("\n").filter((l) => /^\s+mandates\/\S+:\d+:\d+\s+(fel|varning)\s/.test(l)).map((l) => l.trim());

const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const SHARED = "mandates/standardtexter/samordningsrad.md";
let root: string;
/** The first commit: every case starts from it. */
let base: string;
let good: string;
/** The meeting notes with a misspelt person id on line 17, column 15. */
let broken: string;
const MISSPELT = `${NOTES}:17:15  fel  Personen anna-lind finns inte i registret. Menade du anna-lindh?  reference-exists`;

beforeAll(async () => {
  root = await copyRepo("staged");
  // The repository as mandat init leaves it: the hook, and mandat installed under node_modules.
  await cp(join(REPO_ROOT, "scaffold/githooks"), join(root, ".githooks"), { recursive: true });
  await writeFile(join(root, ".gitignore"), "node_modules/\nbuild/\n.mandat-cache/\n");
  await mkdir(join(root, "node_modules/.bin"), { recursive: true });
  await symlink(BIN, join(root, "node_modules/.bin/mandat"));
  await writeFile(join(root, "README.md"), "Mandat\n");
  initRepo(root);
  git(root, "config", "core.hooksPath", ".githooks");
  base = git(root, "rev-parse", "HEAD").trim();
  good = await readFile(join(root, NOTES), "utf8");
  broken = good.replace("person: anna-lindh,", "person: anna-lind,");
  expect(broken).not.toBe(good);
}, TIMEOUT);
afterAll(() => removeDir(root));
beforeEach(() => {
  // Every case starts from the committed state, index and disk alike.
  git(root, "reset", "-q", "--hard", base);
});

describe("the pre-commit hook checks the staged documents", () => {
  it(
    "blocks a broken staged version whose file on disk has since been fixed (unstaged)",
    async () => {
      await writeFile(join(root, NOTES), broken);
      git(root, "add", NOTES);
      await writeFile(join(root, NOTES), good);
      // On disk all is well, so a check of the working files would let the commit through.
      expect((await mandat(["check"])).code).toBe(0);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual([MISSPELT]);
      // The code frame shows the staged text, not the disk's.
      expect(hooked.stderr).toContain("> 17 |   - { person: anna-lind, organisation: sahlgrenska-universitetssjukhuset }");
      expect(git(root, "rev-parse", "HEAD").trim()).toBe(base);
    },
    TIMEOUT,
  );

  it(
    "lets a good staged version land although the file on disk has a broken edit (unstaged)",
    async () => {
      await writeFile(join(root, NOTES), `${good}\nMötet avslutades.\n`);
      git(root, "add", NOTES);
      await writeFile(join(root, NOTES), broken);
      expect(diagnosticLines((await mandat(["check"])).stdout)).toEqual([MISSPELT]);
      const hooked = await commit();
      expect(hooked, hooked.stderr).toMatchObject({ code: 0 });
      expect(git(root, "rev-parse", "HEAD~1").trim()).toBe(base);
      // What landed is the staged version; the broken edit is still only on disk.
      expect(git(root, "show", `HEAD:${NOTES}`)).not.toContain("anna-lind,");
      expect(git(root, "status", "--porcelain")).toBe(` M ${NOTES}\n`);
    },
    TIMEOUT,
  );

  it(
    "checks what `git commit <path>` commits (the working file of that path), through the index git gives the hook",
    async () => {
      // Staged: the good text; on disk: the broken one, which `git commit <path>` takes instead.
      await writeFile(join(root, NOTES), broken);
      const hooked = await commit("--", NOTES);
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual([MISSPELT]);
    },
    TIMEOUT,
  );

  it(
    "blocks a staged deletion that breaks other documents, with the diagnostics in those documents",
    async () => {
      // The shared text is deleted from the index (git rm --cached): still on disk, absent for the commit.
      git(root, "rm", "-q", "--cached", SHARED);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual([
        `mandates/samordningsrad-infektion.md:98:21  fel  Den gemensamma texten ${SHARED} finns inte.  include`,
        `mandates/samordningsrad-onkologi.md:88:21  fel  Den gemensamma texten ${SHARED} finns inte.  include`,
      ]);
      // A document deleted with everything that refers to it lands.
      git(root, "reset", "-q", "--hard", base);
      git(root, "rm", "-q", NOTES);
      expect(await commit()).toMatchObject({ code: 0 });
      expect(git(root, "ls-files", "mandates/motesanteckningar")).toBe("");
    },
    TIMEOUT,
  );

  it(
    "follows staged renames: diagnostics at the new path, includes of a renamed shared text broken",
    async () => {
      const moved = "mandates/motesanteckningar/2026-02-19-utveckling-hos.md";
      git(root, "mv", NOTES, moved);
      await writeFile(join(root, moved), broken);
      git(root, "add", moved);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual([MISSPELT.replace(NOTES, moved)]);
      await writeFile(join(root, moved), good);
      git(root, "add", moved);
      const landed = await commit();
      expect(landed, landed.stderr).toMatchObject({ code: 0 });
      expect(git(root, "show", "--name-status", "--format=", "-M", "HEAD")).toBe(`R100\t${NOTES}\t${moved}\n`);

      // A shared text renamed without its includes: both councils that include it are blocked.
      git(root, "mv", SHARED, "mandates/standardtexter/samordningsrad-gemensamt.md");
      const renamedShared = await commit();
      expect(renamedShared.code).not.toBe(0);
      expect(diagnosticLines(renamedShared.stderr)).toEqual([
        `mandates/samordningsrad-infektion.md:98:21  fel  Den gemensamma texten ${SHARED} finns inte. Menade du mandates/standardtexter/samordningsrad-gemensamt.md?  include`,
        `mandates/samordningsrad-onkologi.md:88:21  fel  Den gemensamma texten ${SHARED} finns inte. Menade du mandates/standardtexter/samordningsrad-gemensamt.md?  include`,
      ]);
    },
    TIMEOUT,
  );

  it(
    "reports a staged file with CRLF line ends like the same file on disk",
    async () => {
      await writeFile(join(root, NOTES), broken.replace(/\n/g, "\r\n"));
      const onDisk = diagnosticLines((await mandat(["check"])).stdout);
      expect(onDisk).toEqual([MISSPELT]);
      git(root, "add", NOTES);
      await writeFile(join(root, NOTES), good);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual(onDisk);
    },
    TIMEOUT,
  );

  it(
    "reports a staged file that is not UTF-8 like the same file on disk",
    async () => {
      await writeFile(join(root, NOTES), Buffer.concat([Buffer.from(good), Buffer.from([0x78, 0xff, 0x79, 0x0a])]));
      const onDisk = diagnosticLines((await mandat(["check"])).stdout);
      expect(onDisk).toHaveLength(1);
      expect(onDisk[0]).toMatch(new RegExp(`^${NOTES}:\\d+:2  fel  Filen är inte giltig UTF-8: byten 0xFF`));
      git(root, "add", NOTES);
      await writeFile(join(root, NOTES), good);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual(onDisk);
    },
    TIMEOUT,
  );

  it(
    "follows a staged symbolic link inside the index and refuses one that leads out, as on disk",
    async () => {
      await symlink("/etc/hostname", join(root, "mandates/ut.md"));
      await symlink("samordningsrad-onkologi.md", join(root, "mandates/lank.md"));
      git(root, "add", "mandates");
      const onDisk = diagnosticLines((await mandat(["check"])).stdout);
      expect(onDisk).toEqual([
        "mandates/samordningsrad-onkologi.md:7:8  fel  Gruppen samordningsrad-onkologi har redan en uppdragshandling.  duplicate-id",
        "mandates/ut.md:1:1  fel  mandates/ut.md leder utanför repositoriet (en symbolisk länk eller en sökväg ut ur roten), så den läses inte.  file-access",
      ]);
      // On disk the links are gone; in the index they remain.
      await rm(join(root, "mandates/ut.md"));
      await rm(join(root, "mandates/lank.md"));
      expect((await mandat(["check"])).code).toBe(0);
      const hooked = await commit();
      expect(hooked.code).not.toBe(0);
      expect(diagnosticLines(hooked.stderr)).toEqual(onDisk);
    },
    TIMEOUT,
  );

  it(
    "applies the size limit to the staged file, not to the file on disk",
    async () => {
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: Buffer.byteLength(good) + 10 };
      const config = { ...(await loadConfig(root)).config!, limits };
      await writeFile(join(root, NOTES), `${good}\n${"Mötet avslutades. ".repeat(20)}\n`);
      git(root, "add", NOTES);
      await writeFile(join(root, NOTES), good);
      const size = Number(git(root, "cat-file", "-s", `:${NOTES}`).trim());
      const staged = await check({ root, config, cache: false, jobs: 1, files: stagedFiles(root, limits) });
      expect(staged.diagnostics.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId} ${d.message}`)).toEqual([
        `${NOTES}:1:1 limits Filen är ${size} byte, mer än gränsen ${limits.maxFileBytes} byte, så den kontrolleras inte.`,
      ]);
      expect((await check({ root, config, cache: false, jobs: 1 })).errorCount).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "leaves a commit with nothing under mandates/ to git at once, and check --staged outside git is a usage error",
    async () => {
      // A broken document in the last commit: a hook that ran the check would stop the next commit.
      await writeFile(join(root, NOTES), broken);
      git(root, "add", NOTES);
      expect((await commit("--no-verify")).code).toBe(0);
      expect((await mandat(["check", "--staged"])).code).toBe(1);
      await writeFile(join(root, "README.md"), "Mandat, reviderad\n");
      git(root, "add", "README.md");
      expect(await commit()).toMatchObject({ code: 0, stderr: "" });

      // Outside any git work tree (the system's temporary folder, not this repository's tests/.tmp).
      const outside = await mkdtemp(join(tmpdir(), "mandat-utan-git-"));
      await mkdir(join(outside, "mandates"));
      try {
        const ran = await exec(process.execPath, [BIN, "check", "--staged"], outside);
        expect(ran.code).toBe(2);
        expect(ran.stderr).toMatch(/^mandat: --staged läser dokumenten ur gits index, men .* är inte i ett git-repositorium/);
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});

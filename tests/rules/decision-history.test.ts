/**
 * decision-history against a real git repository: the fictional base fixture committed in a temporary
 * repository, then edited in the work tree (and in later commits) the way an editor would.
 */
import { execFileSync } from "node:child_process";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { gitBlobId, gitHistory, provenanceOf } from "../../src/load/git-history.js";
import { project, type Project } from "../helpers/project.js";
import { pointOf } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
let p: Project | undefined;
afterEach(async () => {
  await p?.remove();
  p = undefined;
});

function git(root: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "t@exempel.se", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "t@exempel.se", GIT_AUTHOR_DATE: "2026-01-20T12:00:00Z", GIT_COMMITTER_DATE: "2026-01-20T12:00:00Z" },
  });
}

async function repo(): Promise<string> {
  p = await project();
  git(p.root, "init", "-q", "-b", "main");
  git(p.root, "add", "-A");
  git(p.root, "commit", "-q", "-m", "Adopted mandate");
  return p.root;
}

async function edit(root: string, from: string, to: string): Promise<void> {
  const file = join(root, MANDATE);
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

async function findings(root: string) {
  // --no-cache is not needed: the rule runs outside the per-document cache; the cache stays on here on purpose.
  const result = await check({ root, today: "2026-11-23" });
  return result.diagnostics.filter((d) => d.ruleId === "decision-history");
}

describe("decision-history (real git repository)", () => {
  it("is quiet while the adopted mandate is unchanged, committed or not", async () => {
    const root = await repo();
    expect(await findings(root)).toEqual([]);
  });

  it("rejects a changed diarienummer without a new decision, at the value, naming the commit", async () => {
    const root = await repo();
    const commit = git(root, "rev-parse", "--short=10", "HEAD").trim();
    await edit(root, "diarienummer: RS 2026-00001", "diarienummer: RS 2026-00002");
    const [d, ...rest] = await findings(root);
    expect(rest).toEqual([]);
    const at = pointOf(await readFile(join(root, MANDATE), "utf8"), "RS 2026-00002");
    expect(d).toMatchObject({
      file: MANDATE,
      severity: "error",
      place: { start: { line: at.line, column: at.column } },
      message: `Diarienumret har ändrats sedan den fastställda versionen (commit ${commit}, 2026-01-20): var RS 2026-00001, nu RS 2026-00002. Beslutet är detsamma.`,
    });
  });

  it("reads git for itself when a mandate does not look adopted before it is parsed (a quoted key): the same finding", async () => {
    const root = await repo();
    await edit(root, "\ndecision:\n", '\n"decision":\n');
    await edit(root, "diarienummer: RS 2026-00001", "diarienummer: RS 2026-00002");
    for (const cache of [true, false]) {
      const result = await check({ root, today: "2026-11-23", cache });
      expect(result.diagnostics.filter((d) => d.ruleId === "decision-history").map((d) => d.message)).toEqual([
        expect.stringMatching(/^Diarienumret har ändrats sedan den fastställda versionen \(commit [0-9a-f]{10}, 2026-01-20\): var RS 2026-00001, nu RS 2026-00002\./),
      ]);
    }
  });

  it("rejects a changed decision maker and changed body text, also once committed (CI checks a commit)", async () => {
    const root = await repo();
    await edit(root, "    person: rut-regin\n", "    person: ulla-utveckling\n");
    await edit(root, "Styrgruppen samordnar arbetet", "Styrgruppen leder arbetet");
    git(root, "commit", "-q", "-am", "Edit without decision");
    const found = await findings(root);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Innehållet har ändrats sedan den fastställda versionen \(commit [0-9a-f]{10}, 2026-01-20\) utan nytt beslut: brödtexten\.$/),
      expect.stringMatching(/^Beslutsfattaren har ändrats sedan den fastställda versionen \(commit [0-9a-f]{10}, 2026-01-20\): var rut-regin, regiondirektor, nu ulla-utveckling, regiondirektor\./),
    ]);
  });

  it("keeps the git log it read under the commit, and reads git again after a new commit", async () => {
    const root = await repo();
    const logs = () => readdir(join(root, ".mandat-cache/git-log"), { recursive: true }).then((names) => names.filter((n) => /^[0-9a-f]{64}$/.test(basename(n))).length).catch(() => 0);
    expect(await findings(root)).toEqual([]);
    expect(await logs()).toBe(1);
    // The same HEAD: the kept log answers (and is right for it).
    await edit(root, "Styrgruppen samordnar arbetet", "Styrgruppen leder arbetet");
    expect((await findings(root)).map((d) => d.message)).toEqual([expect.stringMatching(/utan nytt beslut: brödtexten\.$/)]);
    // A new decision committed: the next edit is compared with it, which only a log read at the new HEAD knows.
    await edit(root, "  date: 2026-01-20", "  date: 2026-10-01");
    git(root, "commit", "-q", "-am", "New decision");
    const decided = git(root, "rev-parse", "--short=10", "HEAD").trim();
    await edit(root, "Styrgruppen leder arbetet", "Styrgruppen styr arbetet");
    expect((await findings(root)).map((d) => d.message)).toEqual([`Innehållet har ändrats sedan den fastställda versionen (commit ${decided}, 2026-01-20) utan nytt beslut: brödtexten.`]);
    // Only the log at HEAD is kept.
    expect(await logs()).toBe(1);
    // --no-cache reads git and keeps nothing.
    await rm(join(root, ".mandat-cache"), { recursive: true, force: true });
    const uncached = await check({ root, today: "2026-11-23", cache: false });
    expect(uncached.diagnostics.filter((d) => d.ruleId === "decision-history")).toHaveLength(1);
    expect(await logs()).toBe(0);
  });

  it("accepts the same changes with a new, later decision date", async () => {
    const root = await repo();
    await edit(root, "diarienummer: RS 2026-00001", "diarienummer: RS 2026-00002");
    await edit(root, "Styrgruppen samordnar arbetet", "Styrgruppen leder arbetet");
    await edit(root, "  date: 2026-01-20", "  date: 2026-10-01");
    expect(await findings(root)).toEqual([]);
    git(root, "commit", "-q", "-am", "New decision");
    expect(await findings(root)).toEqual([]);
  });

  it("rejects a decision date moved back before the adopted one", async () => {
    const root = await repo();
    await edit(root, "  date: 2026-01-20", "  date: 2026-01-15");
    const [d] = await findings(root);
    expect(d?.message).toMatch(/^Beslutsdatumet 2026-01-15 ligger före beslutet 2026-01-20 i den fastställda versionen/);
  });

  it("lets editorial fields change (title, distribution, review date) and a draft change freely", async () => {
    const root = await repo();
    await edit(root, "title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för styrgrupp alfa, reviderad");
    await edit(root, "distribution:\n", "reviewBy: 2027-12-31\ndistribution:\n");
    expect(await findings(root)).toEqual([]);
  });

  it("follows a renamed file to its adopted revision", async () => {
    const root = await repo();
    await rename(join(root, MANDATE), join(root, "mandates/styrgrupp-alfa-ny.md"));
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "Rename");
    const file = join(root, "mandates/styrgrupp-alfa-ny.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("diarienummer: RS 2026-00001", "diarienummer: RS 2026-00002"));
    const found = await findings(root);
    expect(found.map((d) => [d.file, d.message])).toEqual([["mandates/styrgrupp-alfa-ny.md", expect.stringMatching(/^Diarienumret har ändrats sedan den fastställda versionen/)]]);
  });

  it("compares with the last adopted revision, not a draft in between", async () => {
    const root = await repo();
    // A commit that made it a draft again (decision removed), then adopted anew with the old date but other text.
    await edit(root, "type: uppdragshandling\n", "type: uppdragshandling\nstatus: utkast\n");
    await edit(root, "decision:\n  date: 2026-01-20\n  decidedBy:\n    person: rut-regin\n    role: regiondirektor\n", "");
    git(root, "commit", "-q", "-am", "Draft");
    await edit(root, "status: utkast\n", "");
    await edit(root, "distribution:\n", "decision:\n  date: 2026-01-20\n  decidedBy:\n    person: rut-regin\n    role: regiondirektor\ndistribution:\n");
    await edit(root, "Styrgruppen samordnar arbetet", "Styrgruppen leder arbetet");
    const found = await findings(root);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/utan nytt beslut: brödtexten\.$/)]);
  });

  it("a cached check still sees a new commit (the rule is not part of the per-document cache)", async () => {
    const root = await repo();
    await edit(root, "Styrgruppen samordnar arbetet", "Styrgruppen leder arbetet");
    expect(await findings(root)).toHaveLength(1);
    // The same text, now adopted by a new decision in a commit of its own — the document is unchanged
    // for the cache, but the history is not: committing the edited text as adopted (with the date
    // moved forward and back) leaves nothing to report.
    await edit(root, "  date: 2026-01-20", "  date: 2026-03-01");
    git(root, "commit", "-q", "-am", "New decision");
    await edit(root, "  date: 2026-03-01", "  date: 2026-01-20");
    const again = await findings(root);
    expect(again.map((d) => d.message)).toEqual([expect.stringMatching(/^Beslutsdatumet 2026-01-20 ligger före beslutet 2026-03-01/)]);
  });

  it("outside a git repository there is no history and nothing to say", async () => {
    p = await project();
    await writeFile(join(p.root, ".git"), "gitdir: /nonexistent\n");
    expect(await findings(p.root)).toEqual([]);
  });
});

describe("git history as the rules and the build read it", () => {
  it("gives each revision its object id, so an unchanged file is known without reading it, and a changed one is told", async () => {
    const root = await repo();
    const file = join(root, MANDATE);
    const [first] = provenanceOf(root, [{ absolute: file, text: await readFile(file, "utf8") }]);
    expect(first).toMatchObject({ path: MANDATE, commit: git(root, "rev-parse", "HEAD").trim(), modified: false });
    const history = gitHistory(join(root, "mandates"))!;
    expect(history.revisions(file)[0]!.blob).toBe(gitBlobId(await readFile(file, "utf8")));
    expect(gitBlobId(await readFile(file, "utf8"))).toBe(git(root, "hash-object", MANDATE).trim());
    await edit(root, "## Syfte", "## Syftet");
    const [second] = provenanceOf(root, [{ absolute: file, text: await readFile(file, "utf8") }]);
    expect(second!.modified).toBe(true);
  });
});

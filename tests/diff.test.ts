/** `mandat diff`: a real git repository, changes an editor makes, the summary a reviewer reads. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "./helpers/fixture.js";
import { commitAll, git, initRepo } from "./helpers/git.js";
import { copyOf, edits, project, replace, type Project } from "./helpers/project.js";

let p: Project;
beforeEach(async () => {
  p = await project();
  initRepo(p.root);
  git(p.root, "checkout", "-q", "-b", "andring");
});
afterEach(() => p.remove());

const MANDATE = "mandates/styrgrupp-alfa.md";

async function change(): Promise<void> {
  const { writeFile, readFile } = await import("node:fs/promises");
  const path = `${p.root}/${MANDATE}`;
  const text = await readFile(path, "utf8");
  await writeFile(
    path,
    edits(
      replace("chair:\n  person: ulla-utveckling\n  role: utvecklingsdirektor", "chair:\n  person: sam-samordnare\n  role: samordnare"),
      replace("      organisations: [alfasjukhuset, betakliniken]\n", "      organisations: [alfasjukhuset, betakliniken]\n    - person: berit-beta\n"),
      replace("  min: 4\n  max: 6\n", "  min: 6\n  max: 8\n"),
      replace("Ordföranden fattar beslut.", "Ordföranden fattar beslut. Gruppen informeras vid nästa möte."),
    )(text),
  );
}

describe("mandat diff", () => {
  it("says in domain words what changed between main and the working copy", async () => {
    await change();
    const r = await cli(["diff", "main"], p.root);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      [
        "Ändringar från main till arbetskopian: 1 dokument ändrat.",
        "",
        "mandates/styrgrupp-alfa.md — Styrgrupp alfa (ändrat)",
        "  Ordförande: Ulla Utveckling (Utvecklingsdirektör) → Sam Samordnare (Samordnare)",
        "  Ny deltagare: Berit Beta",
        "  Mötesfrekvens ändrad: 4–6 gånger per år → 6–8 gånger per år",
        "  Avsnittet Beslutsordning ändrat",
        "    + Gruppen informeras vid nästa möte.",
        "",
        "PDF:er som skrivs ut på nytt: pdf/styrgrupp-alfa.pdf",
        "",
      ].join("\n"),
    );
  });

  it("compares two commits, names new groups and documents, and a Markdown comment for the pull request", async () => {
    await change();
    commitAll(p.root, "Ny ordförande");
    const created = await cli(["new", "mandat", "arbetsgrupp-gamma", "--register", "--name", "Arbetsgrupp gamma", "--diarienummer", "RS 2026-00002", "--commissioner", "rut-regin", "--chair", "berit-beta", "--date", "2026-03-01"], p.root);
    expect(created.code).toBe(0);
    commitAll(p.root, "Ny grupp");
    const r = await cli(["diff", "main", "andring", "--format", "markdown"], p.root);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("<!-- mandat-diff -->");
    expect(r.stdout).toContain("### Ändringar i mandaten (`main` → `andring`)\n\n2 dokument ändrade, 1 ändring i registren.\n");
    expect(r.stdout).toContain("#### Arbetsgrupp gamma — `mandates/arbetsgrupp-gamma.md` (nytt)\n\n- **Nytt dokument (status utkast)**\n");
    expect(r.stdout).toContain("- **Ordförande: Ulla Utveckling (Utvecklingsdirektör) → Sam Samordnare (Samordnare)**\n");
    expect(r.stdout).toContain("  ```diff\n  + Gruppen informeras vid nästa möte.\n  ```\n");
    expect(r.stdout).toContain("- Ny grupp i registret: Arbetsgrupp gamma (arbetsgrupp-gamma)\n");
    expect(r.stdout).toContain("**PDF:er som skrivs ut på nytt:** `pdf/arbetsgrupp-gamma.pdf`, `pdf/styrgrupp-alfa.pdf`\n");
  });

  it("names the documents a renamed group reaches, and a status change", async () => {
    await p.read("mandates/registry/groups.yaml");
    const { writeFile, readFile } = await import("node:fs/promises");
    const groups = `${p.root}/mandates/registry/groups.yaml`;
    await writeFile(groups, (await readFile(groups, "utf8")).replace("name: Arbetsgrupp beta", "name: Arbetsgrupp beta (vilande)"));
    const mandate = `${p.root}/${MANDATE}`;
    await writeFile(mandate, (await readFile(mandate, "utf8")).replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: utkast\n").replace(/decision:\n(?: {2}.*\n)+/, ""));
    const r = await cli(["diff", "main"], p.root);
    expect(r.stdout).toContain("  Status: fastställd → utkast\n");
    expect(r.stdout).toContain("  Beslutet borttaget\n");
    expect(r.stdout).toContain("Registren\n  Grupp bytt namn: Arbetsgrupp beta → Arbetsgrupp beta (vilande) (arbetsgrupp-beta) — berör mandates/styrgrupp-alfa.md\n");
  });

  it("refuses a revision git does not know (exit 2)", async () => {
    const r = await cli(["diff", "finns-inte"], p.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mandat: Git känner inte revisionen finns-inte i .*\. Ange en gren, en tagg eller en commit, till exempel main\.\n$/);
  });
});

describe("mandat diff and references", () => {
  it("names the other groups' mandates that refer to a changed group", async () => {
    const q = await project({
      "mandates/arbetsgrupp-beta.md": copyOf(
        MANDATE,
        edits(replace("title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för arbetsgrupp beta"), replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), replace("  - group: ledningsgruppen", "  - group: styrgrupp-alfa")),
      ),
    });
    try {
      initRepo(q.root);
      const { writeFile, readFile } = await import("node:fs/promises");
      const path = `${q.root}/${MANDATE}`;
      await writeFile(path, (await readFile(path, "utf8")).replace("  min: 4\n  max: 6\n", "  min: 6\n  max: 8\n"));
      const r = await cli(["diff", "main"], q.root);
      expect(r.stdout).toContain("  Mötesfrekvens ändrad: 4–6 gånger per år → 6–8 gånger per år\n  Hänvisar hit: Arbetsgrupp beta (mandates/arbetsgrupp-beta.md)\n");
      const md = await cli(["diff", "main", "--format", "markdown"], q.root);
      expect(md.stdout).toContain("Hänvisar till gruppen: Arbetsgrupp beta (`mandates/arbetsgrupp-beta.md`).");
    } finally {
      await q.remove();
    }
  });
});

/**
 * `mandat check --fix` on copies: the fictional repository with mistakes that have one fix each, a
 * suppressed one and ones that need a human; and the real documents, whose mistakes are all
 * acknowledged, so nothing may change there.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, copyMandates, type Fixture } from "./helpers/fixture.js";
import { edits, project, replace, type Project } from "./helpers/project.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SENTENCE = "Styrgruppen samordnar arbetet enligt RS 2020-00001.";
const COMMUNICATION = "Anteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).";

const copies: (Project | Fixture)[] = [];
afterAll(() => Promise.all(copies.map((c) => c.remove())));

describe("mandat check --fix on the fictional repository", () => {
  it("applies the unambiguous suggestions, says what it changed, leaves suppressed lines, and then only what needs a human remains", async () => {
    const repo = await project({
      [MANDATE]: edits(
        // Fixable: a diarienummer in lower case with a short serial; a misspelt organisation; a person's first name one letter off.
        replace(SENTENCE, `${SENTENCE} Se även rs 2020-1 och Ula Utveckling.`),
        replace("    - text: Företrädare för Alfasjukhuset och Betakliniken", "    - text: Företrädare för Alfa sjukhuset och Betakliniken"),
        // Acknowledged: the same kind of mistake, suppressed, must stay as written.
        replace(
          COMMUNICATION,
          `${COMMUNICATION}\n\n<!-- mandat-disable-next-line diarienummer-format -- som i originalet -->\nTidigare beslut: RS 2020 – 00001.\n\nSe [portalen](https://portal.example.com/).`,
        ),
      ),
      // Fixable: a guest listed for the wrong agenda item (responsible for item 2).
      [NOTES]: replace("  - { person: rut-regin, items: [2] }", "  - { person: rut-regin, items: [1] }"),
    });
    copies.push(repo);

    const before = await cli(["check", "--no-cache"], repo.root);
    expect(before.code).toBe(1);

    const run = await cli(["check", "--fix"], repo.root);
    expect(run.stdout).toContain("Rättade 4 ställen (mandat check --fix):\n");
    expect(run.stdout).toMatch(/mandates\/motesanteckningar\/2026-02-01-styrgrupp-alfa\.md:\d+:\d+ {2}"1" → "2" {2}guest-item-responsible/);
    expect(run.stdout).toContain('"Alfa sjukhuset" → "Alfasjukhuset"  name-near-miss');
    expect(run.stdout).toContain('"rs 2020-1" → "RS 2020-00001"  diarienummer-format');
    expect(run.stdout).toContain('"Ula Utveckling" → "Ulla Utveckling"  person-name');

    const mandate = await repo.read(MANDATE);
    expect(mandate).toContain("Se även RS 2020-00001 och Ulla Utveckling.");
    expect(mandate).toContain("    - text: Företrädare för Alfasjukhuset och Betakliniken");
    // The acknowledged mistake is exactly as it was.
    expect(mandate).toContain("Tidigare beslut: RS 2020 – 00001.");
    expect(await repo.read(NOTES)).toContain("  - { person: rut-regin, items: [2] }");

    // What is left needs a human: a link to a domain that is not allowed (which domain was meant?).
    expect(run.stdout).toContain("Länken går till portal.example.com, som inte är en tillåten domän.");
    const after = await cli(["check", "--format", "json"], repo.root);
    const left = JSON.parse(after.stdout) as { ruleId: string }[];
    expect(left.map((d) => d.ruleId)).toEqual(["external-link-domain"]);

    // A second run has nothing more to fix.
    const again = await cli(["check", "--fix"], repo.root);
    expect(again.stdout).toContain("Inget att rätta automatiskt (mandat check --fix).");
  });

  it("keeps JSON output machine-readable: the report goes to stderr", async () => {
    const repo = await project({ [MANDATE]: replace(SENTENCE, `${SENTENCE} Se rs 2020-00001.`) });
    copies.push(repo);
    const run = await cli(["check", "--fix", "--format", "json"], repo.root);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toContain('"rs 2020-00001" → "RS 2020-00001"  diarienummer-format');
    expect(run.code).toBe(0);
  });
});

describe("mandat check --fix on the real documents", () => {
  it("changes nothing: every mistake of the originals is acknowledged", async () => {
    const copy = await copyMandates();
    copies.push(copy);
    const files = async (dir: string): Promise<string[]> =>
      (await readdir(join(copy.dir, dir), { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const before = await Promise.all((await files("mandates")).map((f) => readFile(f, "utf8")));
    const run = await cli(["check", "--fix"], copy.dir);
    expect(run.stdout).toContain("Inget att rätta automatiskt (mandat check --fix).");
    expect(run.code).toBe(0);
    const after = await Promise.all((await files("mandates")).map((f) => readFile(f, "utf8")));
    expect(after).toEqual(before);
  });
});

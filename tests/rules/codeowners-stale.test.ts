import { describe, expect, it } from "vitest";
import rule from "../../src/rules/codeowners-stale.js";
import { cli } from "../helpers/fixture.js";
import { project, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const PEOPLE = "mandates/registry/people.yaml";
/** The chair (Ulla) and the decision maker (Rut) get accounts. */
const accounts = (text: string) =>
  replace("- id: rut-regin\n  name: Rut Regin\n", "- id: rut-regin\n  name: Rut Regin\n  github: rut-regin-vgr\n")(
    replace("- id: ulla-utveckling\n  name: Ulla Utveckling\n", "- id: ulla-utveckling\n  name: Ulla Utveckling\n  github: ulla-u\n")(text),
  );

const HEADER = [
  "# Skapad av `mandat codeowners` ur registren: ordförandens och beslutsfattarens GitHub-konton",
  "# (github i mandates/registry/people.yaml). Ändra inte för hand: ändra registret eller dokumentet",
  "# och kör mandat codeowners igen; mandat check säger till när filen inte stämmer.",
  "",
];
const CURRENT = [...HEADER, "/mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md @ulla-u", "/mandates/styrgrupp-alfa.md @rut-regin-vgr @ulla-u", ""].join("\n");

ruleTester(rule, {
  valid: [
    { name: "nobody has an account and there is no CODEOWNERS" },
    { name: "nobody has an account: a hand-made CODEOWNERS is not mandat's", files: { ".github/CODEOWNERS": "* @someone\n" } },
    { name: "CODEOWNERS as the register gives it", files: { [PEOPLE]: accounts, ".github/CODEOWNERS": CURRENT } },
  ],
  invalid: [
    {
      name: "accounts but no CODEOWNERS",
      files: { [PEOPLE]: accounts },
      errors: [
        {
          messageId: "missing",
          file: ".github/CODEOWNERS",
          noPlace: true,
          message: "CODEOWNERS saknas, fast personregistret har GitHub-konton: ändringar i dokumenten granskas då inte av ordförande och beslutsfattare.",
          note: "Kör mandat codeowners och checka in .github/CODEOWNERS.",
        },
      ],
    },
    {
      name: "the chair changed in the mandate: the line with the old reviewers is stale",
      files: {
        [PEOPLE]: accounts,
        ".github/CODEOWNERS": CURRENT,
        "mandates/styrgrupp-alfa.md": replace("chair:\n  person: ulla-utveckling\n  role: utvecklingsdirektor", "chair:\n  person: sam-samordnare\n  role: samordnare"),
      },
      errors: [
        {
          messageId: "stale",
          file: ".github/CODEOWNERS",
          // The notes' reviewer is the group's chair, who has no account now: the first line that differs.
          line: 5,
          column: 1,
          message:
            'CODEOWNERS stämmer inte med registren: här ska det stå "# /mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md: ingen ordförande eller beslutsfattare med GitHub-konto i registret".',
          note: "Kör mandat codeowners och checka in .github/CODEOWNERS; ändra inte filen för hand.",
        },
      ],
    },
  ],
});

describe("mandat codeowners", () => {
  it("writes the file check then accepts, and check fails again after an account changes", async () => {
    const p = await project({ [PEOPLE]: accounts });
    try {
      const written = await cli(["codeowners"], p.root);
      expect(written.stdout).toBe("Skrev .github/CODEOWNERS: 2 av 2 dokument har granskare.\n");
      expect(await p.read(".github/CODEOWNERS")).toBe(CURRENT);
      expect((await cli(["check", "--no-cache"], p.root)).code).toBe(0);
      const { writeFile } = await import("node:fs/promises");
      await writeFile(`${p.root}/${PEOPLE}`, (await p.read(PEOPLE)).replace("github: ulla-u", "github: ulla-utv"));
      const stale = await cli(["check", "--no-cache"], p.root);
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain(".github/CODEOWNERS:5:1  fel  CODEOWNERS stämmer inte med registren");
      // Checking one file does not compare CODEOWNERS: the run does not know every document's owners.
      expect((await cli(["check", "--no-cache", "mandates/styrgrupp-alfa.md"], p.root)).code).toBe(0);
    } finally {
      await p.remove();
    }
  });
});

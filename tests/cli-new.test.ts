/** `mandat new`: drafts that pass check, the register kept as written, refusals in plain Swedish. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runNew } from "../src/cli/new.js";
import { EMPTY_CONFIG } from "../src/config/types.js";
import { cli, copyMandates, type Fixture } from "./helpers/fixture.js";
import { project, type Project } from "./helpers/project.js";

let fx: Fixture;
beforeEach(async () => {
  fx = await copyMandates();
});
afterEach(() => fx.remove());

const MANDATE_FLAGS = ["--diarienummer", "RS 2026-01234", "--commissioner", "jonas-claesson", "--chair", "karin-loostrom-muth"];

describe("mandat new mandat", () => {
  it("registers the group, keeps groups.yaml byte for byte, and writes a draft that check accepts", async () => {
    const before = await fx.read("mandates/registry/groups.yaml");
    const r = await cli(["new", "mandat", "arbetsgrupp-hjarta", "--register", "--name", "Arbetsgrupp hjärta", ...MANDATE_FLAGS, "--date", "2026-12-01"], fx.dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Skrev mandates/arbetsgrupp-hjarta.md (utkast, 2026-12-01).");
    const after = await fx.read("mandates/registry/groups.yaml");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe("- id: arbetsgrupp-hjarta\n  name: Arbetsgrupp hjärta\n  kind: koncernövergripande grupp\n");
    const draft = await fx.read("mandates/arbetsgrupp-hjarta.md");
    expect(draft).toContain("# yaml-language-server: $schema=../schemas/mandate.schema.json\n");
    expect(draft).toContain("status: utkast\n");
    expect(draft).toContain("date: 2026-12-01\n");
    // The chair's role comes from the people register.
    expect(draft).toContain("chair:\n  person: karin-loostrom-muth\n  role: halso-och-sjukvardsutvecklingsdirektor\n");
    expect(draft).not.toMatch(/[&*]a\d/);
    for (const heading of ["## Syfte med uppdraget", "## Uppdragsbeskrivning", "## Beslutsordning", "### Beslutsfattande"]) expect(draft).toContain(heading);
    const checked = await cli(["check", "--no-cache"], fx.dir);
    expect(checked.stdout).toMatch(/^6 dokument kontrollerade: inga problem\./);
    expect(checked.code).toBe(0);
  });

  it("writes a samordningsråd draft that includes the councils' shared text", async () => {
    const r = await cli(["new", "samordningsråd", "samordningsrad-hjarta", "--register", "--name", "Samordningsråd hjärta", "--diarienummer", "RS 2026-01235", "--commissioner", "halso-och-sjukvardsdirektor", "--chair", "ledningsgrupp-hos"], fx.dir);
    expect(r.code).toBe(0);
    const draft = await fx.read("mandates/samordningsrad-hjarta.md");
    expect(draft).toContain("<!-- mandat:include mandates/standardtexter/samordningsrad.md -->");
    expect(draft).toContain("chair:\n  group: ledningsgrupp-hos\n");
    expect(await fx.read("mandates/registry/groups.yaml")).toContain("- id: samordningsrad-hjarta\n  name: Samordningsråd hjärta\n  kind: samordningsråd\n");
    expect((await cli(["check", "--no-cache"], fx.dir)).code).toBe(0);
  });

  it("refuses an existing file, an existing mandate's group, an unknown group and a missing value", async () => {
    const exists = await cli(["new", "mandat", "samordningsrad-onkologi", ...MANDATE_FLAGS], fx.dir);
    expect(exists).toMatchObject({ code: 2, stderr: "mandat: Filen mandates/samordningsrad-onkologi.md finns redan. Öppna den och revidera den i stället, eller välj ett annat id.\n" });
    const registered = await cli(["new", "mandat", "klinisk-ledning", "--register", "--name", "X", ...MANDATE_FLAGS], fx.dir);
    expect(registered.stderr).toBe("mandat: Gruppen klinisk-ledning finns redan i mandates/registry/groups.yaml; ta bort --register.\n");
    const unknown = await cli(["new", "mandat", "okand-grupp", ...MANDATE_FLAGS], fx.dir);
    expect(unknown.stderr).toBe('mandat: Gruppen okand-grupp finns inte i mandates/registry/groups.yaml. Lägg till den med --register --name "Gruppens namn".\n');
    const missing = await cli(["new", "mandat", "klinisk-ledning", "--commissioner", "jonas-claesson", "--chair", "karin-loostrom-muth"], fx.dir);
    expect(missing).toMatchObject({ code: 2, stderr: "mandat: Ange --diarienummer (diarienummer, till exempel RS 2026-01234).\n" });
    const badChair = await cli(["new", "mandat", "klinisk-ledning", "--diarienummer", "RS 2026-01234", "--commissioner", "jonas-claesson", "--chair", "kalle-anka"], fx.dir);
    expect(badChair.stderr).toContain("kalle-anka finns inte i registren");
    expect(await fx.read("mandates/registry/groups.yaml")).not.toContain("okand-grupp");
  });

  it("asks for what the flags leave out when a person is at the terminal, and asks again after a bad answer", async () => {
    const answers = ["Arbetsgrupp njure", "RS 2026", "RS 2026-04321", "jonas-claesson", "karin-loostrom-muth"];
    const asked: string[] = [];
    let stdout = "";
    let stderr = "";
    const code = await runNew({
      root: fx.dir,
      cwd: fx.dir,
      lang: "sv",
      config: EMPTY_CONFIG,
      io: { argv: [], cwd: fx.dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
      kind: "mandat",
      id: "arbetsgrupp-njure",
      flags: { register: true },
      ask: async (q) => (asked.push(q), answers.shift()!),
    });
    expect(code).toBe(0);
    expect(asked).toEqual([
      "Gruppens namn: ",
      "Diarienummer, till exempel RS 2026-01234: ",
      "Diarienummer, till exempel RS 2026-01234: ",
      "Uppdragsgivare (id för person eller roll): ",
      "Ordförande (id för person, roll eller grupp som utser): ",
    ]);
    expect(stderr).toBe("Diarienumret RS 2026 ska ha formen RS 2026-01234.\n");
    expect(await readFile(join(fx.dir, "mandates/arbetsgrupp-njure.md"), "utf8")).toContain("diarienummer: RS 2026-04321\n");
    expect(stdout).toContain("Skrev mandates/arbetsgrupp-njure.md");
  });
});

describe("mandat new mötesanteckning", () => {
  it("takes the attendance list from the group's last meeting and writes an agenda skeleton that check accepts", async () => {
    const r = await cli(["new", "mötesanteckning", "samordnande-grupp-utveckling-hos", "--date", "2026-12-03"], fx.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Skrev mandates/motesanteckningar/2026-12-03-samordnande-grupp-utveckling-hos.md (preliminär, 19 deltagare");
    const notes = await fx.read("mandates/motesanteckningar/2026-12-03-samordnande-grupp-utveckling-hos.md");
    expect(notes).toContain("  - person: karin-loostrom-muth\n    organisation: koncernkontoret\n    function: ordförande\n");
    expect(notes).not.toContain("present: false");
    expect(notes).toContain("## 1. Inledning\n");
    expect(notes).toContain("## 4. Summering och avslut\n");
    const checked = await cli(["check", "--no-cache", "--format", "json"], fx.dir);
    expect(JSON.parse(checked.stdout).filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
    expect(checked.code).toBe(0);
    const again = await cli(["new", "mötesanteckning", "samordnande-grupp-utveckling-hos", "--date", "2026-12-03"], fx.dir);
    expect(again.stderr).toBe("mandat: Filen mandates/motesanteckningar/2026-12-03-samordnande-grupp-utveckling-hos.md finns redan: det finns redan anteckningar från det mötet.\n");
  });

  it("fills the chair from the mandate in a repository without earlier notes", async () => {
    const p: Project = await project({ "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md": null });
    try {
      const r = await cli(["new", "mötesanteckning", "styrgrupp-alfa", "--date", "2026-03-01", "--attendee", "sam-samordnare"], p.root);
      expect(r.code).toBe(0);
      const notes = await p.read("mandates/motesanteckningar/2026-03-01-styrgrupp-alfa.md");
      expect(notes).toContain("attendees:\n  - person: ulla-utveckling\n    organisation: koncernkontoret\n    function: ordförande\n  - person: sam-samordnare\n    organisation: alfasjukhuset\n");
      expect(notes).toContain("    responsible:\n      - ulla-utveckling\n");
      expect((await cli(["check", "--no-cache"], p.root)).code).toBe(0);
    } finally {
      await p.remove();
    }
  });
});

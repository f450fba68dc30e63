/** Bytes are checked: UTF-8 only, no control characters; a BOM and CRLF line ends keep working. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { check } from "../../src/check.js";
import rule from "../../src/load/rules/encoding.js";
import { project, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const TODAY = "2026-11-23";

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "a document with a BOM", files: { [MANDATE]: (t) => `\uFEFF${t}` } },
    { name: "a document with CRLF line ends", files: { [MANDATE]: (t) => t.replace(/\n/g, "\r\n") } },
    { name: "a registry file with a BOM and CRLF", files: { "mandates/registry/roles.yaml": (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}` } },
    { name: "tabs in the body", files: { [MANDATE]: (t) => `${t}\n\tindraget med tabb\n` } },
  ],
  invalid: [
    {
      name: "a NUL in the frontmatter, at its line and column",
      files: { [MANDATE]: replace("title: Uppdragshandling för", "title: Uppdrags\u0000handling för") },
      errors: [
        {
          messageId: "control",
          file: MANDATE,
          at: "\u0000",
          data: { char: "U+0000 (NUL)" },
          message: "Filen innehåller styrtecknet U+0000 (NUL), som inte syns men kan förstöra text och utdata.",
          note: "Ta bort tecknet; det syns sällan i redigeraren, så sök efter U+0000 (NUL) eller skriv om raden.",
        },
      ],
    },
    {
      name: "an escape character and a C1 control in the body",
      files: { [MANDATE]: (t) => `${t}\nFärg \u001b[31mröd\u001b[0m och \u0085.\n` },
      errors: [
        { messageId: "control", file: MANDATE, at: "\u001b[31m", startOnly: true, data: { char: "U+001B (ESC)" } },
        { messageId: "control", file: MANDATE, at: "\u001b[0m", startOnly: true, data: { char: "U+001B (ESC)" } },
        { messageId: "control", file: MANDATE, at: "\u0085", data: { char: "U+0085" } },
      ],
    },
  ],
});

it("a document with a BOM and CRLF line ends checks clean, with the same places as without", async () => {
  const run = await runCase({
    name: "",
    files: { [MANDATE]: (t) => `\uFEFF${t.replace(/\n/g, "\r\n").replace("group: styrgrupp-alfa", "group: styrgrupp-alf")}` },
  });
  try {
    // The changed group id is reported at the same line and column as in the LF file without BOM.
    expect(run.result.diagnostics.filter((d) => d.ruleId !== "subgroup-parent").map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}`)).toEqual([`${MANDATE}:4:8 reference-exists`]);
    expect(run.result.documents.map((d) => d.skipped)).toEqual([[], []]);
  } finally {
    await run.remove();
  }
});

it("a control character is reported, and the document is still checked as far as possible", async () => {
  const run = await runCase({
    name: "",
    files: { [MANDATE]: (t) => t.replace("title: Uppdragshandling", "title: Uppdrags\u0007handling").replace("group: styrgrupp-alfa", "group: styrgrupp-alf") },
  });
  try {
    expect(run.result.diagnostics.filter((d) => d.ruleId !== "subgroup-parent").map((d) => `${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}`)).toEqual(["3:16 encoding", "4:8 reference-exists"]);
    expect(run.result.documents.find((d) => d.path === MANDATE)!.skipped).toEqual([]);
  } finally {
    await run.remove();
  }
});

it("invalid UTF-8 (a Windows-1252 å) is reported at its line and column; the file is skipped, the others are checked", async () => {
  const p = await project({ [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") });
  try {
    const text = await p.read(MANDATE);
    const at = text.indexOf("för styrgrupp alfa") + 1;
    await writeFile(join(p.root, MANDATE), Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe5]), Buffer.from(text.slice(at + 1))]));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(result.diagnostics.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}/${d.messageId}`)).toEqual([
      `${NOTES}:4:8 reference-exists/unknownSuggest`,
      `${MANDATE}:3:26 encoding/invalidUtf8`,
    ]);
    expect(result.diagnostics[1]!.message).toBe("Filen är inte giltig UTF-8: byten 0xE5 här hör inte till något tecken, så filen kontrolleras inte vidare.");
    expect(result.documents.map((d) => d.path)).toEqual([NOTES]);
  } finally {
    await p.remove();
  }
});

it("random bytes in a registry file are reported, not read as garbage", async () => {
  const p = await project();
  try {
    await writeFile(join(p.root, "mandates/registry/roles.yaml"), Buffer.from([0x72, 0x6f, 0x6c, 0x65, 0x73, 0x3a, 0x0a, 0xc3, 0x28, 0xff]));
    const result = await check({ root: p.root, today: TODAY, cache: false });
    expect(result.diagnostics.filter((d) => d.ruleId === "encoding").map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.data?.byte}`)).toEqual([
      "mandates/registry/roles.yaml:2:1 0xC3",
    ]);
  } finally {
    await p.remove();
  }
});

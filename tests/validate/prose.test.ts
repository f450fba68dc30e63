/** Which frontmatter strings are prose (read for names, diarienummer, placeholders) is the schema's word: x-mandat-prose. */
import { describe, expect, it } from "vitest";
import { project } from "../helpers/project.js";
import { check } from "../../src/check.js";

describe("prose in the frontmatter", () => {
  it("is every string the schema marks, and no id, date or code", async () => {
    const p = await project();
    try {
      const result = await check({ root: p.root, today: "2026-11-23" });
      const mandate = result.documents.find((d) => d.path === "mandates/styrgrupp-alfa.md")!;
      expect(mandate.prose).toEqual([["title"], ["participants", "items", 0, "text"], ["meetingFrequency", "text"], ["subgroups", "text"]]);
      const notes = result.documents.find((d) => d.type === "motesanteckning")!;
      expect(notes.prose).toEqual([["title"], ["agenda", 0, "title"], ["agenda", 1, "title"]]);
    } finally {
      await p.remove();
    }
  });
});

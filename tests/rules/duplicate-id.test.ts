import rule from "../../src/rules/duplicate-id.js";
import { copyOf } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";

ruleTester(rule, {
  valid: [{ name: "the base repository" }, { name: "two notes of one group on different days", files: { "mandates/motesanteckningar/2026-03-01-styrgrupp-alfa.md": copyOf("mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md") } }],
  invalid: [
    {
      name: "an id defined twice in a registry file points at the first definition",
      files: { "mandates/registry/roles.yaml": (t) => `${t}- id: samordnare\n  name: Samordnare igen\n` },
      errors: [
        {
          messageId: "registry",
          file: "mandates/registry/roles.yaml",
          line: 8,
          column: 7,
          endColumn: 17,
          data: { id: "samordnare" },
          message: "Id:t samordnare är redan definierat.",
          related: [{ file: "mandates/registry/roles.yaml", line: 6, column: 7, message: "först definierad här" }],
        },
      ],
    },
    {
      name: "a second mandate for a group points at the first",
      files: { "mandates/styrgrupp-alfa-ny.md": copyOf(MANDATE) },
      errors: [
        {
          messageId: "mandate",
          file: "mandates/styrgrupp-alfa.md",
          at: "styrgrupp-alfa",
          after: "group: ",
          message: "Gruppen styrgrupp-alfa har redan en uppdragshandling.",
          related: [{ file: "mandates/styrgrupp-alfa-ny.md", at: "styrgrupp-alfa\n", message: "den första uppdragshandlingen" }],
        },
      ],
    },
    {
      name: "two documents with one file name in different folders: both are reported",
      files: { "mandates/arkiv/styrgrupp-alfa.md": copyOf(MANDATE, (t) => t.replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta")) },
      errors: [
        { messageId: "fileName", file: "mandates/arkiv/styrgrupp-alfa.md", line: 2, column: 1, data: { name: "styrgrupp-alfa.md" }, related: [{ file: "mandates/styrgrupp-alfa.md", message: "samma filnamn" }] },
        { messageId: "fileName", file: "mandates/styrgrupp-alfa.md", line: 2, column: 1, related: [{ file: "mandates/arkiv/styrgrupp-alfa.md" }] },
      ],
    },
  ],
});

import rule from "../../src/rules/subgroup-parent.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const GROUPS = "mandates/registry/groups.yaml";
const ALFA = "mandates/styrgrupp-alfa.md";
const LEDNING = "mandates/ledningsgruppen.md";

/** Give arbetsgrupp-beta another parent in the registry (the base says styrgrupp-alfa), or none. */
const betaParent = (parent?: string) => replace("  parent: styrgrupp-alfa\n", parent ? `  parent: ${parent}\n` : "");
/** The base mandate without its list of sub-groups (the text stays). */
const noSubgroupList = replace("  groups: [arbetsgrupp-beta]\n", "");

ruleTester(rule, {
  valid: [
    { name: "the base repository: a parent whose mandate lists the child" },
    { name: "sub-groups without a parent in the registry", files: { [GROUPS]: betaParent() } },
    { name: "a parent without a mandate here", files: { [GROUPS]: betaParent("ledningsgruppen"), [ALFA]: noSubgroupList } },
  ],
  invalid: [
    {
      name: "a parent whose mandate does not list the child",
      files: { [ALFA]: noSubgroupList },
      errors: [
        {
          messageId: "notListed",
          file: GROUPS,
          at: "styrgrupp-alfa",
          after: "parent: ",
          severity: "error",
          data: { child: "Arbetsgrupp beta", childId: "arbetsgrupp-beta", parent: "Styrgrupp alfa", parentFile: ALFA },
          message: "Arbetsgrupp beta har Styrgrupp alfa som övergripande grupp, men uppdragshandlingen för Styrgrupp alfa listar den inte under undergrupper.",
          note: "Lägg till arbetsgrupp-beta under subgroups.groups i mandates/styrgrupp-alfa.md, eller rätta parent.",
          related: [{ file: ALFA, at: "subgroups:", message: "den övergripande gruppens uppdragshandling" }],
        },
      ],
    },
    {
      name: "a parent whose mandate has no subgroups at all: related points at its group",
      files: { [ALFA]: replace("subgroups:\n  text: Styrgruppen har en arbetsgrupp.\n  groups: [arbetsgrupp-beta]\n", "") },
      errors: [{ messageId: "notListed", file: GROUPS, line: 7, column: 11, endLine: 7, endColumn: 25, related: [{ file: ALFA, line: 4, column: 8 }] }],
    },
    {
      name: "a mandate listing a sub-group the registry gives another parent",
      files: { [GROUPS]: betaParent("ledningsgruppen") },
      errors: [
        {
          messageId: "otherParent",
          file: ALFA,
          at: "arbetsgrupp-beta",
          after: "subgroups:",
          data: { child: "Arbetsgrupp beta", parent: "Ledningsgruppen" },
          message: "Arbetsgrupp beta står som undergrupp här, men registret anger Ledningsgruppen som dess övergripande grupp.",
          note: "Rätta parent i mandates/registry/groups.yaml eller ta bort undergruppen här.",
        },
      ],
    },
    {
      name: "both sides: the registry's parent does not list the child, and another mandate does",
      files: {
        [GROUPS]: betaParent("ledningsgruppen"),
        [LEDNING]: copyOf(ALFA, edits(replace("group: styrgrupp-alfa", "group: ledningsgruppen"), replace("  groups: [arbetsgrupp-beta]\n", "  groups: [styrgrupp-alfa]\n"))),
      },
      errors: [
        {
          messageId: "notListed",
          file: GROUPS,
          at: "ledningsgruppen",
          after: "parent: ",
          message: "Arbetsgrupp beta har Ledningsgruppen som övergripande grupp, men uppdragshandlingen för Ledningsgruppen listar den inte under undergrupper.",
          related: [{ file: LEDNING, at: "subgroups:" }],
        },
        { messageId: "otherParent", file: ALFA, at: "arbetsgrupp-beta", after: "subgroups:", data: { child: "Arbetsgrupp beta", parent: "Ledningsgruppen" } },
      ],
    },
    {
      name: "in English",
      lang: "en",
      files: { [ALFA]: noSubgroupList },
      errors: [
        {
          messageId: "notListed",
          file: GROUPS,
          at: "styrgrupp-alfa",
          after: "parent: ",
          message: "Arbetsgrupp beta has Styrgrupp alfa as its parent, but the mandate of Styrgrupp alfa does not list it under sub-groups.",
          note: "Add arbetsgrupp-beta under subgroups.groups in mandates/styrgrupp-alfa.md, or correct parent.",
          related: [{ file: ALFA, at: "subgroups:", message: "the parent's mandate" }],
        },
      ],
    },
  ],
});

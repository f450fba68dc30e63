import rule from "../../src/rules/mandate-lifecycle.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const status = (value: string) => replace("type: uppdragshandling\n", `type: uppdragshandling\nstatus: ${value}\n`);
const noDecision = replace("decision:\n  date: 2026-01-20\n  decidedBy:\n    person: rut-regin\n    role: regiondirektor\n", "");
const repealed = (date: string, by?: string) =>
  replace("distribution:\n", `repealed:\n  date: ${date}\n${by ? `  replacedBy: ${by}\n` : ""}distribution:\n`);

ruleTester(rule, {
  valid: [
    { name: "adopted by its decision (no status written: inferred)" },
    { name: "adopted, said so", files: { [MANDATE]: status("fastställd") } },
    { name: "a draft without a decision", files: { [MANDATE]: edits(status("utkast"), noDecision) } },
    { name: "no status and no decision: a draft", files: { [MANDATE]: noDecision } },
    { name: "repealed after its decision, with a successor", files: { [MANDATE]: edits(status("upphävd"), repealed("2026-09-01", "ledningsgruppen")) } },
    { name: "decided by a role only", files: { [MANDATE]: replace("    person: rut-regin\n", "") } },
  ],
  invalid: [
    {
      name: "a draft that carries a decision",
      files: { [MANDATE]: status("utkast") },
      errors: [
        {
          messageId: "draftWithDecision",
          file: MANDATE,
          at: "decision",
          after: "reportsTo",
          message: "Uppdragshandlingen är ett utkast men har ett beslut.",
          note: "Ett utkast är inte beslutat: ta bort decision: eller sätt status: fastställd när beslutet är fattat.",
        },
      ],
    },
    {
      name: "adopted, but a repeal is recorded",
      files: { [MANDATE]: edits(status("fastställd"), repealed("2026-09-01")) },
      errors: [{ messageId: "adoptedButRepealed", file: MANDATE, at: "fastställd", message: "Uppdragshandlingen har status fastställd men är upphävd (2026-09-01)." }],
    },
    {
      name: "the decision maker only as text",
      files: { [MANDATE]: replace("    person: rut-regin\n    role: regiondirektor\n", "    text: Regiondirektören\n") },
      errors: [
        {
          messageId: "decisionMakerById",
          file: MANDATE,
          at: "decidedBy",
          message: "Beslutsfattaren för en fastställd uppdragshandling anges bara som text.",
          note: "Ange beslutsfattaren med id ur registret: person: och/eller role:.",
        },
      ],
    },
    {
      name: "repealed before it was decided",
      files: { [MANDATE]: edits(status("upphävd"), repealed("2026-01-01")) },
      errors: [{ messageId: "repealedBeforeDecision", file: MANDATE, at: "2026-01-01", data: { repealed: "2026-01-01", decided: "2026-01-20" } }],
    },
    {
      name: "replaced by its own group",
      files: { [MANDATE]: edits(status("upphävd"), repealed("2026-09-01", "styrgrupp-alfa")) },
      errors: [{ messageId: "replacesItself", file: MANDATE, at: "styrgrupp-alfa", after: "replacedBy: ", message: "Uppdragshandlingen ersätter sin egen grupp styrgrupp-alfa." }],
    },
    {
      name: "in English",
      lang: "en",
      files: { [MANDATE]: status("utkast") },
      errors: [{ messageId: "draftWithDecision", file: MANDATE, at: "decision", after: "reportsTo", message: "The mandate is a draft but has a decision." }],
    },
  ],
});

import { ruleTester } from "../helpers/rule-tester.js";

const INF = "mandates/samordningsrad-infektion.md";
const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const SHARED = "mandates/standardtexter/samordningsrad.md";
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const COMMUNICATION = "Information om gruppen, dess deltagare och dess uppdrag ska finnas på intranät.";

ruleTester("placeholder-text", {
  valid: [
    { name: "the real documents" },
    { name: "words that merely contain x or todo", edit: (fx) => fx.replace(LIB, COMMUNICATION, `${COMMUNICATION} Storlek XXL, Exxon och todos.`) },
    {
      name: "a TODO in meeting notes that are not approved yet",
      edit: (fx) => fx.replace(NOTES, "\nplace: Teams\n", "\nplace: TODO\n"),
    },
  ],
  invalid: [
    {
      // As in the originals 002 and 004, where the template's hint was left after the decision date.
      name: "the template's hint left in the decision of a decided mandate",
      edit: (fx) => fx.replace(INF, "decision:\n  date: 2026-06-17\n", "decision:\n  date: 2026-06-17\n  statement: Datum för beslut (ifylls av beslutsfattaren vid godkännande)\n"),
      errors: [{ file: INF, at: "ifylls av", message: 'Platshållaren "ifylls av beslutsfattaren vid godkännande" står kvar i ett beslutat mandat.' }],
    },
    {
      name: "XX for a number and a date template in the body",
      edit: (fx) => fx.replace(LIB, COMMUNICATION, `${COMMUNICATION} Gruppen träffas XX gånger per år, nästa gång ÅÅÅÅ-MM-DD.`),
      errors: [
        { file: LIB, at: "XX gånger", message: 'Platshållaren "XX" står kvar i ett beslutat mandat.' },
        { file: LIB, at: "ÅÅÅÅ-MM-DD", message: 'Platshållaren "ÅÅÅÅ-MM-DD" står kvar i ett beslutat mandat.' },
      ],
    },
    {
      name: "a TODO in a shared text, reported once at its place however many councils include it",
      edit: (fx) => fx.replace(SHARED, "## Kommunikation\n", "## Kommunikation\n\nTODO: länk till rutinen.\n"),
      errors: [{ file: SHARED, at: "TODO:", message: 'Platshållaren "TODO" står kvar i ett beslutat mandat.' }],
    },
    {
      name: "a TODO in approved meeting notes",
      edit: (fx) => fx.replace(NOTES, "\nplace: Teams\n", "\nplace: TODO\napprovedBy: karin-loostrom-muth\n"),
      errors: [{ file: NOTES, at: "TODO", message: 'Platshållaren "TODO" står kvar i justerade mötesanteckningar.' }],
    },
  ],
});

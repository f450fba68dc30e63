import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const DIRECTIVE = "# mandat-disable-next-line notes-approved-by-chair -- som i originalet; ordföranden hade anmält förhinder\n";

ruleTester("notes-approved-by-chair", {
  valid: [
    { name: "approved by the person who holds the chair's role", edit: (fx) => fx.replace(NOTES, DIRECTIVE + "type: motesanteckning\n", "type: motesanteckning\napprovedBy: karin-loostrom-muth\n") },
  ],
  invalid: [
    {
      name: "not approved at all",
      severity: "warning",
      edit: (fx) => fx.replace(NOTES, DIRECTIVE, ""),
      errors: [{ file: NOTES, at: "type: motesanteckning", message: "Anteckningarna är inte justerade; ordförande för Samordnande grupp för utveckling inom hälso- och sjukvård är Karin Looström Muth." }],
    },
    {
      name: "approved by someone else",
      edit: (fx) => fx.replace(NOTES, DIRECTIVE + "type: motesanteckning\n", "type: motesanteckning\napprovedBy: susanne-gustavsson\n"),
      errors: [{ file: NOTES, at: "susanne-gustavsson\n", message: "Anteckningarna är justerade av Susanne Gustavsson, men ordförande för Samordnande grupp för utveckling inom hälso- och sjukvård är Karin Looström Muth." }],
    },
  ],
});

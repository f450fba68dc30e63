import { ruleTester } from "../helpers/rule-tester.js";

const INF = "mandates/samordningsrad-infektion.md";
const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const chairAndContact = (chair: string, contact: string) => (text: string) =>
  text.replace(/chair:\n(  .*\n)+contactPerson:\n(  .*\n)+/, `chair:\n  person: ${chair}\ncontactPerson:\n  person: ${contact}\n`);

ruleTester("chair-contact-organisation", {
  valid: [
    { name: "chair and contact given as groups (the real councils)" },
    {
      name: "a council with chair and contact from different organisations",
      edit: async (fx) => fx.write(INF, chairAndContact("anders-kullbratt", "anna-lindh")(await fx.read(INF))),
    },
    {
      name: "a group that is not a samordningsråd",
      edit: (fx) => fx.replace(LIB, "participants:", "contactPerson:\n  role: fou-chef-halso-och-sjukvard\nparticipants:"),
    },
  ],
  invalid: [
    {
      name: "a council whose chair and contact person share an organisation",
      edit: async (fx) => fx.write(INF, chairAndContact("anna-lindh", "carin-melin")(await fx.read(INF))),
      errors: [{ file: INF, at: "contactPerson:", message: "Ordförande och kontaktperson kommer båda från Sahlgrenska Universitetssjukhuset." }],
    },
  ],
});

import { ruleTester } from "../helpers/rule-tester.js";

const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const HOS = "mandates/samordnande-grupp-utveckling-hos.md";
const PEOPLE = "mandates/registry/people.yaml";

ruleTester("person-contact-conflict", {
  valid: [
    { name: "the real documents (001's other address is acknowledged in the file)" },
    { name: "the same phone number written with other spacing", edit: (fx) => fx.replace(LIB, "  phone: 072-201 59 50", "  phone: 072 2015950") },
  ],
  invalid: [
    {
      name: "a case officer's e-mail that differs from the registry",
      edit: (fx) => fx.replace(LIB, "  email: ann.ekberg.jansson@vgregion.se", "  email: ann.jansson@vgregion.se"),
      errors: [
        {
          file: LIB,
          at: "ann.jansson@vgregion.se",
          message: "E-postadressen ann.jansson@vgregion.se för Ann Ekberg-Jansson skiljer sig från registrets ann.ekberg.jansson@vgregion.se.",
        },
      ],
    },
    {
      name: "the acknowledged 001 address, once the comment is gone",
      edit: (fx) => fx.replace(HOS, "    # mandat-disable-next-line person-contact-conflict", "    #"),
      errors: [
        {
          file: HOS,
          at: "jens.patrik.johansson@vgregion.se",
          message: "E-postadressen jens.patrik.johansson@vgregion.se för Patrik Johansson skiljer sig från registrets patrik.jens.johansson@vgregion.se.",
        },
      ],
    },
    {
      name: "two documents that disagree when the registry has no address",
      edit: async (fx) => {
        await fx.replace(PEOPLE, "  email: patrik.jens.johansson@vgregion.se\n", "");
        await fx.replace(HOS, "    # mandat-disable-next-line person-contact-conflict", "    #");
      },
      errors: ["mandates/samordningsrad-infektion.md", "mandates/samordningsrad-onkologi.md"].map((file) => ({
        file,
        at: "patrik.jens.johansson@vgregion.se",
        message: "E-postadressen patrik.jens.johansson@vgregion.se för Patrik Johansson skiljer sig från jens.patrik.johansson@vgregion.se i ett annat dokument.",
      })),
    },
  ],
});

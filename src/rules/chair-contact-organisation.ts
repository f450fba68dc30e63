import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { organisationOf } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

/** Group kinds in the registry that this rule applies to. */
const COUNCIL = "samordningsråd";

/** A samordningsråd's contact person comes from another organisation than its chair. */
const rule = defineRule({
  id: "chair-contact-organisation",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "I ett samordningsråd kommer ordförande och kontaktperson från olika organisationer.",
    en: "In a samordningsråd the chair and the contact person come from different organisations.",
  },
  messages: {
    sameOrganisation: {
      sv: "Ordförande och kontaktperson kommer båda från {{organisation}}.",
      en: "The chair and the contact person both come from {{organisation}}.",
      note: {
        sv: "I ett samordningsråd ska kontaktpersonen komma från en annan organisation än ordföranden.",
        en: "In a samordningsråd the contact person must come from another organisation than the chair.",
      },
    },
  },
  phrases: {
    chair: { sv: "ordföranden", en: "the chair" },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      if (ctx.registry.group(data.group)?.kind !== COUNCIL || !data.contactPerson) continue;
      // A party whose organisation is unknown (a group, a free text) cannot be compared.
      const chairOrg = organisationOf(data.chair, ctx.registry);
      if (!chairOrg || chairOrg !== organisationOf(data.contactPerson, ctx.registry)) continue;
      ctx.report({
        doc,
        path: ["contactPerson"],
        key: true,
        messageId: "sameOrganisation",
        data: { organisation: ctx.registry.nameOf("organisation", chairOrg) },
        related: [{ doc, path: ["chair"], key: true, phrase: "chair" }],
      });
    }
  },
});

export default rule;

import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { organisationOf } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

/** Group kinds in the registry that this rule applies to. */
const COUNCIL = "samordningsråd";

const rule = defineRule({
  id: "chair-contact-organisation",
  severity: "error",
  stage: "link",
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
  check(ctx) {
    for (const { file, data } of mandates(ctx)) {
      if (ctx.registry.group(data.group)?.kind !== COUNCIL || !data.contactPerson) continue;
      const chairOrg = organisationOf(data.chair, ctx.registry);
      if (!chairOrg || chairOrg !== organisationOf(data.contactPerson, ctx.registry)) continue;
      ctx.report(rule, {
        file: file.path,
        place: placeIn(file, ["contactPerson"], true),
        path: ["contactPerson"],
        messageId: "sameOrganisation",
        data: { organisation: ctx.registry.nameOf("organisation", chairOrg) },
        related: [{ file: file.path, place: placeIn(file, ["chair"], true), message: ctx.lang === "sv" ? "ordföranden" : "the chair" }],
      });
    }
  },
});

export default rule;

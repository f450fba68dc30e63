import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { partyName } from "../link/names.js";
import { sameParty } from "../link/parties.js";
import { defineRule } from "../link/rule.js";

/** A mandate is decided by its commissioner, or the delegation that allowed someone else is recorded. */
const rule = defineRule({
  id: "decision-signatory",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett beslutat mandat är undertecknat av uppdragsgivaren, eller så finns en delegation angiven.",
    en: "A decided mandate is signed by its commissioner, or a delegation is recorded.",
  },
  messages: {
    notCommissioner: {
      sv: "Beslutet är fattat av {{decidedBy}}, men uppdragsgivaren är {{commissioner}} och ingen delegation är angiven.",
      en: "The decision is taken by {{decidedBy}}, but the commissioner is {{commissioner}} and no delegation is recorded.",
      note: {
        sv: "Ange delegationen i decision.delegation (till exempel beslutets diarienummer), eller rätta beslutsfattaren.",
        en: "Record the delegation in decision.delegation (e.g. its diarienummer), or correct the decision maker.",
      },
    },
  },
  phrases: {
    commissioner: { sv: "uppdragsgivaren", en: "the commissioner" },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      if (!data.decision) continue;
      const { decidedBy, delegation } = data.decision;
      if (delegation || sameParty(decidedBy, data.commissioner, ctx.registry)) continue;
      ctx.report({
        doc,
        path: ["decision", "decidedBy"],
        key: true,
        messageId: "notCommissioner",
        data: { decidedBy: partyName(decidedBy, ctx.registry), commissioner: partyName(data.commissioner, ctx.registry) },
        related: [{ doc, path: ["commissioner"], key: true, phrase: "commissioner" }],
      });
    }
  },
});

export default rule;

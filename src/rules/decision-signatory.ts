import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { sameParty } from "../link/parties.js";
import { partyName } from "../link/names.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "decision-signatory",
  severity: "warning",
  stage: "link",
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
  check(ctx) {
    for (const { file, data } of mandates(ctx)) {
      const { decidedBy, delegation } = data.decision;
      if (delegation || sameParty(decidedBy, data.commissioner, ctx.registry)) continue;
      const path = ["decision", "decidedBy"];
      ctx.report(rule, {
        file: file.path,
        place: placeIn(file, path, true),
        path,
        messageId: "notCommissioner",
        data: { decidedBy: partyName(decidedBy, ctx.registry), commissioner: partyName(data.commissioner, ctx.registry) },
        related: [{ file: file.path, place: placeIn(file, ["commissioner"], true), message: ctx.lang === "sv" ? "uppdragsgivaren" : "the commissioner" }],
      });
    }
  },
});

export default rule;

import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/** A mandate's meeting frequency has its minimum at or below its maximum. */
const rule = defineRule({
  id: "meeting-frequency-range",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Mötesfrekvensens minsta antal är inte större än det största.",
    en: "The meeting frequency's minimum is not above its maximum.",
  },
  messages: {
    minAboveMax: {
      sv: "Mötesfrekvensen anger minst {{min}} men högst {{max}} möten per {{per}}.",
      en: "The meeting frequency says at least {{min}} but at most {{max}} meetings per {{per}}.",
      note: { sv: "Byt plats på min och max, eller rätta det ena.", en: "Swap min and max, or correct one of them." },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      const { min, max, per } = data.meetingFrequency;
      if (min <= max) continue;
      ctx.report({ doc, path: ["meetingFrequency", "min"], messageId: "minAboveMax", data: { min, max, per } });
    }
  },
});

export default rule;

import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "meeting-frequency-range",
  severity: "error",
  stage: "link",
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
    for (const { file, data } of mandates(ctx)) {
      const { min, max, per } = data.meetingFrequency;
      if (min <= max) continue;
      const path = ["meetingFrequency", "min"];
      ctx.report(rule, { file: file.path, place: placeIn(file, path), path, messageId: "minAboveMax", data: { min: String(min), max: String(max), per } });
    }
  },
});

export default rule;

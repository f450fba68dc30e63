import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/** A mandate in force whose review date (revidering, `reviewBy`) has passed is due for review. */
const rule = defineRule({
  id: "review-date",
  severity: "warning",
  stage: "link",
  // Depends on the document and today's date, both in the per-document cache key.
  scope: "document",
  description: {
    sv: "En gällande uppdragshandlings revideringsdatum har inte passerats.",
    en: "A mandate in force has not passed its review date.",
  },
  messages: {
    reviewPassed: {
      sv: "Uppdragshandlingen skulle ha reviderats senast {{reviewBy}} (i dag är det {{today}}).",
      en: "The mandate was due for review by {{reviewBy}} (today is {{today}}).",
      note: {
        sv: "Se över uppdraget och låt det fastställas på nytt, och sätt sedan ett nytt reviewBy:.",
        en: "Review the mandate and have it adopted again, then set a new reviewBy:.",
      },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      // A repealed mandate is not reviewed any more. ISO dates compare as strings.
      if (!data.reviewBy || mandateStatus(data) === "upphävd" || data.reviewBy >= ctx.today) continue;
      ctx.report({ doc, path: ["reviewBy"], messageId: "reviewPassed", data: { reviewBy: data.reviewBy, today: ctx.today } });
    }
  },
});

export default rule;

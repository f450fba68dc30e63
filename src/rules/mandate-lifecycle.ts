import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/**
 * A mandate's status agrees with its facts: a draft carries no decision (it would print a signature
 * block for a decision not taken); an adopted or repealed one names its decision maker by registry id
 * (a register needs to know who decided, not only a phrase); a repeal comes after the decision and is
 * not marked on a mandate that says it is in force.
 */
const rule = defineRule({
  id: "mandate-lifecycle",
  severity: "error",
  stage: "link",
  scope: "document",
  description: {
    sv: "En uppdragshandlings status stämmer med beslut och upphävande.",
    en: "A mandate's status agrees with its decision and repeal.",
  },
  messages: {
    draftWithDecision: {
      sv: "Uppdragshandlingen är ett utkast men har ett beslut.",
      en: "The mandate is a draft but has a decision.",
      note: {
        sv: "Ett utkast är inte beslutat: ta bort decision: eller sätt status: fastställd när beslutet är fattat.",
        en: "A draft is not decided: remove decision: or set status: fastställd once the decision is taken.",
      },
    },
    adoptedButRepealed: {
      sv: "Uppdragshandlingen har status fastställd men är upphävd ({{date}}).",
      en: "The mandate has status fastställd but is repealed ({{date}}).",
      note: { sv: "Sätt status: upphävd, eller ta bort repealed: om den fortfarande gäller.", en: "Set status: upphävd, or remove repealed: if it is still in force." },
    },
    decisionMakerById: {
      sv: "Beslutsfattaren för en {{status}} uppdragshandling anges bara som text.",
      en: "The decision maker of a mandate that is {{status}} is given as text only.",
      note: {
        sv: "Ange beslutsfattaren med id ur registret: person: och/eller role:.",
        en: "Name the decision maker by registry id: person: and/or role:.",
      },
    },
    repealedBeforeDecision: {
      sv: "Uppdragshandlingen upphävdes {{repealed}}, före beslutet {{decided}}.",
      en: "The mandate was repealed on {{repealed}}, before its decision on {{decided}}.",
      note: { sv: "Ett upphävande kommer efter beslutet; rätta något av datumen.", en: "A repeal comes after the decision; correct one of the dates." },
    },
    replacesItself: {
      sv: "Uppdragshandlingen ersätter sin egen grupp {{group}}.",
      en: "The mandate replaces its own group {{group}}.",
      note: { sv: "Ta bort gruppens eget id ur replaces: eller repealed.replacedBy:.", en: "Remove the group's own id from replaces: or repealed.replacedBy:." },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      const status = mandateStatus(data);
      if (status === "utkast" && data.decision) {
        ctx.report({ doc, path: ["decision"], key: true, messageId: "draftWithDecision" });
      }
      if (data.status === "fastställd" && data.repealed) {
        ctx.report({ doc, path: ["status"], messageId: "adoptedButRepealed", data: { date: data.repealed.date } });
      }
      if (status !== "utkast" && data.decision) {
        const by = data.decision.decidedBy;
        if (!by.person && !by.role) ctx.report({ doc, path: ["decision", "decidedBy"], key: true, messageId: "decisionMakerById", data: { status } });
        // ISO dates compare correctly as strings.
        if (data.repealed && data.repealed.date < data.decision.date) {
          ctx.report({ doc, path: ["repealed", "date"], messageId: "repealedBeforeDecision", data: { repealed: data.repealed.date, decided: data.decision.date } });
        }
      }
      if (data.repealed?.replacedBy === data.group) {
        ctx.report({ doc, path: ["repealed", "replacedBy"], messageId: "replacesItself", data: { group: data.group } });
      }
      (data.replaces ?? []).forEach((id, i) => {
        if (id === data.group) ctx.report({ doc, path: ["replaces", i], messageId: "replacesItself", data: { group: id } });
      });
    }
  },
});

export default rule;

/** Uppdragshandling: a group's mandate, adopted by a decision. */
import { packageFile } from "../../util/package-file.js";
import { defineDocType } from "../define.js";
import { mandateStatus } from "../lifecycle.js";
import type { Mandate } from "./data.generated.js";
import { MANDATE_SECTIONS } from "./sections.js";
import { mandateView } from "./view.js";

export default defineDocType<Mandate>({
  type: "uppdragshandling",
  name: { sv: "uppdragshandling", en: "mandate" },
  plural: { sv: "Uppdragshandlingar", en: "Mandates" },
  schema: packageFile("schemas/mandate.schema.json"),
  sections: MANDATE_SECTIONS,
  partial: { name: "mandate-content", file: packageFile("templates/partials/mandate-content.hbs") },
  register: "groups",
  view: (input, registry, options) => mandateView(input, input.data, registry, options),
  meta(input, registry) {
    const data = input.data;
    const group = registry.nameOf("group", data.group);
    const status = mandateStatus(data);
    return {
      title: data.title,
      subject: `${data.heading ?? "Uppdragshandling"}: ${group}`,
      keywords: [data.diarienummer, group],
      date: data.date,
      ...(data.decision && status !== "utkast" && { modified: data.decision.date }),
      custom: { Diarienummer: data.diarienummer, GroupId: data.group, Status: status },
    };
  },
  signing(input, registry) {
    const data = input.data;
    // Only an adopted mandate is signed: a draft is not decided, a repealed one no longer in force.
    if (mandateStatus(data) !== "fastställd" || !data.decision) return undefined;
    const by = data.decision.decidedBy;
    const decider = [by.person && registry.nameOf("person", by.person), by.role && registry.nameOf("role", by.role)].filter(Boolean).join(", ") || by.text || "";
    return { reason: `Fastställd ${data.decision.date} av ${decider}, diarienummer ${data.diarienummer}` };
  },
  entry: ({ data }) => ({ group: data.group, title: data.title, date: data.decision?.date ?? data.date, diarienummer: data.diarienummer }),
});

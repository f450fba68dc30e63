import { posix } from "node:path";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { Location } from "../link/context.js";
import { defineRule } from "../link/rule.js";

/** Two registry entries with one id (collected while the registry is built), and two mandates for one group. */
const rule = defineRule({
  id: "duplicate-id",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ett id finns bara en gång i registren, en grupp har bara en uppdragshandling och två dokument har inte samma filnamn.",
    en: "An id is defined once in the registries, a group has one mandate, and no two documents share a file name.",
  },
  messages: {
    registry: {
      sv: "Id:t {{id}} är redan definierat.",
      en: "The id {{id}} is already defined.",
      note: { sv: "Ge posten ett eget id eller ta bort dubbletten.", en: "Give the entry its own id or remove the duplicate." },
    },
    mandate: {
      sv: "Gruppen {{id}} har redan en uppdragshandling.",
      en: "The group {{id}} already has a mandate.",
      note: { sv: "Revidera den befintliga uppdragshandlingen i stället för att skapa en ny fil.", en: "Revise the existing mandate instead of adding a file." },
    },
    fileName: {
      sv: "Filnamnet {{name}} används också av ett annat dokument; deras PDF:er och sidor skulle skriva över varandra i bygget.",
      en: "The file name {{name}} is also used by another document; their PDFs and pages would overwrite each other in the build.",
      note: { sv: "Byt namn på en av filerna.", en: "Rename one of the files." },
    },
  },
  phrases: {
    otherFile: { sv: "samma filnamn", en: "the same file name" },
    firstMandate: { sv: "den första uppdragshandlingen", en: "the first mandate" },
  },
  check(ctx) {
    for (const { id, origin, first } of ctx.registry.duplicates) {
      ctx.report({ ...origin, messageId: "registry", data: { id }, related: [{ ...first, phrase: "firstDefined" }] });
    }
    const first = new Map<string, Location>();
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      const here: Location = { doc, path: ["group"] };
      const earlier = first.get(data.group);
      if (!earlier) first.set(data.group, here);
      else ctx.report({ ...here, messageId: "mandate", data: { id: data.group }, related: [{ ...earlier, phrase: "firstMandate" }] });
    }
    // The build names a document's PDF and page by its file name, wherever in mandates/ it lies.
    const byName = new Map<string, typeof ctx.documents>();
    for (const doc of ctx.documents) {
      const name = posix.basename(doc.path);
      byName.set(name, [...(byName.get(name) ?? []), doc]);
    }
    for (const [name, docs] of byName) {
      if (docs.length < 2) continue;
      for (const doc of docs) {
        const others = docs.filter((d) => d !== doc).map((d) => ({ doc: d, phrase: "otherFile" as const }));
        ctx.report({ doc, messageId: "fileName", data: { name }, related: others });
      }
    }
  },
});

export default rule;

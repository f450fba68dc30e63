import { mandates, placeIn, type LinkContext } from "../link/context.js";
import { defineRule } from "./define.js";

/**
 * Registry ids are checked while the registry is built (build-registry.ts reports with this rule);
 * the check here finds two mandates for one group.
 */
const rule = defineRule<"registry" | "mandate", LinkContext>({
  id: "duplicate-id",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ett id finns bara en gång i registren, och en grupp har bara en uppdragshandling.",
    en: "An id is defined once in the registries, and a group has one mandate.",
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
  },
  check(ctx) {
    const first = new Map<string, { path: string; place: ReturnType<typeof placeIn> }>();
    for (const { file, data } of mandates(ctx)) {
      const place = placeIn(file, ["group"]);
      const earlier = first.get(data.group);
      if (!earlier) {
        first.set(data.group, { path: file.file.path, place });
        continue;
      }
      ctx.report(rule, {
        file: file.file.path,
        place,
        path: ["group"],
        messageId: "mandate",
        data: { id: data.group },
        related: [{ file: earlier.path, place: earlier.place, message: ctx.lang === "sv" ? "den första uppdragshandlingen" : "the first mandate" }],
      });
    }
  },
});

export default rule;

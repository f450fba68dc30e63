import { defineRule } from "./define.js";

/** Registry ids are checked while the registry is built; duplicate mandates per group in the link stage. */
export default defineRule({
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
});

import { defineMeta } from "../../diagnostics/rule.js";

/** Diagnostics from JSON Schema validation; one message per ajv keyword. */
export default defineMeta({
  id: "schema",
  severity: "error",
  stage: "validate",
  description: {
    sv: "Frontmatter och registerfiler följer sina JSON-scheman i schemas/.",
    en: "Frontmatter and registry files follow their JSON Schemas in schemas/.",
  },
  messages: {
    required: {
      sv: "Fältet {{field}} ({{title}}) saknas{{where}}.",
      en: "The field {{field}} ({{title}}) is missing{{where}}.",
      note: { sv: "Lägg till {{field}}: {{description}}", en: "Add {{field}}: {{description}}" },
    },
    additionalProperties: {
      sv: "Okänt fält {{field}}{{where}}.",
      en: "Unknown field {{field}}{{where}}.",
      note: { sv: "Tillåtna fält här: {{allowed}}.", en: "Fields allowed here: {{allowed}}." },
    },
    type: {
      sv: "{{title}} ska vara {{expected}}, men är {{actual}}.",
      en: "{{title}} must be {{expected}}, but is {{actual}}.",
    },
    enum: {
      sv: "{{title}} har värdet {{actual}}, som inte är tillåtet.",
      en: "{{title}} has the value {{actual}}, which is not allowed.",
      note: { sv: "Tillåtna värden: {{allowed}}.", en: "Allowed values: {{allowed}}." },
    },
    const: {
      sv: "{{title}} ska vara {{expected}}, men är {{actual}}.",
      en: "{{title}} must be {{expected}}, but is {{actual}}.",
    },
    pattern: {
      sv: "{{title}} {{actual}} har fel form.",
      en: "{{title}} {{actual}} has the wrong form.",
      note: { sv: "{{description}}", en: "{{description}}" },
    },
    format: {
      sv: "{{title}} {{actual}} är inte {{expected}}.",
      en: "{{title}} {{actual}} is not {{expected}}.",
      note: { sv: "{{description}}", en: "{{description}}" },
    },
    minItems: {
      sv: "{{title}} ska ha minst {{limit}} post(er).",
      en: "{{title}} must have at least {{limit}} item(s).",
    },
    minLength: { sv: "{{title}} får inte vara tom.", en: "{{title}} must not be empty." },
    minimum: { sv: "{{title}} ska vara minst {{limit}}, men är {{actual}}.", en: "{{title}} must be at least {{limit}}, but is {{actual}}." },
    maximum: { sv: "{{title}} får vara högst {{limit}}, men är {{actual}}.", en: "{{title}} must be at most {{limit}}, but is {{actual}}." },
    uniqueItems: {
      sv: "{{title}} innehåller samma värde två gånger (post {{first}} och {{second}}).",
      en: "{{title}} contains the same value twice (items {{first}} and {{second}}).",
    },
    minProperties: {
      sv: "{{title}} är tom; ange minst ett fält.",
      en: "{{title}} is empty; give at least one field.",
    },
    other: { sv: "{{title}}: {{detail}}.", en: "{{title}}: {{detail}}." },
  },
});

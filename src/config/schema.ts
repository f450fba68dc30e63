/**
 * The JSON Schema of mandat.config.json, derived from the rules (their ids, severities and option
 * schemas). schemas/config.schema.json is this, written by `npm run docs`; a test keeps them equal.
 */
import type { RuleMeta } from "../diagnostics/rule.js";

export const CONFIG_SCHEMA_ID = "https://mandat.example/schemas/config.schema.json";

export function configSchema(rules: readonly RuleMeta[]): object {
  const severity = (rule: RuleMeta) =>
    rule.stage === "parse"
      ? { enum: ["error"], description: `${rule.description.sv} Kan inte ändras: ett dokument som inte går att läsa är alltid fel.` }
      : { enum: ["error", "warning", "off"], description: `${rule.description.sv} Standard: ${rule.severity}.` };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: CONFIG_SCHEMA_ID,
    title: "mandat.config.json",
    description: "Inställningar för mandat i repositoriets rot: meddelandenas språk, reglernas nivåer och reglernas inställningar.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { title: "Schema", description: "Sökväg till detta schema, för redigerare som kan validera medan man skriver.", type: "string" },
      lang: { title: "Språk", description: "Språket i meddelanden från mandat: sv (svenska) eller en (engelska).", enum: ["sv", "en"] },
      rules: {
        title: "Regler",
        description: "Nivå per regel: error (stoppar), warning (varnar) eller off (av).",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, { title: r.id, ...severity(r) }])),
      },
      options: {
        title: "Regelinställningar",
        description: "Inställningar per regel, för regler som har sådana.",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(rules.filter((r) => r.options).map((r) => [r.id, r.options!.schema])),
      },
    },
  };
}

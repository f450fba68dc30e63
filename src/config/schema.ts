/**
 * The JSON Schema of mandat.config.json, derived from the rules (their ids, severities and option
 * schemas). schemas/config.schema.json is this, written by `npm run docs`; a test keeps them equal.
 */
import type { RuleMeta } from "../diagnostics/rule.js";
import { DEFAULT_LIMITS } from "./types.js";

export const CONFIG_SCHEMA_ID = "https://mandat.example/schemas/config.schema.json";

export function configSchema(rules: readonly RuleMeta[]): object {
  const severity = (rule: RuleMeta) =>
    rule.stage === "parse" && rule.severity === "error"
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
      limits: {
        title: "Gränser",
        description:
          "Hur mycket indata mandat tar emot. En fil över en gräns rapporteras av regeln limits vid filen och kontrolleras inte vidare; de andra filerna kontrolleras som vanligt. Gränserna skyddar mot filer som annars kunde få kontrollen att hänga eller krascha.",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: {
            title: "Största fil (byte)",
            description: `Största tillåtna storlek i byte för en fil (dokument, registerfil, standardtext, mandat.config.json). Standard: ${DEFAULT_LIMITS.maxFileBytes} (1 MiB). Gäller inte mandat.config.json själv, som alltid läses med standardgränserna.`,
            type: "integer",
            minimum: 1,
          },
          maxTotalBytes: {
            title: "Största totala storlek (byte)",
            description: `Största tillåtna storlek i byte för alla filer i en kontroll tillsammans (registren först, sedan dokumenten i sökvägsordning, sedan standardtexterna). Standard: ${DEFAULT_LIMITS.maxTotalBytes} (200 MiB).`,
            type: "integer",
            minimum: 1,
          },
          maxDepth: {
            title: "Största nästlingsdjup",
            description: `Största tillåtna nästling: listor och citat i varandra, betonings- och länktecken i följd, och YAML-samlingar i varandra. Standard: ${DEFAULT_LIMITS.maxDepth} nivåer.`,
            type: "integer",
            minimum: 1,
            maximum: 1000,
          },
          maxYamlAliases: {
            title: "Största antal YAML-alias",
            description: `Hur många alias (*namn) en YAML-text (frontmatter eller registerfil) högst får använda. Standard: ${DEFAULT_LIMITS.maxYamlAliases}.`,
            type: "integer",
            minimum: 0,
            maximum: 10000,
          },
          maxRenderSeconds: {
            title: "Längsta renderingstid per dokument (sekunder)",
            description: `Hur länge HTML-renderingen av ett dokument i mandat build högst får ta. Renderingen körs i en egen tråd som stoppas när tiden är slut; dokumentet rapporteras då av regeln limits och bygget skriver ingenting. Standard: ${DEFAULT_LIMITS.maxRenderSeconds} s.`,
            type: "number",
            exclusiveMinimum: 0,
            maximum: 3600,
          },
          maxPrintSeconds: {
            title: "Längsta utskriftstid per dokument (sekunder)",
            description: `Hur länge utskriften av ett dokument till PDF i mandat build högst får ta. Dokumentet rapporteras då av regeln limits och bygget skriver ingenting. Flaggan --print-timeout går före. Standard: ${DEFAULT_LIMITS.maxPrintSeconds} s.`,
            type: "number",
            exclusiveMinimum: 0,
            maximum: 3600,
          },
        },
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

/** The rule reference in docs/regler.md, generated from the rules' own metadata so it cannot drift. */
import type { Lang } from "./define.js";
import { rules } from "./index.js";

const SEVERITY = { sv: { error: "fel", warning: "varning", off: "av" }, en: { error: "error", warning: "warning", off: "off" } };

export function ruleDocs(lang: Lang = "sv"): string {
  const head =
    lang === "sv"
      ? "# Regler\n\nGenererad från reglernas metadata (`src/rules/*.ts`) av `npm run docs`; ändra inte för hand.\nNivån kan ändras per regel i `mandat.config.json`.\n"
      : "# Rules\n\nGenerated from the rules' metadata (`src/rules/*.ts`) by `npm run docs`; do not edit by hand.\n";
  const table = [
    lang === "sv" ? "| regel | standardnivå | kontrollerar |" : "| rule | default | checks |",
    "| --- | --- | --- |",
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${SEVERITY[lang][r.severity]} | ${r.description[lang]} |`),
  ].join("\n");
  const sections = rules.map((r) => {
    const messages = Object.values(r.messages).map((m) => `- ${m[lang]}${m.note ? `\n  ${lang === "sv" ? "Åtgärd" : "Fix"}: ${m.note[lang]}` : ""}`);
    return `## ${r.id}\n\n${r.description[lang]}\n\n${lang === "sv" ? "Meddelanden" : "Messages"}:\n\n${messages.join("\n")}\n`;
  });
  return `${head}\n${table}\n\n${sections.join("\n")}`;
}

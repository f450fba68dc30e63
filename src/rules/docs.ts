/** The rule reference in docs/regler.md, generated from the rules' own metadata so it cannot drift. */
import { common, type Lang } from "../diagnostics/messages.js";
import { rules } from "./index.js";

const WORDS = {
  head: {
    sv: "# Regler\n\nGenererad från reglernas metadata (`src/rules/*.ts`) av `npm run docs`; ändra inte för hand.\nNivån kan ändras per regel i `mandat.config.json`.\n",
    en: "# Rules\n\nGenerated from the rules' metadata (`src/rules/*.ts`) by `npm run docs`; do not edit by hand.\n",
  },
  columns: { sv: "| regel | standardnivå | kontrollerar |", en: "| rule | default | checks |" },
  fix: { sv: "Åtgärd", en: "Fix" },
  messages: { sv: "Meddelanden", en: "Messages" },
  options: { sv: "Inställningar (under `options` i mandat.config.json)", en: "Options (under `options` in mandat.config.json)" },
};

export function ruleDocs(lang: Lang = "sv"): string {
  const table = [
    WORDS.columns[lang],
    "| --- | --- | --- |",
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${common.severity[r.severity][lang]} | ${r.description[lang]} |`),
  ].join("\n");
  const sections = rules.map((r) => {
    const messages = Object.values(r.messages).map((m) => `- ${m[lang]}${m.note ? `\n  ${WORDS.fix[lang]}: ${m.note[lang]}` : ""}`);
    const options = r.options ? `\n${WORDS.options[lang]}:\n\n\`\`\`json\n${JSON.stringify(r.options.defaults, null, 2)}\n\`\`\`\n` : "";
    return `## ${r.id}\n\n${r.description[lang]}\n\n${WORDS.messages[lang]}:\n\n${messages.join("\n")}\n${options}`;
  });
  return `${WORDS.head[lang]}\n${table}\n\n${sections.join("\n")}`;
}

/** Shared standard texts: `<!-- mandat:include <path> -->` and its {{placeholders}} (reported by src/parse/include.ts). */
import { defineMeta } from "../../diagnostics/rule.js";

const WHERE = {
  sv: "Sökvägen räknas från repositoriets rot (mappen som har mandates/), till exempel mandates/standardtexter/samordningsrad.md.",
  en: "The path is relative to the repository root (the folder that holds mandates/), e.g. mandates/standardtexter/samordningsrad.md.",
};

const rule = defineMeta({
  id: "include",
  severity: "error",
  stage: "parse",
  description: {
    sv: "En gemensam standardtext som inkluderas med `<!-- mandat:include sökväg -->` finns i repositoriet, bildar ingen cykel och får ett värde för varje platshållare, och varje värde i values används.",
    en: "A shared standard text included with `<!-- mandat:include path -->` exists in the repository, forms no cycle and gets a value for every placeholder, and every value in values is used.",
  },
  messages: {
    malformed: {
      sv: "Inkluderingen ska stå ensam på en rad, utanför listor och citat, och ha en sökväg.",
      en: "An include must stand on a line of its own, outside lists and quotes, and have a path.",
      note: {
        sv: "Skriv den som `<!-- mandat:include mandates/standardtexter/namn.md -->` med tomma rader före och efter.",
        en: "Write it as `<!-- mandat:include mandates/standardtexter/name.md -->` with blank lines before and after.",
      },
    },
    absolute: {
      sv: "Sökvägen {{path}} är absolut; en inkludering får bara peka på filer i repositoriet.",
      en: "The path {{path}} is absolute; an include may only name files in the repository.",
      note: WHERE,
    },
    escapes: {
      sv: "Sökvägen {{path}} pekar utanför repositoriet.",
      en: "The path {{path}} points outside the repository.",
      note: WHERE,
    },
    outsideLink: {
      sv: "{{path}} är en symbolisk länk som pekar utanför repositoriet.",
      en: "{{path}} is a symbolic link that points outside the repository.",
      note: { sv: "Lägg den gemensamma texten i repositoriet, till exempel i mandates/standardtexter/.", en: "Put the shared text in the repository, e.g. in mandates/standardtexter/." },
    },
    notMarkdown: {
      sv: "{{path}} är ingen Markdown-fil; bara .md-filer kan inkluderas.",
      en: "{{path}} is not a Markdown file; only .md files can be included.",
    },
    refused: {
      sv: "Den gemensamma texten {{path}} kunde inte läsas; felet står vid filen.",
      en: "The shared text {{path}} could not be read; the problem is reported at the file.",
      note: { sv: "Rätta felet i den gemensamma texten; sedan inkluderas den.", en: "Fix the problem in the shared text; then it is included." },
    },
    notFound: {
      sv: "Den gemensamma texten {{path}} finns inte.",
      en: "The shared text {{path}} does not exist.",
      note: WHERE,
    },
    cycle: {
      sv: "Inkluderingen bildar en cykel: {{chain}}.",
      en: "The include forms a cycle: {{chain}}.",
      note: { sv: "En gemensam text kan inte inkludera sig själv, varken direkt eller via andra texter.", en: "A shared text cannot include itself, directly or through other texts." },
    },
    missingValue: {
      sv: "Platshållaren {{placeholder}} har inget värde i values i {{document}}.",
      en: "The placeholder {{placeholder}} has no value in values in {{document}}.",
      note: { sv: "Lägg till {{name}}: … under values i frontmattern i {{document}}.", en: "Add {{name}}: … under values in the frontmatter of {{document}}." },
    },
    noValues: {
      sv: "{{path}} har platshållare ({{placeholders}}) men {{document}} har inget values i frontmattern.",
      en: "{{path}} has placeholders ({{placeholders}}) but {{document}} has no values in its frontmatter.",
      note: { sv: "Lägg till values: i frontmattern med ett värde för varje platshållare.", en: "Add values: to the frontmatter with a value for every placeholder." },
    },
    unusedValue: {
      sv: "Värdet {{name}} i values används inte av någon inkluderad text.",
      en: "The value {{name}} in values is not used by any included text.",
      note: {
        sv: "Ta bort värdet, eller skriv {{placeholder}} där det ska stå i den gemensamma texten.",
        en: "Remove the value, or write {{placeholder}} where it belongs in the shared text.",
      },
    },
    deviationNotFound: {
      sv: "Avvikelsen gäller \"{{standard}}\", som inte står i någon gemensam text som {{document}} inkluderar.",
      en: "The deviation is for \"{{standard}}\", which is in no shared text that {{document}} includes.",
      note: {
        sv: "Skriv standard: exakt som i den gemensamma texten (samma stavning, inga radbrytningar inne i länkar eller betoning).",
        en: "Write standard: exactly as in the shared text (same spelling, no breaks inside links or emphasis).",
      },
    },
    deviationAmbiguous: {
      sv: "\"{{standard}}\" står {{count}} gånger i de inkluderade texterna; avvikelsen måste peka ut ett ställe.",
      en: "\"{{standard}}\" occurs {{count}} times in the included texts; a deviation must name one place.",
      note: {
        sv: "Ta med fler ord runt ordet i standard: och text:, så att stället blir entydigt.",
        en: "Include more words around it in standard: and text:, so that the place is unambiguous.",
      },
    },
  },
  phrases: {
    includedHere: { sv: "inkluderas här", en: "included here" },
  },
});

export default rule;

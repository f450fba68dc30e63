/** What the command line itself says, in Swedish and English. */
export const messages = {
  sv: {
    checked: (n: number) => `${n} dokument kontrollerade: inga problem.\n`,
    checkedStaged: (n: number) => `${n} dokument kontrollerade så som de checkas in: inga problem.\n`,
    stagedFix: "--fix rättar filerna på disk, inte det som checkas in; kör mandat check --fix och sedan git add.",
    badConfig: "mandat.config.json går inte att använda; rätta felen ovan.",
    suppressed: (n: number) => `${n} ${n === 1 ? "diagnos dold" : "diagnoser dolda"} av mandat-disable-next-line.\n`,
    severity: { error: "fel", warning: "varning", off: "av" },
    build: {
      checked: (n: number, warnings: number) => `Kontrollerade ${n} dokument${warnings ? ` (${warnings} varningar)` : ""}.\n`,
      pdf: (i: number, total: number, path: string, reused: boolean, signed = false) => `[${i}/${total}] PDF ${path}${reused ? " (återanvänd)" : ""}${signed ? " (signerad)" : ""}\n`,
      damaged: (n: number) =>
        `${n} ${n === 1 ? "cachad PDF var skadad och skrevs" : "cachade PDF:er var skadade och skrevs"} ut på nytt (cachen i .mandat-cache/ är lagad).\n`,
      swapped: (method: "exchange" | "renames" | "rename") =>
        `Utmappen byttes ${method === "exchange" ? "i ett steg (renameat2 RENAME_EXCHANGE)" : method === "renames" ? "med två namnbyten (utan RENAME_EXCHANGE)" : "med ett namnbyte (ingen tidigare utmapp)"}.\n`,
      stopped: (out: string) => `Bygget avbröts på grund av fel; ${out} är orörd.\n`,
      interrupted: (signal: string, out: string) => `Bygget avbröts (${signal}); ${out} är orörd.\n`,
      done: (docs: number, pdfs: number, reused: number, printed: number, out: string, ms: number) =>
        `Klart: ${docs} dokument, ${pdfs} PDF:er (${reused} ${reused === 1 ? "återanvänd" : "återanvända"}, ${printed} ${printed === 1 ? "utskriven" : "utskrivna"}) och webbplatsen i ${out}/ på ${(ms / 1000).toFixed(1)} s.\n`,
    },
  },
  en: {
    checked: (n: number) => `${n} documents checked: no problems.\n`,
    checkedStaged: (n: number) => `${n} documents checked as they are staged: no problems.\n`,
    stagedFix: "--fix corrects the files on disk, not what is staged; run mandat check --fix, then git add.",
    badConfig: "mandat.config.json cannot be used; correct the problems above.",
    suppressed: (n: number) => `${n} ${n === 1 ? "diagnostic" : "diagnostics"} hidden by mandat-disable-next-line.\n`,
    severity: { error: "error", warning: "warning", off: "off" },
    build: {
      checked: (n: number, warnings: number) => `Checked ${n} documents${warnings ? ` (${warnings} warnings)` : ""}.\n`,
      pdf: (i: number, total: number, path: string, reused: boolean, signed = false) => `[${i}/${total}] PDF ${path}${reused ? " (reused)" : ""}${signed ? " (signed)" : ""}\n`,
      damaged: (n: number) => `${n} cached ${n === 1 ? "PDF was" : "PDFs were"} damaged and printed again (the cache in .mandat-cache/ is repaired).\n`,
      swapped: (method: "exchange" | "renames" | "rename") =>
        `The output folder was replaced ${method === "exchange" ? "in one step (renameat2 RENAME_EXCHANGE)" : method === "renames" ? "with two renames (without RENAME_EXCHANGE)" : "with one rename (no previous output folder)"}.\n`,
      stopped: (out: string) => `The build stopped because of errors; ${out} is untouched.\n`,
      interrupted: (signal: string, out: string) => `The build was interrupted (${signal}); ${out} is untouched.\n`,
      done: (docs: number, pdfs: number, reused: number, printed: number, out: string, ms: number) =>
        `Done: ${docs} documents, ${pdfs} PDFs (${reused} reused, ${printed} printed) and the site in ${out}/ in ${(ms / 1000).toFixed(1)} s.\n`,
    },
  },
} as const;

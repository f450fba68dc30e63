/** What the command line itself says, in Swedish and English. */
export const messages = {
  sv: {
    checked: (n: number) => `${n} dokument kontrollerade: inga problem.\n`,
    severity: { error: "fel", warning: "varning", off: "av" },
  },
  en: {
    checked: (n: number) => `${n} documents checked: no problems.\n`,
    severity: { error: "error", warning: "warning", off: "off" },
  },
} as const;

/** Today's date as a Swedish reader means it (Europe/Stockholm), not UTC: right just after midnight too. */
export function swedishToday(now: Date = new Date()): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

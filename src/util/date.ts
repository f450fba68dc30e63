/**
 * Today's date as a Swedish reader means it (Europe/Stockholm), not UTC: right just after midnight too.
 * Sweden keeps Central European Time with the EU's summer time (since 1996 in this form): UTC+2 from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, else UTC+1.
 * Computed here rather than with Intl.DateTimeFormat's time zones, whose data took 20 ms to load
 * at every start (tests/date.test.ts compares the two over years of hours).
 */
export function swedishToday(now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const summer = now >= lastSundayAtOneUtc(year, 2) && now < lastSundayAtOneUtc(year, 9);
  const local = new Date(now.getTime() + (summer ? 2 : 1) * 3_600_000);
  return local.toISOString().slice(0, 10);
}

/** 01:00 UTC on the last Sunday of the month (0-based) of the year. */
function lastSundayAtOneUtc(year: number, month: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return new Date(last.getTime() - last.getUTCDay() * 86_400_000);
}

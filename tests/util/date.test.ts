import { describe, expect, it } from "vitest";
import { swedishToday } from "../../src/util/date.js";

const intl = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

describe("swedishToday", () => {
  it("is the date in Stockholm at every hour from 2020 to 2040 (Intl's time zone data as the oracle)", () => {
    const differ: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2041, 0, 1); t += 3_600_000) {
      const now = new Date(t);
      if (swedishToday(now) !== intl.format(now)) differ.push(now.toISOString());
    }
    expect(differ).toEqual([]);
  });

  it("turns at local midnight, not UTC midnight, in winter and in summer", () => {
    expect(swedishToday(new Date("2026-01-14T22:59:59Z"))).toBe("2026-01-14");
    expect(swedishToday(new Date("2026-01-14T23:00:00Z"))).toBe("2026-01-15");
    expect(swedishToday(new Date("2026-07-14T21:59:59Z"))).toBe("2026-07-14");
    expect(swedishToday(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("changes to summer time at 01:00 UTC on the last Sunday of March and back in October", () => {
    // 2026-03-29 and 2026-10-25 are the last Sundays.
    expect(swedishToday(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29"); // 00:30 CET
    expect(swedishToday(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25"); // 00:30 CEST
    expect(swedishToday(new Date("2026-10-25T22:30:00Z"))).toBe("2026-10-25"); // 23:30 CET
  });
});

/**
 * iCalendar (RFC 5545) file of a group's planned meetings. Written by hand because the format is
 * small and every rule that matters is here: CRLF line ends, lines folded at 75 octets (never
 * inside a UTF-8 character), TEXT values escaped, a UID per meeting that stays the same across
 * builds, and a DTSTAMP taken from the notes that announced the meeting, never from the clock, so
 * the same documents give the same file byte for byte.
 */

export interface CalendarEvent {
  /** Stable across builds: group id and date. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, local time in Sweden; without a start the event lasts the whole day. */
  start?: string;
  end?: string;
  summary: string;
  description?: string;
  location?: string;
  /** YYYY-MM-DD of the document that announced the meeting. */
  stamp: string;
}

const TZID = "Europe/Stockholm";

/** Central European time with the EU's summer-time rule (last Sunday of March/October). */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets, each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (date: string): string => date.replace(/-/g, "");
const compactTime = (time: string): string => `${time.replace(":", "")}00`;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function calendar(name: string, events: readonly CalendarEvent[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Västra Götalandsregionen//mandat//SV", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escapeText(name)}`];
  if (events.some((e) => e.start)) lines.push(...VTIMEZONE);
  for (const e of events) {
    lines.push("BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${compactDate(e.stamp)}T000000Z`);
    if (e.start) {
      lines.push(`DTSTART;TZID=${TZID}:${compactDate(e.date)}T${compactTime(e.start)}`);
      if (e.end) lines.push(`DTEND;TZID=${TZID}:${compactDate(e.date)}T${compactTime(e.end)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(e.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`);
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

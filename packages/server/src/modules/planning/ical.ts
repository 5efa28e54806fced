// iCalendar feed of a rep's planned visits (issue 6 item 3, RFC 5545): CRLF lines folded at 75 octets,
// escaped text, one VEVENT per visit with a stable UID so phone calendars update instead of duplicating.

/** One visit in the feed; times are minutes of the day in the company's time zone (floating times). */
export interface IcalVisit {
  id: string;
  date: string;
  startMin: number | null;
  durationMin: number;
  summary: string;
  location: string | null;
  description: string;
}

/** Escapes a TEXT value. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > (out.length === 0 ? 75 : 74)) {
      out.push(cur);
      cur = '';
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const ymd = (date: string) => date.replace(/-/g, '');
const hm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}${String(min % 60).padStart(2, '0')}00`;

/** The whole VCALENDAR text. */
export function buildIcal(calendarName: string, items: IcalVisit[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Qudao//Visit plan//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendarName)}`];
  for (const v of items) {
    lines.push('BEGIN:VEVENT', `UID:${v.id}@qudao`, `DTSTAMP:${stamp(now)}`);
    if (v.startMin === null) {
      const next = new Date(`${v.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(`DTSTART;VALUE=DATE:${ymd(v.date)}`, `DTEND;VALUE=DATE:${ymd(next.toISOString().slice(0, 10))}`);
    } else {
      lines.push(`DTSTART:${ymd(v.date)}T${hm(v.startMin)}`, `DURATION:PT${Math.max(1, Math.round(v.durationMin))}M`);
    }
    lines.push(`SUMMARY:${escapeText(v.summary)}`);
    if (v.location) lines.push(`LOCATION:${escapeText(v.location)}`);
    lines.push(`DESCRIPTION:${escapeText(v.description)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

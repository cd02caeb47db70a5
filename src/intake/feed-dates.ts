/**
 * Dates as feeds write them: RFC 822 in RSS ("Wed, 10 Dec 2025 21:40:00 -0600"), RFC 3339 in Atom
 * and JSON Feed ("2025-12-10T21:40:00-06:00"). The result keeps the publisher's own offset, so the
 * calendar day is the one the publisher lived, not the day in UTC.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Spanish-language feeds sometimes localise the month.
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

/** North American zone names RFC 822 allows, as offsets from UTC in hours. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

const RFC_822 =
  /^\s*(?:[\p{L}]{2,9}\.?,?\s*)?(\d{1,2})\s+([\p{L}]{3,10})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?\s*$/iu;
const ISO_8601 = /^\s*((?:19|20)\d\d-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d:?\d\d)?)?/i;

const two = (n: number) => String(n).padStart(2, '0');

function realDay(year: number, month: number, day: number): boolean {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/** A feed's date as ISO 8601 with the publisher's offset ("2025-12-10T21:40:00-06:00"), or null. */
export function feedDate(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const iso = ISO_8601.exec(value);
  if (iso) {
    const [, day, time, zone] = iso;
    const [y, m, d] = day!.split('-').map(Number) as [number, number, number];
    if (!realDay(y, m, d)) return null;
    if (!time) return day!;
    const offset = !zone || /^z$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${day}T${time.length === 5 ? `${time}:00` : time.slice(0, 8)}${offset}`;
  }
  const rfc = RFC_822.exec(value);
  if (rfc) {
    const [, dayText, monthText, yearText, hour, minute, second, zone] = rfc;
    const month = MONTHS[monthText!.slice(0, 3).toLowerCase()];
    let year = Number(yearText);
    if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
    const day = Number(dayText);
    if (!month || !realDay(year, month, day)) return null;
    const date = `${year}-${two(month)}-${two(day)}`;
    if (hour === undefined) return date;
    let offset = 'Z';
    if (zone && /^[+-]/.test(zone)) {
      const digits = zone.replace(':', '');
      offset = digits === '+0000' || digits === '-0000' ? 'Z' : `${digits.slice(0, 3)}:${digits.slice(3)}`;
    } else if (zone && ZONES[zone.toLowerCase()] !== undefined) {
      const hours = ZONES[zone.toLowerCase()]!;
      offset = hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${two(Math.abs(hours))}:00`;
    }
    return `${date}T${two(Number(hour))}:${minute}:${second ?? '00'}${offset}`;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().replace(/\.000Z$/, 'Z');
}

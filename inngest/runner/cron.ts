/*
 * Standard 5-field cron (minute hour day-of-month month day-of-week) with lists, ranges, steps,
 * month/day names, the @hourly/@daily/@weekly/@monthly/@yearly macros and an optional
 * "TZ=Area/City " prefix. Day-of-month and day-of-week combine with OR when both are restricted,
 * as in Vixie cron.
 */
type Field = { values: Set<number>; restricted: boolean };
export type CronSchedule = { minute: Field; hour: Field; dayOfMonth: Field; month: Field; dayOfWeek: Field; timeZone: string };

const macros: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};
const monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

function parseValue(text: string, names: string[] | undefined, offset: number): number {
  const index = names?.indexOf(text.toUpperCase()) ?? -1;
  if (index >= 0) return index + offset;
  if (!/^\d+$/.test(text)) throw new Error(`Bad cron value "${text}"`);
  return Number(text);
}

function parseField(text: string, min: number, max: number, names?: string[], nameOffset = 0): Field {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [range, stepText] = part.split("/") as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`Bad cron step in "${part}"`);
    let [from, to] = [min, max];
    if (range !== "*" && range !== "?") {
      const [a, b] = range.split("-") as [string, string | undefined];
      from = parseValue(a, names, nameOffset);
      to = b === undefined ? (stepText === undefined ? from : max) : parseValue(b, names, nameOffset);
    }
    if (from < min || to > max || from > to) throw new Error(`Cron value out of range in "${part}"`);
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return { values, restricted: text !== "*" && text !== "?" };
}

export function parseCron(expression: string): CronSchedule {
  let text = expression.trim();
  let timeZone = "UTC";
  const tz = text.match(/^(?:CRON_)?TZ=(\S+)\s+(.*)$/);
  if (tz) [timeZone, text] = [tz[1]!, tz[2]!];
  new Intl.DateTimeFormat("en-US", { timeZone }); // throws RangeError for an unknown zone
  const fields = (macros[text] ?? text).split(/\s+/);
  if (fields.length !== 5) throw new Error(`Cron needs 5 fields: "${expression}"`);
  const dayOfWeek = parseField(fields[4]!, 0, 7, dayNames);
  if (dayOfWeek.values.delete(7)) dayOfWeek.values.add(0);
  return {
    minute: parseField(fields[0]!, 0, 59),
    hour: parseField(fields[1]!, 0, 23),
    dayOfMonth: parseField(fields[2]!, 1, 31),
    month: parseField(fields[3]!, 1, 12, monthNames, 1),
    dayOfWeek,
    timeZone,
  };
}

/** Milliseconds to add to a UTC instant to read the wall clock of the zone. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

function dayMatches(schedule: CronSchedule, wall: Date): boolean {
  const dom = schedule.dayOfMonth.values.has(wall.getUTCDate());
  const dow = schedule.dayOfWeek.values.has(wall.getUTCDay());
  if (schedule.dayOfMonth.restricted && schedule.dayOfWeek.restricted) return dom || dow;
  return dom && dow;
}

/** The first fire time strictly after `after` (epoch ms), searching up to five years ahead. */
export function nextFireTime(schedule: CronSchedule, after: number): number {
  const offset = zoneOffset(after, schedule.timeZone);
  // Walk the zone's wall clock (held in a UTC Date), skipping whole months/days/hours that cannot match.
  const wall = new Date(Math.floor((after + offset) / 60_000) * 60_000 + 60_000);
  const limit = wall.getTime() + 5 * 366 * 86_400_000;
  while (wall.getTime() < limit) {
    if (!schedule.month.values.has(wall.getUTCMonth() + 1)) {
      wall.setUTCMonth(wall.getUTCMonth() + 1, 1);
      wall.setUTCHours(0, 0, 0, 0);
    } else if (!dayMatches(schedule, wall)) {
      wall.setUTCDate(wall.getUTCDate() + 1);
      wall.setUTCHours(0, 0, 0, 0);
    } else if (!schedule.hour.values.has(wall.getUTCHours())) {
      wall.setUTCHours(wall.getUTCHours() + 1, 0, 0, 0);
    } else if (!schedule.minute.values.has(wall.getUTCMinutes())) {
      wall.setUTCMinutes(wall.getUTCMinutes() + 1, 0, 0);
    } else {
      const guess = wall.getTime() - offset;
      const instant = wall.getTime() - zoneOffset(guess, schedule.timeZone);
      // A wall time skipped by a DST change maps back before `after` or off the clock; skip it.
      if (instant > after && instant + zoneOffset(instant, schedule.timeZone) === wall.getTime()) return instant;
      wall.setUTCMinutes(wall.getUTCMinutes() + 1, 0, 0);
    }
  }
  throw new Error("Cron expression never fires");
}

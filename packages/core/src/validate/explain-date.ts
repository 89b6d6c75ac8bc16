import { MONTH_NAMES } from "../kit/format-date.js";
import { quoteText } from "./describe-value.js";

const PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `value` is not an acceptable date, as a sentence with the fix.
 * `dateOnly` says whether a bare date (`2015-06-29`) is allowed there.
 */
export function explainDate(value: string, dateOnly: boolean): string {
  const expected = dateOnly
    ? "an ISO 8601 date (2015-06-29) or date-time with offset (2015-06-29T10:00:00Z)"
    : "an ISO 8601 date-time with seconds and a UTC offset (2015-09-11T10:00:00Z or 2015-09-11T13:00:00+03:00)";
  const shown = quoteText(value);
  const m = PARTS.exec(value);
  if (!m) return `${shown} is not ${expected}.`;
  const [, y, mo, d, h, mi, s, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `${shown} has month ${mo}; months run from 01 to 12.`;
  const days = daysIn(year, month);
  if (day < 1 || day > days)
    return `${shown} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days.`;
  if (h === undefined) {
    return dateOnly
      ? `${shown} is not ${expected}.`
      : `${shown} is a date without a time; write ${expected}.`;
  }
  if (Number(h) > 23) return `${shown} has hour ${h}; hours run from 00 to 23.`;
  if (Number(mi) > 59) return `${shown} has minute ${mi}; minutes run from 00 to 59.`;
  if (s === undefined) return `${shown} has no seconds; write them (…T${h}:${mi}:00…).`;
  if (Number(s) > 59) return `${shown} has second ${s}; seconds run from 00 to 59.`;
  if (offset === undefined)
    return `${shown} has no UTC offset, so it names a different instant in every time zone. Add Z (UTC) or the offset, e.g. +03:00.`;
  const [oh, om] = offset === "Z" ? [0, 0] : offset.slice(1).split(":").map(Number);
  if (oh! > 23 || om! > 59) return `${shown} has the offset ${offset}, which is out of range.`;
  return `${shown} is not ${expected}.`;
}

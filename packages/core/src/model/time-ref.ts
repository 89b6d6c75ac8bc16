/**
 * A time as the text gives it: its own phrase ("on Friday", "in August"),
 * plus an ISO 8601 date only where the source fixes one.
 */
export interface TimeRef {
  /** The text's own words: "on Friday", "earlier this month". */
  text: string;
  /** ISO 8601 date (`2015-06-29`) or date-time with offset; omit when the text does not fix it. */
  date?: string;
}

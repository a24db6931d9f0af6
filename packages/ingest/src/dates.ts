import * as chrono from 'chrono-node';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)';
const DATE_PATTERN =
  `${WEEKDAY}?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`;
const TIME = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';

/** A line that is nothing but a date ("4 February 2017", "Friday, July 21, 2017", "April 5, 2024"). */
const DATE_LINE = new RegExp(`^(?:(?:published|updated|posted)(?: on)?:?\\s+)?${DATE_PATTERN}${TIME}$`, 'i');
/** A date that opens a paragraph ("Thursday, May 7, 2015 On Tuesday, the government ..."). */
const DATE_PREFIX = new RegExp(`^${DATE_PATTERN}(?=\\s+\\p{Lu})`, 'iu');

export function isDateLine(line: string): boolean {
  return line.length <= 60 && DATE_LINE.test(line);
}

/** Length of a date that opens the paragraph and is followed by a sentence, or 0. */
export function datePrefixLength(p: string): number {
  return DATE_PREFIX.exec(p)?.[0].length ?? 0;
}

/** ISO `YYYY-MM-DD` of the date a phrase states, when it states year, month and day; else null. */
export function toIsoDate(phrase: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(phrase.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = chrono.en.strict.parse(phrase)[0];
  if (!parsed) return null;
  const s = parsed.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  const pad = (n: number | null, w: number): string => String(n ?? 0).padStart(w, '0');
  return `${pad(s.get('year'), 4)}-${pad(s.get('month'), 2)}-${pad(s.get('day'), 2)}`;
}

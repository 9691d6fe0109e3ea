/**
 * Dates and periods the text gives for an event: absolute ("November 17, 2020", "August 2019",
 * "in 2009") or relative to the article's date ("last year", "in October", "Earlier Tuesday",
 * "last week"). Pure: the article date is an argument, never the clock.
 *
 * A resolved date is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (as precise as the text is) and is
 * `approximate` unless it names one full day.
 */

/** A date found in text. */
export interface TextDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** True when the text does not pin one day ("in October", "last year", "last week"). */
  approximate: boolean;
  /** The words that gave it, and where they are in the searched text. */
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '((?:19|20)\\d\\d)';

/** What a date rule needs in the text, as bits: a month name, a year's digits, "year", "month", "week", "yesterday"/"today", a weekday. */
const N = { month: 1, year: 2, yearWord: 4, monthWord: 8, week: 16, day: 32, weekday: 64 } as const;
/**
 * A quick test per need: literal words the engine finds by a fast scan. (The rules read month
 * names capitalised and their other words in sentence or lower case: a case-insensitive pattern
 * is slower, and "this may" is no month.)
 */
const NEEDS: Array<[number, RegExp]> = [
  [N.month, /January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\./],
  [N.year, /(?:19|20)\d\d/],
  [N.yearWord, /year/],
  [N.monthWord, /month/],
  [N.week, /week/],
  [N.day, /[Yy]esterday|[Tt]oday/],
  [N.weekday, /Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday/],
];

/** Patterns, most precise first; each returns a date given the article date. */
const RULES: Array<{ needs: number; re: RegExp; make: (m: RegExpExecArray, ref: Ref | null) => Omit<TextDate, 'text' | 'start' | 'end'> | null }> = [
  // "November 17, 2020", "Nov. 17 2020"
  { needs: N.month | N.year, re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'), make: (m) => day(+m[3], month(m[1]), +m[2], false) },
  // "17 November 2020"
  { needs: N.month | N.year, re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+${YEAR}\\b`, 'g'), make: (m) => day(+m[3], month(m[2]), +m[1], false) },
  // "2020-11-17"
  { needs: N.year, re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, make: (m) => day(+m[1], +m[2], +m[3], false) },
  // "November 17" (year from the article: the latest such day not after it)
  {
    needs: N.month,
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d\\d)(?!\\s*(?:percent|%))`, 'g'),
    make: (m, ref) => (ref ? day(yearNotAfter(ref, month(m[1]), +m[2]), month(m[1]), +m[2], false) : null),
  },
  // "August 2019", "mid-October 2019"
  { needs: N.month | N.year, re: new RegExp(`\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)-?\\s*)?${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), make: (m) => ({ date: `${m[2]}-${pad(month(m[1]))}`, approximate: true }) },
  // "in October", "mid-October", "last October" (the latest such month not after the article)
  {
    needs: N.month,
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|(?:[Ee]arly|[Mm]id|[Ll]ate)-?)\\s*${MONTH}\\b`, 'g'),
    make: (m, ref) => {
      if (!ref) return null;
      const mo = month(m[1]);
      return { date: `${ref.y - (mo > ref.m ? 1 : 0)}-${pad(mo)}`, approximate: true };
    },
  },
  // "last year", "this year", "earlier this year", "next year"
  {
    needs: N.yearWord,
    re: /\b([Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Tt]he previous|[Tt]he following)\s+year\b/g,
    make: (m, ref) => {
      if (!ref) return null;
      const w = m[1].toLowerCase();
      const y = w === 'last' || w === 'the previous' ? ref.y - 1 : w === 'next' || w === 'the following' ? ref.y + 1 : ref.y;
      return { date: String(y), approximate: true };
    },
  },
  // "last month", "this month"
  {
    needs: N.monthWord,
    re: /\b([Ll]ast|[Tt]his|[Ee]arlier this)\s+month\b/g,
    make: (m, ref) => {
      if (!ref) return null;
      const back = m[1].toLowerCase() === 'last' ? 1 : 0;
      const d = new Date(Date.UTC(ref.y, ref.m - 1 - back, 1));
      return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, approximate: true };
    },
  },
  // "last week" → the article's date minus seven days, approximate
  { needs: N.week, re: /\b[Ll]ast\s+week\b/g, make: (_m, ref) => (ref ? { date: shift(ref, -7), approximate: true } : null) },
  // "yesterday", "today"
  { needs: N.day, re: /\b([Yy]esterday|[Tt]oday)\b/g, make: (m, ref) => (ref ? { date: shift(ref, m[1].toLowerCase() === 'yesterday' ? -1 : 0), approximate: false } : null) },
  // "on Tuesday", "Earlier Tuesday", "last Tuesday": the latest such weekday on or before the article
  {
    needs: N.weekday,
    re: /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    make: (m, ref) => {
      if (!ref) return null;
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      const have = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
      return { date: shift(ref, -((have - want + 7) % 7)), approximate: false };
    },
  },
  // "in 2009", "since 2015", "the 2009 killing"
  { needs: N.year, re: /\b((?:19|20)\d\d)\b(?!\s*(?:percent|%|kilos|pounds|people|tons))/g, make: (m) => ({ date: m[1], approximate: true }) },
];

/** Four digits of a year. */
const YEAR_DIGITS = /(?:19|20)\d\d/;

interface Ref {
  y: number;
  m: number;
  d: number;
}

/**
 * Every date expression in `text`, resolved against the article's date (`YYYY-MM-DD` or null:
 * then only absolute dates are found). Overlapping finds keep the most precise (earliest rule).
 *
 * @example findDates('He was arrested in October at the airport.', '2020-11-17') // [{ date: '2020-10', approximate: true, text: 'in October', start: 14, end: 24 }]
 */
export function findDates(text: string, articleDate: string | null): TextDate[] {
  // Each rule needs a month, a year, "year", "month", "week", "yesterday"/"today" or a weekday:
  // a quick test of each says which can match, and only those rules run.
  let needs = 0;
  for (const [bit, re] of NEEDS) if (re.test(text)) needs |= bit;
  if (!needs) return [];
  const ref = parseRef(articleDate);
  const out: TextDate[] = [];
  for (const rule of RULES) {
    if ((rule.needs & needs) !== rule.needs) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      const made = rule.make(m, ref);
      if (!made || !valid(made.date)) continue;
      out.push({ ...made, text: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date of an event whose words sit at `at` (an offset, or a span) in `text`: the date
 * expression nearest to them. Years inside a period ("from 2012 to 2018") describe a state of
 * affairs, not the event, and are skipped.
 *
 * @param at the event cue's offset or span in `text`
 * @example dateNear('Last week, police arrested him in Puerto Lindo.', 17, '2024-03-08')?.date // '2024-03-01'
 */
export function dateNear(text: string, at: number | { start: number; end: number }, articleDate: string | null): TextDate | null {
  const a = typeof at === 'number' ? { start: at, end: at } : at;
  let best: TextDate | null = null;
  let bestDistance = Infinity;
  for (const d of eventDates(text, articleDate)) {
    const distance = d.end <= a.start ? a.start - d.end : d.start >= a.end ? d.start - a.end : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best && { ...best };
}

/**
 * The event dates of a whole text (dates outside every period), sorted by position: read once per
 * article, then asked per mention with {@link nearestDate}.
 *
 * @example eventDatesIn('Police arrested him on Monday. He was freed in 2019.', '2024-03-08').map((d) => d.text) // ['Monday', '2019']
 */
export function eventDatesIn(text: string, articleDate: string | null): TextDate[] {
  return eventDates(text, articleDate);
}

/**
 * Of `dates` (sorted, as {@link eventDatesIn} gives them), the one inside `within` nearest to
 * `at`, as `dateNear` reads it on the text of `within` alone; offsets are the text's.
 *
 * @example nearestDate(eventDatesIn(text, ref), sentence, cue)?.date
 */
export function nearestDate(dates: readonly TextDate[], within: { start: number; end: number }, at: { start: number; end: number }): TextDate | null {
  let best: TextDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < within.start) continue;
    if (d.end > within.end) break;
    const distance = d.end <= at.start ? at.start - d.end : d.start >= at.end ? d.start - at.end : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best && { ...best };
}

/** The last text's event dates: the mentions of one sentence ask about the same sentence in turn. */
let lastDates: { text: string; articleDate: string | null; dates: TextDate[] } | null = null;

/** The dates in `text` outside every period, in `findDates` order. */
function eventDates(text: string, articleDate: string | null): TextDate[] {
  if (lastDates && lastDates.text === text && lastDates.articleDate === articleDate) return lastDates.dates;
  const periods = findPeriods(text).filter((p) => p.period.includes('–') || /^(?:since|until)/.test(p.period));
  const dates = findDates(text, articleDate).filter((d) => !periods.some((p) => p.start <= d.start && d.end <= p.end));
  lastDates = { text, articleDate, dates };
  return dates;
}

/** A period the text gives for a state of affairs ("between 2015 and 2017", "since 2010"). */
export interface TextPeriod {
  /** "2015–2017", "since 2010", "until 2012", "2009". */
  period: string;
  text: string;
  start: number;
  end: number;
}

const PERIODS: Array<{ re: RegExp; make: (m: RegExpExecArray) => string }> = [
  { re: /\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|through)\s+((?:19|20)\d\d)\b/gi, make: (m) => `${m[1]}–${m[2]}` },
  { re: /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d|\d\d)\b/g, make: (m) => `${m[1]}–${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}` },
  { re: /\b(?:since|as far back as|from)\s+((?:19|20)\d\d)\b/gi, make: (m) => `since ${m[1]}` },
  { re: /\b(?:until|till|up to)\s+((?:19|20)\d\d)\b/gi, make: (m) => `until ${m[1]}` },
  { re: /\bin\s+(?:the\s+)?((?:19|20)\d0)s\b/gi, make: (m) => `${m[1]}s` },
  { re: /\b(?:in|during)\s+((?:19|20)\d\d)\b/gi, make: (m) => m[1] },
];

/**
 * Periods in `text` ("between 2015 and 2017" → "2015–2017"), sorted by position.
 *
 * @example findPeriods('The H-2 cartel controlled Nayarit between 2015 and 2017.')[0].period // '2015–2017'
 */
export function findPeriods(text: string): TextPeriod[] {
  // Every period names a year.
  if (!YEAR_DIGITS.test(text)) return [];
  const out: TextPeriod[] = [];
  for (const p of PERIODS) {
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ period: p.make(m), text: m[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function parseRef(date: string | null): Ref | null {
  const m = date ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(date) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function month(s: string): number {
  const k = s.toLowerCase().replace('.', '');
  const full = MONTHS.indexOf(k);
  return full >= 0 ? full + 1 : MONTH_ABBR[k];
}

function day(y: number, mo: number, d: number, approximate: boolean) {
  return { date: `${y}-${pad(mo)}-${pad(d)}`, approximate };
}

/** The year in which month/day falls on or before the reference date. */
function yearNotAfter(ref: Ref, mo: number, d: number): number {
  return mo > ref.m || (mo === ref.m && d > ref.d) ? ref.y - 1 : ref.y;
}

function shift(ref: Ref, days: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function valid(date: string): boolean {
  const [y, mo, d] = date.split('-').map(Number);
  if (mo !== undefined && (mo < 1 || mo > 12)) return false;
  if (d !== undefined) {
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCMonth() !== mo - 1) return false;
  }
  return true;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

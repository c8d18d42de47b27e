/** How many years of experience a profile's dates support. */
import type { Experience } from '../../schema';
import { fold } from './text';

/** How month names start; a start stands for every name that begins with it ("mar": März, mars, marzo; "maa": maart, maaliskuu). */
const MONTHS: Array<[RegExp, number]> = [
  [/^(?:jan|ene|gen|tammi|stycz)/, 1],
  [/^(?:feb|fev|helmi|lut)/, 2],
  [/^(?:mar|maa)/, 3],
  [/^(?:apr|avr|abr|huhti|kwi)/, 4],
  [/^(?:may|mai|mei|mag|maj|touko)/, 5],
  [/^(?:jun|juin|giu|kesa|czer)/, 6],
  [/^(?:jul|juil|lug|heina|lip)/, 7],
  [/^(?:aug|aou|ago|elo|sier)/, 8],
  [/^(?:sep|set|syys|wrz)/, 9],
  [/^(?:oct|okt|ott|out|loka|paz)/, 10],
  [/^(?:nov|marras|lis)/, 11],
  [/^(?:dec|dez|dic|dets|joulu|gru)/, 12],
];

const ONGOING = /^(?:|present|now|current|currently|today|ongoing|heute|jetzt|aktuell|laufend|aujourd'hui|actuel|actualidad|actual|hoy|oggi|attuale|presente|heden|nu|huidig|atual|atualmente|idag|nuvarande|dags dato|i dag|na|nyt|nykyinen|obecnie|teraz|-|–)$/;

/** Month number from 1; a year alone is read as its first month for a start and its last for an end. */
export function parseDate(raw: string, edge: 'start' | 'end', now: Date): { year: number; month: number } | null {
  const text = fold(raw.trim());
  if (ONGOING.test(text)) return edge === 'end' ? { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 } : null;
  const year = /(19\d\d|20\d\d)/.exec(text)?.[1];
  if (!year) return null;
  const numeric = /(?:^|\D)(\d{1,2})[./-](?:19|20)\d\d|(?:19|20)\d\d[./-](\d{1,2})(?:\D|$)/.exec(text);
  let month = numeric ? Number(numeric[1] ?? numeric[2]) : 0;
  if (!(month >= 1 && month <= 12)) {
    const word = /\p{L}{3,}/u.exec(text)?.[0] ?? '';
    month = MONTHS.find(([pattern]) => pattern.test(word))?.[1] ?? (edge === 'start' ? 1 : 12);
  }
  return { year: Number(year), month };
}

function monthsBetween(start: { year: number; month: number }, end: { year: number; month: number }): number {
  return Math.max(0, (end.year - start.year) * 12 + (end.month - start.month) + 1);
}

/** Years from the first start to the last end (generous: gaps count), or null when no entry has dates. */
export function careerYears(experience: Pick<Experience, 'start' | 'end'>[], now: Date): number | null {
  let first: { year: number; month: number } | null = null;
  let last: { year: number; month: number } | null = null;
  for (const entry of experience) {
    const start = parseDate(entry.start, 'start', now);
    if (!start) continue;
    // An end without a year ("nykyhetki", "d.d.", "till now") is ongoing: written words for "now" vary too much to list.
    const end = parseDate(entry.end, 'end', now) ?? (entry.end.trim() && !/\d/.test(entry.end) ? parseDate('', 'end', now) : start)!;
    if (!first || start.year * 12 + start.month < first.year * 12 + first.month) first = start;
    if (!last || end.year * 12 + end.month > last.year * 12 + last.month) last = end;
  }
  return first && last ? monthsBetween(first, last) / 12 : null;
}

export function entryYears(entry: Pick<Experience, 'start' | 'end'>, now: Date): number | null {
  return careerYears([entry], now);
}

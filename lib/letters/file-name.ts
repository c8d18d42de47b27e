/** Characters Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_PART_LENGTH = 80;

/** A company name made safe as part of a file name: "Acme / Co: UK" → "Acme_Co_UK". */
export function safeFileNamePart(text: string, fallback = 'Company'): string {
  let part = text
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.\s-]+|[_.\s-]+$/g, '');
  // Cut by code point so a surrogate pair is never split.
  part = Array.from(part).slice(0, MAX_PART_LENGTH).join('').replace(/[_.\s-]+$/g, '');
  if (part === '') return fallback;
  return RESERVED.test(part) ? `${part}_` : part;
}

/** YYYY-MM-DD in local time: the day the user sees on their calendar. */
export function isoLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function letterFileName(company: string, date: Date, extension: string): string {
  return `CoverLetter_${safeFileNamePart(company)}_${isoLocalDate(date)}.${extension}`;
}

/** Several letters for one company on one day must not overwrite each other in a ZIP. */
export function uniqueFileNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    const candidate = dot > 0 ? `${name.slice(0, dot)}_${count}${name.slice(dot)}` : `${name}_${count}`;
    seen.set(candidate.toLowerCase(), 1);
    return candidate;
  });
}

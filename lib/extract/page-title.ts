import { cleanCompanyName, isJobBoardName } from './company';
import { collapseInline, comparisonKey } from './text';

/**
 * Job title and employer read from the grammar of a page's <title> / og:title, in the forms job
 * sites use ("Data Analyst at Xometry", "Xometry hiring Data Analyst in Berlin | LinkedIn",
 * "「AutoCAD开发工程师招聘」_基准方中招聘-BOSS直聘"). Used for pages that have not rendered (SPA
 * shells, a logged-in LinkedIn shell) and to strip "at Company" / "- Company | Careers" from titles.
 */

export interface TitleGrammar {
  readonly title: string;
  readonly company: string | null;
  readonly location: string;
}

/** The page's own titles, most specific first. */
export function pageTitles(document: Document): string[] {
  const meta = (selector: string) => collapseInline(document.querySelector(selector)?.getAttribute('content') ?? '');
  return [
    meta('meta[property="og:title"]'),
    meta('meta[name="twitter:title"]'),
    // document.title also picks up an inline SVG's <title>; the head's own <title> is the one wanted.
    collapseInline(document.querySelector('head > title')?.textContent ?? document.title),
  ].filter((title, index, all) => title !== '' && all.indexOf(title) === index);
}

// Trailing "| LinkedIn", "- Indeed.com", "| Careers", "– Jobs at X": site furniture, not the job.
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—]*$/;
const CAREERS_WORDS = /^(?:careers?|jobs?|job board|karriere|stellenangebote?|empleo|empleos|trabajo|emplois?|carrières?|vagas?|vacatures?|praca|вакансии|вакансії|робота|работа|招聘|求人|채용|وظائف|kariyer|[iİ]ş [iİ]lanlar[ıI]|oferty pracy)(?:\s+(?:at|bei|en|chez|в|у)\s+.+)?$/i;

function stripSiteSuffixes(title: string): string {
  let current = title;
  for (let round = 0; round < 3; round++) {
    const match = SITE_SUFFIX.exec(current);
    if (match === null) break;
    const suffix = collapseInline(match[0].replace(/^\s*[|–—-]\s*/, ''));
    if (!isJobBoardName(suffix) && !CAREERS_WORDS.test(suffix)) break;
    current = current.slice(0, match.index).trim();
  }
  return current;
}

interface Pattern {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => TitleGrammar;
}

const grammar = (title: string | undefined, company: string | undefined, location = ''): TitleGrammar => ({
  title: collapseInline(title ?? ''),
  company: cleanCompanyName(company),
  location: collapseInline(location),
});

const PATTERNS: readonly Pattern[] = [
  // LinkedIn: "Xometry hiring Data Analyst in Berlin, Germany | LinkedIn"
  { pattern: /^(.+?)\s+hiring\s+(.+?)(?:\s+in\s+(.+?))?$/i, read: (m) => grammar(m[2], m[1], m[3]) },
  // Greenhouse: "Job Application for Analyst at HelloFresh"
  { pattern: /^job application for\s+(.+?)\s+at\s+(.+)$/i, read: (m) => grammar(m[1], m[2]) },
  // BOSS直聘 and other Chinese boards: "「Title招聘」_Company招聘-BOSS直聘"
  { pattern: /^「?(.+?)招聘」?[_|-](.+?)招聘/, read: (m) => grammar(m[1], m[2]) },
  // hh.ru: "Вакансия Python-разработчик в Москве, работа в компании Яндекс"; hh.ua: "Вакансія …, робота в компанії …"
  { pattern: /^Ваканс[иі][яї]\s+(.+?)(?:\s+[ву]\s+[^,]+)?,\s+(?:работа в компании|робота в компанії)\s+(.+?)(?:\s+\(.*\))?$/i, read: (m) => grammar(m[1], m[2]) },
  // "Data Analyst at Xometry", "Engineer @ Ro", "Ingénieur chez Acme", "Entwickler bei Acme", "Analista en Acme"
  { pattern: /^(.+?)\s+(?:at|@|chez|bei)\s+(.+)$/i, read: (m) => grammar(m[1], m[2]) },
  // "Data Analyst | Xometry Europe" (what is left of "… | Xometry Europe | LinkedIn")
  { pattern: /^(.+?)\s+[|]\s+(.+)$/, read: (m) => grammar(m[1], m[2]) },
];

/** What the title's grammar says, or null when it names no employer. */
export function readTitleGrammar(raw: string, withBoardSuffix: boolean): TitleGrammar | null {
  const stripped = stripSiteSuffixes(collapseInline(raw));
  if (stripped === '') return null;
  // "A | B" only means title | company when a board's suffix was cut off ("… | LinkedIn").
  const patterns = withBoardSuffix ? PATTERNS : PATTERNS.slice(0, -1);
  for (const { pattern, read } of patterns) {
    const match = pattern.exec(stripped);
    if (match === null) continue;
    const result = read(match);
    if (result.title !== '' && result.company !== null && comparisonKey(result.title) !== comparisonKey(result.company)) return result;
  }
  return null;
}

/** The first of the page's titles whose grammar names both job and employer. */
export function titleGrammarOf(document: Document): TitleGrammar | null {
  for (const title of pageTitles(document)) {
    const hadBoardSuffix = stripSiteSuffixes(title) !== title;
    const read = readTitleGrammar(title, hadBoardSuffix);
    if (read !== null) return read;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The job title alone: "Engineer at Acme", "Engineer - Acme | Careers", "Job Application for
 * Engineer at Acme" → "Engineer". Only the employer's or a board's name is cut, so "Engineer in
 * Berlin" or "Manager - Content Creation" keep their meaning.
 */
export function cleanJobTitle(raw: string, company: string | null): string {
  let title = collapseInline(raw).replace(/^job application for\s+/i, '');
  title = stripSiteSuffixes(title);
  if (company !== null && company !== '') {
    const name = escapeRegExp(company);
    title = title
      .replace(new RegExp(`\\s+(?:at|@|chez|bei|in|en|в|у)\\s+${name}(?:\\s*[,.].*)?$`, 'iu'), '')
      .replace(new RegExp(`\\s+[|–—-]\\s+${name}(?:\\s+[|–—-]\\s+.*)?$`, 'iu'), '')
      .replace(new RegExp(`^${name}\\s+(?:[|–—:-]|hiring)\\s+`, 'iu'), '');
  }
  title = title.replace(/\s+(?:at|@)\s+(\S.*)$/i, (whole, name: string) => (isJobBoardName(name) ? '' : whole));
  return collapseInline(title) || collapseInline(raw);
}

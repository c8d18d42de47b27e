import { cleanCompanyName, isJobBoardName } from './company';
import { collapseInline, comparisonKey } from './text';

/**
 * Title and employer guesses for pages without structured data, read from headings, page titles
 * and og:* meta. Employer guesses must be corroborated: a wrong company in a cover letter is worse
 * than an empty field the user fills in.
 */

const TITLE_SEPARATOR = /\s+(?:[-–—|·•@]|at)\s+/i;

function metaContent(document: Document, selector: string): string {
  return collapseInline(document.querySelector(selector)?.getAttribute('content') ?? '');
}

function pageTitles(document: Document): string[] {
  return [
    metaContent(document, 'meta[property="og:title"]'),
    metaContent(document, 'meta[name="twitter:title"]'),
    // document.title also picks up an inline SVG's <title>; the head's own <title> is the one wanted.
    collapseInline(document.querySelector('head > title')?.textContent ?? document.title),
  ].filter((title) => title !== '');
}

/** "Senior Engineer - Acme | Jobs" → ["Senior Engineer", "Acme", "Jobs"]. */
export function splitPageTitle(title: string): string[] {
  return title
    .split(TITLE_SEPARATOR)
    .map((part) => collapseInline(part))
    .filter((part) => part !== '');
}

function headingCandidates(document: Document): string[] {
  return Array.from(document.querySelectorAll('h1'))
    .filter((heading) => heading.closest('header, nav, footer, [role="navigation"], [aria-hidden="true"], dialog, [role="dialog"]') === null)
    .map((heading) => collapseInline(heading.textContent ?? ''))
    .filter((text) => text.length >= 3 && text.length <= 200);
}

/**
 * The heading that the page title confirms wins: on job pages the <title> starts with, or
 * contains, the job title while navigation headings ("Why work here") are absent from it.
 */
export function guessTitle(document: Document): string {
  const headings = headingCandidates(document);
  const titles = pageTitles(document);
  const titleKeys = titles.map(comparisonKey);
  const confirmed = headings.find((heading) => titleKeys.some((key) => key.includes(comparisonKey(heading))));
  if (confirmed !== undefined) return confirmed;
  const firstTitlePart = titles.map((title) => splitPageTitle(title)[0] ?? '').find((part) => part !== '' && !isJobBoardName(part));
  return headings[0] ?? firstTitlePart ?? '';
}

function overlaps(a: string, b: string): boolean {
  const keyA = comparisonKey(a);
  const keyB = comparisonKey(b);
  return keyA.includes(keyB) || keyB.includes(keyA);
}

function squash(text: string): string {
  return comparisonKey(text).replace(/[^a-z0-9]/g, '');
}

function hostnameMentions(url: URL, name: string): boolean {
  const squashed = squash(name);
  return squashed.length >= 3 && url.hostname.replace(/[^a-z0-9]/g, '').includes(squashed);
}

function mentionedIn(text: string, name: string): boolean {
  const escaped = comparisonKey(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}([^\\p{L}\\p{N}]|$)`, 'u').test(comparisonKey(text));
}

/** "Engineer at Acme", "Acme hiring Engineer in Berlin": the grammar itself names the employer. */
function explicitEmployer(title: string): string | null {
  const hiring = /^(.+?)\s+hiring\s+/i.exec(title);
  if (hiring?.[1] !== undefined) return hiring[1];
  const at = /\s(?:at|@)\s+(.+?)(?:\s+[-–—|·]\s+.*)?$/i.exec(title);
  return at?.[1] ?? null;
}

/** "Engineer in Lingo.dev", "Engineer at Acme": the title ends by naming the employer. */
function titleEndsWithEmployer(title: string, name: string): boolean {
  const escaped = comparisonKey(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\s(?:at|in|@|chez|bei|en)\\s+${escaped}$`, 'u').test(comparisonKey(title));
}

// "About Ramp", "Sobre Selecta", "À propos de Doctolib", "Über Rocken", "О компании Яндекс".
const ABOUT_HEADING = /^(?:about us at|about|who is|sobre|acerca de|a propos de|à propos de|uber|über|chi è|over|om|o компании|о компании|про компанію|关于)\s+(.{2,40}?)[?:!.]?$/iu;
const NOT_A_NAME = /^(?:us|the (?:role|job|team|position|company|opportunity)|you|this (?:role|job|position)|nosotros|la empresa|el puesto|nous|le poste|uns|das unternehmen|ons|oss|нас)$/iu;

/** The employer named by an "About <Name>" heading that the posting text repeats. */
function aboutHeadingEmployer(document: Document, description: string): string | null {
  for (const heading of Array.from(document.querySelectorAll('h2, h3, h4, strong, b')).slice(0, 200)) {
    const match = ABOUT_HEADING.exec(collapseInline(heading.textContent ?? ''));
    const name = match?.[1]?.trim();
    if (name === undefined || NOT_A_NAME.test(name)) continue;
    const cleaned = cleanCompanyName(name);
    if (cleaned === null) continue;
    const mentions = comparisonKey(description).split(comparisonKey(cleaned)).length - 1;
    if (mentions >= 2) return cleaned;
  }
  return null;
}

const JOB_HOST_WORDS = /jobs?|career|talent|hiring|recruit|vacanc|empleo|trabajo|emploi|stellen|vagas|rabota|robota|praca|kariyer|ваканс|работа/;

function isBoardHost(url: URL, name: string): boolean {
  const labels = url.hostname.toLowerCase().split('.');
  // "careers.acme.com" is Acme's own site: only the labels beside the site's name count.
  const brand = squash(name);
  return labels.some((label) => JOB_HOST_WORDS.test(label) && label.replace(/[^a-z0-9]/g, '').includes(brand.slice(0, 4)) && label !== 'careers' && label !== 'jobs');
}

export function guessCompany(document: Document, url: URL, jobTitle: string, description: string): string | null {
  const acceptable = (name: string | null): name is string => name !== null && (!overlaps(name, jobTitle) || titleEndsWithEmployer(jobTitle, name));
  const titles = pageTitles(document);

  for (const title of titles) {
    const explicit = cleanCompanyName(explicitEmployer(title));
    if (acceptable(explicit)) return explicit;
  }

  const about = aboutHeadingEmployer(document, description);
  if (acceptable(about) && !isBoardHost(url, about)) return about;

  const siteName = cleanCompanyName(metaContent(document, 'meta[property="og:site_name"]') || metaContent(document, 'meta[name="application-name"]'));
  // A site whose own domain says it is about jobs ("jobspresso.co", "trabajo.gallito.com.uy") is
  // a board: its name is never the employer, even when its ads mention it.
  const boardSite = siteName !== null && isBoardHost(url, siteName);
  // Every site's name matches its own hostname, job boards included; an employer's own career site
  // is told apart by the posting text naming it ("Contoso is …"), which a board's ads rarely do.
  if (acceptable(siteName) && !boardSite && mentionedIn(description, siteName)) return siteName;

  // A title part ("… - Waymo") needs both: the hostname and the posting text name it.
  for (const title of titles) {
    for (const part of splitPageTitle(title).slice(1)) {
      const name = cleanCompanyName(part);
      if (acceptable(name) && !isBoardHost(url, name) && hostnameMentions(url, name) && mentionedIn(description, name)) return name;
    }
  }
  return null;
}

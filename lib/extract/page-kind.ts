import { collapseInline } from './text';

/**
 * Decides, for pages read only by the Readability fallback, whether they are a single job posting
 * at all. Structured data and site adapters are trusted; a generic page must show it is a job ad.
 */

export const NOT_FOUND_REASONS = {
  searchResults: 'This page lists several jobs. Open the job you want so its own page is showing, then try again.',
  article: 'This page looks like an article, not a job posting. Open the job ad itself, then try again.',
  noPosting: 'No job posting was found on this page: there is no job title and description to read. Open the job ad itself, or paste the details into the form.',
} as const;

/**
 * Words job ads use and other prose rarely combines, in the languages most used on job sites:
 * section headings (responsibilities, requirements, what we offer), contract and salary words.
 * Latin-script words are matched as whole words; other scripts as substrings.
 */
const JOB_VOCABULARY: readonly RegExp[] = [
  // English
  /\bresponsibilit(y|ies)\b/, /\brequirements?\b/, /\bqualifications?\b/, /\bwhat you('|’)ll do\b/,
  /\bapply\b/, /\byou will\b/, /\bwe are looking for\b|\bwe('|’)re looking for\b/, /\bbenefits\b/,
  /\bfull[- ]time\b|\bpart[- ]time\b/, /\bsalary\b/, /\bthe role\b|\bthis role\b/, /\byears of experience\b|\bexperience (with|in)\b/,
  // German, French, Spanish, Portuguese, Italian, Dutch, Swedish/Danish/Norwegian
  /\baufgaben\b/, /\banforderungen\b/, /\bdein profil\b|\bihr profil\b/, /\bwir bieten\b/, /\bvollzeit\b|\bteilzeit\b/,
  /\bmissions?\b.*\bprofil\b/, /\bvotre profil\b|\bprofil recherch/, /\bnous offrons\b|\bce que nous offrons\b/, /\bcdi\b|\btemps plein\b/,
  /\brequisitos\b/, /\bresponsabilidades\b/, /\bofrecemos\b/, /\bfunciones\b/, /\bjornada\b|\btiempo completo\b/, /\bexperiencia\b/,
  /\boferecemos\b/, /\batividades\b|\batribui[cç][oõ]es\b/, /\bbenef[ií]cios\b/, /\bremunera[cç][aã]o\b|\bsal[aá]rio\b/,
  /\bresponsabilit[aà](?![\p{L}\p{N}])/u, /\brequisiti\b/, /\boffriamo\b/, /\bverantwoordelijkheden\b|\bfunctie-eisen\b|\bwat wij bieden\b|\bwat bieden wij\b/,
  /\barbetsuppgifter\b/, /\bkvalifikationer\b/, /\bvi erbjuder\b/, /\barbejdsopgaver\b|\bvi tilbyr\b|\bvi tilbyder\b|\barbeidsoppgaver\b/,
  // Polish, Czech, Romanian, Turkish, Indonesian, Vietnamese, Finnish, Hungarian
  /\bobowiązki\b|\bzakres obowiązków\b/, /\bwymagania\b/, /\boferujemy\b/, /\bnáplň práce\b|\bpožadujeme\b|\bnabízíme\b/,
  /\bresponsabilități\b|\bcerințe\b|\boferim\b/, /\bsorumluluklar\b|\baranan nitelikler\b|\bgenel nitelikler\b|\bi\u0307?ş tanımı(?![\p{L}\p{N}])/u,
  /\btanggung jawab\b|\bkualifikasi\b|\bpersyaratan\b/, /\byêu cầu\b|\bmô tả công việc\b|\bquyền lợi\b/,
  /\btehtävät\b|\btarjoamme\b|\bedellytämme\b/, /\bfeladatok\b|\belvárások\b|\bamit kínálunk\b/,
  // Russian, Ukrainian
  /обязанности/, /требования/, /условия/, /мы предлагаем/, /опыт работы/, /полный рабочий день|полная занятость/,
  /обов'язки|обов’язки/, /вимоги/, /ми пропонуємо|пропонуємо/, /досвід роботи/, /повна зайнятість/,
  // Chinese, Japanese, Korean
  /岗位职责|工作职责|职位描述|职责/, /任职要求|职位要求|任职资格|岗位要求/, /薪资|福利|五险一金/, /工作地址|工作地点/,
  /仕事内容|業務内容/, /応募資格|必須スキル|歓迎スキル/, /給与|待遇|福利厚生/, /勤務地/,
  /주요업무|담당업무/, /자격요건|우대사항/, /복리후생/, /근무지/,
  // Arabic, Persian, Hebrew, Hindi, Thai
  /المسؤوليات|المهام/, /المتطلبات|المؤهلات/, /الراتب|المزايا/, /دوام كامل|سنوات خبرة/,
  /مسئولیت|شرایط احراز|مزایا/, /דרישות|תחומי אחריות|משרה מלאה/, /जिम्मेदारियां|ज़िम्मेदारियाँ|योग्यता|आवश्यकताएं|वेतन/, /หน้าที่ความรับผิดชอบ|คุณสมบัติ|สวัสดิการ/,
];

const MIN_JOB_SIGNALS = 3;

export function jobVocabularyScore(text: string): number {
  const lower = text.toLowerCase();
  return JOB_VOCABULARY.filter((pattern) => pattern.test(lower)).length;
}

// Apply controls in the same languages: a page with one is offering a job, not writing about jobs.
// The end is a Unicode letter boundary: `\b` only knows ASCII letters, so it never follows «Откликнуться» or «応募する».
const APPLY_CONTROL = /^(?:apply|apply now|apply for this job|easy apply|i'm interested|postular|postularme|aplicar|candidatar(?:-se)?|candidater|postuler|bewerben|jetzt bewerben|solliciteer|aplikuj|başvur|откликнуться|отправить резюме|відгукнутися|投递简历|立即投递|立即沟通|申请职位|応募する|지원하기|تقدم الآن|قدم الآن|התגייס|आवेदन करें)(?![\p{L}\p{N}])/iu;

/** Structure that marks a single posting whatever its language: an apply control near the text. */
export function hasApplyControl(document: Document): boolean {
  // Buttons and button-like links only: a board's thousands of plain links would cost tens of ms.
  const controls = document.querySelectorAll('button, [role="button"], input[type="submit"], a.btn, a.button, a[href*="apply"]');
  return Array.from(controls).slice(0, 400).some((control) => {
    const text = (control.textContent || control.getAttribute('value') || control.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    return text.length <= 40 && APPLY_CONTROL.test(text);
  });
}

function looksLikeSearchResults(document: Document, url: URL): boolean {
  const heading = collapseInline(`${document.querySelector('h1')?.textContent ?? ''} ${document.title}`);
  const countedJobs = /\d[\d,.\s]*\+?\s*(jobs|job openings|vacancies|stellen(angebote)?|empleos|ofertas|jobb|lediga jobb|offres|emplois|vagas|empregos|vacatures|oferty|ilan|ваканси[йяи]|ваканс|职位|個職缺|求人|건|وظيفة|وظائف)/iu.test(heading);
  const searchUrl = /[?&](q|query|keywords?|search)=/i.test(url.search) || /\/(search|jobs\/?$)/i.test(url.pathname);
  const jobLinks = Array.from(document.querySelectorAll('a[href]')).filter((link) =>
    /\/(jobs?|careers?|vacanc(?:y|ies)|positions?|stellen(?:angebote?)?|ofertas?|empleos?|annonser)\b/i.test(link.getAttribute('href') ?? ''),
  ).length;
  return (countedJobs || searchUrl) && jobLinks >= 8;
}

function looksLikeArticle(document: Document): boolean {
  const ogType = document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return (
    /^article$/i.test(ogType.trim()) ||
    document.querySelector('meta[property="article:published_time"], [itemprop="datePublished"], article time[datetime]') !== null
  );
}

export type PageVerdict = { readonly isJobPosting: true } | { readonly isJobPosting: false; readonly reason: string };

export function judgeGenericPage(document: Document, url: URL, description: string): PageVerdict {
  if (looksLikeSearchResults(document, url)) return { isJobPosting: false, reason: NOT_FOUND_REASONS.searchResults };
  const signals = jobVocabularyScore(description) + (hasApplyControl(document) ? 1 : 0);
  // Articles about the job market use the vocabulary too, so they need far stronger evidence.
  if (looksLikeArticle(document) && signals < MIN_JOB_SIGNALS + 3) return { isJobPosting: false, reason: NOT_FOUND_REASONS.article };
  if (signals < MIN_JOB_SIGNALS) return { isJobPosting: false, reason: NOT_FOUND_REASONS.noPosting };
  return { isJobPosting: true };
}

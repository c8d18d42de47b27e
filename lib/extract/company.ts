import { collapseInline, comparisonKey } from './text';

/**
 * Job boards and ATS vendors that show up in page titles, og:site_name and organisation blocks but
 * never employ the reader. Compared against the start of a name, so "SEEK Australia" and
 * "Indeed.com" are caught too.
 */
const JOB_BOARD_NAMES = [
  'linkedin', 'indeed', 'seek', 'glassdoor', 'monster', 'ziprecruiter', 'stepstone', 'xing',
  'jobs.ch', 'jobup', 'jobscout24', 'built in', 'builtin', 'levels.fyi', 'startup jobs', 'startup.jobs',
  'jobspresso', 'computrabajo', 'aijobs', 'workable', 'greenhouse', 'lever', 'workday', 'ashby',
  'arbetsförmedlingen', 'arbetsformedlingen', 'platsbanken', 'wellfound', 'angellist', 'dice',
  'careerbuilder', 'simplyhired', 'totaljobs', 'reed.co.uk', 'otta', 'welcome to the jungle', 'infojobs',
  'bumeran', 'remoteok', 'remote ok', 'we work remotely', 'remotive', 'smartrecruiters', 'jobvite',
  'icims', 'taleo', 'successfactors', 'recruitee', 'personio', 'teamtailor', 'bamboohr', 'jora',
  'adzuna', 'hiring cafe', 'jobindex', 'finn.no', 'naukri', 'monster.com', 'stackoverflow jobs',
  'the hub', 'thehub', 'work at a startup', 'y combinator', 'ycombinator', 'hh.ru', 'headhunter', 'habr career',
  'хабр карьера', 'djinni', 'work.ua', 'robota.ua', 'rabota.ua', 'superjob', 'boss直聘', 'boss zhipin', 'zhipin',
  '智联招聘', '前程无忧', '51job', '猎聘', 'liepin', 'lagou', '拉勾', 'bayt', 'wuzzuf', 'naukrigulf', 'gulftalent',
  'gallito', 'bumeran', 'zonajobs', 'computrabajo', 'occ mundial', 'occmundial', 'catho', 'vagas.com', 'gupy',
  'infojobs', 'pracuj', 'pracuj.pl', 'justjoin.it', 'nofluffjobs', 'no fluff jobs', 'kariyer.net', 'kariyer',
  'yenibiris', 'jobstreet', 'jobsdb', 'mynavi', 'doda', 'rikunabi', 'en japan', 'wantedly', 'saramin', 'jobkorea',
  'wanted', 'foundit', 'shine.com', 'timesjobs', 'apec', 'pole emploi', 'france travail', 'hellowork',
  'cadremploi', 'indeed.fr', 'jobteaser', 'monster.fr', 'nationale vacaturebank', 'werkzoeken', 'jobbnorge',
  'duunitori', 'oikotie', 'karriere.at', 'willhaben', 'jobs.cz', 'profesia', 'ejobs', 'bestjobs', 'glints',
  'jobright', 'simplify', 'jobgether', 'remote.co', 'working nomads', 'himalayas', 'jobicy', 'arc.dev', 'hired',
  'dice.com', 'jobot', 'getro', 'breezy hr', 'breezy', 'jazzhr', 'rippling', 'pinpoint', 'comeet', 'join.com',
  'softgarden', 'd.vinci', 'onlyfy', 'prescreen', 'successfactors', 'oracle cloud', 'taleo', 'eightfold', 'get on board', 'getonbrd', 'torc', 'revelo',
  'trabajando', 'laborum', 'zonajobs', 'opcionempleo', 'jooble', 'talent.com', 'careerjet', 'neuvoo', 'rabota.by',
];

/**
 * Words recruiters write where the employer's name belongs when it is withheld ("Importante
 * Empresa", "Confidential", "Our client"). Such a value is a statement that the page names no
 * employer, so the form asks for one instead of addressing a letter to "Confidential".
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // Whole-name placeholders, in the languages job sites use.
  /^(?:(?:una?|la|el|an?|the|our|notre|nuestra?|unser(?:e|em)?|ein(?:e)?)\s+)?(?:importante|reconocida|prestigiosa|destacada|solida|gran|grande|lider|conocida|muy importante|importantisima)\s+(?:empresa|compania|firma|organizacion|multinacional|consultora)\b/,
  /^(?:empresa|compania|firma|organizacion|consultora|multinacional)\s+(?:lider|importante|confidencial|reconocida|privada|multinacional|lider en|del sector|de primer nivel|de renombre)\b/,
  // "Empresa nacional (del sector)" withholds a name; "Empresa Nacional de Electricidad" is one.
  /^(?:empresa|compania|firma|organizacion|consultora|multinacional)\s+(?:inter)?nacional(?:$|\s*[,(/–-]|\s+(?:del sector|del rubro|de primer nivel|de renombre|lider|en|con|que)\b)/,
  /^(?:empresa|compania|empresa cliente|cliente|company|employer|organisation|organization|entreprise|societe|unternehmen|firma|azienda|empresa privada)$/,
  /^(?:company |employer |client |cliente |entreprise |société |societe |empresa )?(?:confidential|confidencial|confidentiel(?:le)?|vertraulich|riservat[ao]|anonymous|anonym|anonimo|anonima|anonyme|undisclosed|not disclosed|withheld|hidden|private|n\/a|n\.a|na|none|unknown|desconocid[ao]|no especificad[ao]|non communique|nicht angegeben)$/,
  /^(?:confidential|confidencial|confidentiel)\b/,
  /^(?:our|a|an|my)\s+(?:client|customer)s?\b/,
  /^(?:nuestro|un|una|nuestra)\s+cliente\b/,
  /^(?:notre|un)\s+client\b/,
  /^(?:unser(?:e|em)?|ein(?:e|em)?)\s+(?:kunde|kundin|mandant(?:in)?|auftraggeber|klient)\b/,
  /^(?:a |an |the )?(?:leading|well[- ]known|reputable|renowned|prestigious|confidential|stealth|fast[- ]growing)\s+(?:[a-z0-9-]+\s+){0,3}(?:company|companies|firm|organisation|organization|employer|client|corporation|business|startup|start-up|brand|group|bank|retailer|manufacturer|provider|agency)$/,
  /^(?:a|an)\s+(?:large|major|top|global|international|growing|established|multinational|fortune 500|successful|dynamic|innovative)\s+(?:[a-z0-9-]+\s+){0,3}(?:company|firm|organisation|organization|employer|client|corporation|business|startup|start-up|brand|group|bank|retailer|manufacturer|provider|agency)$/,
  /^(?:stealth|stealth mode|stealth startup|stealth company)$/,
  /^(?:entreprise|societe|groupe)\s+(?:leader|confidentielle|internationale|renommee|importante)\b/,
  /^(?:une|un)\s+(?:entreprise|societe|groupe|cabinet)\b/,
  /^(?:renommiertes|fuhrendes|internationales|mittelstandisches|namhaftes|bekanntes)\s+unternehmen\b/,
  /^(?:конфиденциально|компания|работодатель|аноним\S*|кадровое агентство|крупная компания|ведущая компания|известная компания|наш клиент|конфіденційно|компанія|провідна компанія|наш клієнт)$/,
  /^(?:某|知名|大型|一家)(?:公司|企业|集团|互联网公司)$|^(?:保密|匿名|未公开)$/,
  /^(?:شركة|مؤسسة)\s+(?:رائدة|كبرى|سرية|خاصة|معروفة|عالمية)|^(?:سري|سرية|شركة|عميلنا|جهة سرية)$/,
  /^(?:非公開|企業名非公開|社名非公開|비공개|기업명 비공개)$/,
  /^(?:gizli|firma gizli|gizli firma|özel firma|lider firma|tanınmış firma)$/,
  /^(?:poufne|firma|klient|nasz klient|wiodąca firma|renomowana firma)$/,
  /^(?:vertrouwelijk|onze klient|onze opdrachtgever|opdrachtgever|een bedrijf|toonaangevend bedrijf)$/,
  /^(?:confidencial|empresa confidencial|sigiloso|empresa sigilosa|grande empresa|empresa de grande porte|nosso cliente)$/,
];

export function isPlaceholderCompany(name: string): boolean {
  // Accent-free for Latin scripts ("líder"), as written for scripts whose marks are letters ("й").
  const keys = [comparisonKey(name), collapseInline(name).toLowerCase()].map((key) => key.replace(/[.!*]+$/g, '').trim());
  return keys[0] !== '' && PLACEHOLDER_PATTERNS.some((pattern) => keys.some((key) => pattern.test(key)));
}

// A name that says it is a board ("2U Alumni Job Board", "Acme Talent Network") names no employer.
const BOARD_WORDS = /\b(?:job ?boards?|jobs? portal|talent (?:network|community|pool)|career (?:portal|network)|stellenborse|bolsa de (?:trabajo|empleo)|portail emploi)\b/;

export function isJobBoardName(name: string): boolean {
  const key = comparisonKey(name);
  if (BOARD_WORDS.test(key)) return true;
  return JOB_BOARD_NAMES.some(
    (board) => key === board || key.startsWith(`${board} `) || key.startsWith(`${board}.`) || key.startsWith(`${board}:`),
  );
}

/**
 * The name a reader would use in a letter: trademark signs and a trailing "(domain.com)" go, legal
 * suffixes after a comma go ("Coupa Software, Inc." → "Coupa Software"). Returns null for empty
 * values and job-board names, which are never the employer.
 */
export function cleanCompanyName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const name = collapseInline(raw)
    .replace(/[®™©℠]/g, '')
    .replace(/\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\)\s*$/i, '')
    .replace(/,?\s+(?:inc|llc|ltd|l\.l\.c|corp)\.?$/i, '')
    .replace(/^[\s\-–—|:·,]+|[\s\-–—|:·,]+$/g, '')
    .trim();
  if (name === '' || name.length > 120 || isJobBoardName(name) || isPlaceholderCompany(name)) return null;
  return name;
}

/**
 * A method's company field: the cleaned name; `null` when the page states a placeholder (it says
 * the employer is withheld, so no other method should guess one); absent when there is nothing
 * or only a board's name, so another method may still find the employer.
 */
export function companyField(raw: string | null | undefined): { company?: string | null } {
  if (raw === null || raw === undefined) return {};
  const collapsed = collapseInline(raw);
  if (isPlaceholderCompany(collapsed)) return { company: null };
  const name = cleanCompanyName(collapsed);
  return name === null ? {} : { company: name };
}

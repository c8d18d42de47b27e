// @vitest-environment node
import { expect, it } from 'vitest';
import { cleanCompanyName, companyField, isJobBoardName, isPlaceholderCompany } from './company';

it('shortens employer names to what a letter would use', () => {
  expect(cleanCompanyName('Coupa Software, Inc.')).toBe('Coupa Software');
  expect(cleanCompanyName('Giga (gigaml.com)')).toBe('Giga');
  expect(cleanCompanyName('Rocken®')).toBe('Rocken');
  expect(cleanCompanyName('  Evulpo   AG ')).toBe('Evulpo AG');
});

it('never names a job board or an empty value as the employer', () => {
  for (const board of ['LinkedIn', 'Indeed.com', 'SEEK Australia', 'Computrabajo Uruguay', 'jobs.ch', 'Levels.fyi', '2U Alumni Job Board', 'Acme Talent Network', 'Work at a Startup', '   ']) {
    expect(cleanCompanyName(board), board).toBeNull();
  }
});

it('returns no company for placeholders that stand where the employer is withheld', () => {
  for (const placeholder of ['Importante Empresa', 'Confidential', 'Company Confidential', 'Our client', 'Nuestro cliente', 'Empresa líder', 'Leading company', 'A leading fintech company', 'Stealth Startup', 'Конфиденциально', 'Конфіденційно', '某公司', 'شركة رائدة', 'Unser Kunde', 'Confidencial']) {
    expect(cleanCompanyName(placeholder), placeholder).toBeNull();
    expect(companyField(placeholder), placeholder).toEqual({ company: null });
  }
});

it('keeps real employers whose names resemble placeholders', () => {
  for (const name of ['International Business Machines', 'Global Bank', 'Empresa de Transportes Sur', 'Empresa Nacional de Electricidad', 'Empresa Nacional del Petróleo', 'Empresa Internacional de Transportes Andes', 'Client Solutions GmbH', 'Leading Edge Dental', 'Ro']) {
    expect(cleanCompanyName(name), name).toBe(name);
  }
});

it('tells "the page names no employer" from "this method found none"', () => {
  expect(companyField('Importante Empresa')).toEqual({ company: null });
  expect(companyField('LinkedIn')).toEqual({});
  expect(companyField('')).toEqual({});
  expect(companyField('Acme Robotics')).toEqual({ company: 'Acme Robotics' });
});

// One realistic spelling (as sites write their og:site_name or title suffix) of every job board and
// ATS vendor the list knows, so that none of them is ever offered as the employer.
const BOARD_SITE_NAMES = [
  'LinkedIn', 'Indeed', 'SEEK', 'Glassdoor', 'Monster', 'ZipRecruiter', 'StepStone', 'XING', 'jobs.ch', 'jobup.ch',
  'JobScout24', 'Built In', 'BuiltIn NYC', 'Levels.fyi', 'Startup Jobs', 'startup.jobs', 'Jobspresso', 'Computrabajo',
  'aijobs.net', 'Workable', 'Greenhouse', 'Lever', 'Workday', 'Ashby', 'Arbetsförmedlingen', 'Platsbanken', 'Wellfound',
  'AngelList Talent', 'Dice', 'CareerBuilder', 'SimplyHired', 'Totaljobs', 'reed.co.uk', 'Otta', 'Welcome to the Jungle',
  'InfoJobs', 'Bumeran', 'RemoteOK', 'Remote OK', 'We Work Remotely', 'Remotive', 'SmartRecruiters', 'Jobvite', 'iCIMS',
  'Taleo', 'SuccessFactors', 'Recruitee', 'Personio', 'Teamtailor', 'BambooHR', 'Jora', 'Adzuna', 'Hiring Cafe', 'Jobindex',
  'FINN.no', 'Naukri.com', 'Stackoverflow Jobs', 'The Hub', 'TheHub.io', 'Work at a Startup', 'Y Combinator', 'YCombinator',
  'hh.ru', 'HeadHunter', 'Habr Career', 'Хабр Карьера', 'Djinni', 'Work.ua', 'robota.ua', 'rabota.ua', 'SuperJob',
  'BOSS直聘', 'BOSS Zhipin', 'zhipin.com', '智联招聘', '前程无忧', '51job', '猎聘', 'Liepin', 'Lagou', '拉勾', 'Bayt.com', 'Wuzzuf',
  'NaukriGulf', 'GulfTalent', 'Gallito', 'ZonaJobs', 'OCC Mundial', 'OCCMundial', 'Catho', 'Vagas.com', 'Gupy', 'Pracuj',
  'JustJoin.it', 'NoFluffJobs', 'No Fluff Jobs', 'Kariyer', 'Yenibiris', 'JobStreet', 'jobsDB', 'Mynavi', 'doda', 'Rikunabi',
  'en japan', 'Wantedly', 'Saramin', 'JobKorea', 'Wanted', 'foundit', 'Shine.com', 'TimesJobs', 'APEC', 'Pole Emploi',
  'France Travail', 'HelloWork', 'Cadremploi', 'JobTeaser', 'Nationale Vacaturebank', 'Werkzoeken', 'Jobbnorge', 'Duunitori',
  'Oikotie', 'karriere.at', 'willhaben', 'Jobs.cz', 'Profesia', 'eJobs', 'BestJobs', 'Glints', 'Jobright', 'Simplify',
  'Jobgether', 'Remote.co', 'Working Nomads', 'Himalayas', 'Jobicy', 'Arc.dev', 'Hired', 'Jobot', 'Getro', 'Breezy',
  'JazzHR', 'Rippling', 'Pinpoint', 'Comeet', 'JOIN.com', 'softgarden', 'd.vinci', 'onlyfy', 'Prescreen', 'Oracle Cloud',
  'Eightfold', 'Get on Board', 'GetOnBrd', 'Torc', 'Revelo', 'Trabajando', 'Laborum', 'OpcionEmpleo', 'Jooble', 'Talent.com',
  'Careerjet', 'Neuvoo', 'rabota.by',
];

it.each(BOARD_SITE_NAMES)('never offers the board %s as the employer', (board) => {
  expect(isJobBoardName(board)).toBe(true);
  expect(cleanCompanyName(board)).toBeNull();
  expect(companyField(board)).toEqual({});
});

it('recognises a board however its name goes on ("SEEK Australia", "Indeed.com", "Indeed: Job Search")', () => {
  for (const name of ['SEEK Australia', 'Indeed.com', 'Indeed: Job Search', 'StepStone.de', 'Glassdoor: Reviews and Jobs']) {
    expect(isJobBoardName(name), name).toBe(true);
  }
});

it.each([
  '2U Alumni Job Board', 'Acme Jobboard', 'Hacker News Job Boards', 'City of Austin Jobs Portal', 'State Job Portal',
  'Acme Talent Network', 'Siemens Talent Community', 'Nordic Talent Pool', 'Deloitte Career Portal', 'Alumni Career Network',
  'Stellenbörse der Uni Wien', 'Bolsa de Trabajo UNAM', 'Bolsa de Empleo Uniandes', 'Portail Emploi Québec',
])('a name that says it is a board (%s) names no employer', (name) => {
  expect(isJobBoardName(name)).toBe(true);
  expect(cleanCompanyName(name)).toBeNull();
});

it('keeps employers whose names only contain a board word or a board’s name', () => {
  for (const name of ['.NET Foundation', 'Career Networking Solutions', 'Talent Poolside Studios', 'Leverage Analytics', 'Indeedly', 'Seekers Foundation', 'Monsterpiece Games', 'Dicepoint Ltd']) {
    expect(isJobBoardName(name), name).toBe(false);
  }
  expect(cleanCompanyName('.NET Foundation')).toBe('.NET Foundation');
  expect(cleanCompanyName('Career Networking Solutions')).toBe('Career Networking Solutions');
});

it('drops trademark signs, a trailing web address and legal suffixes, as a letter would', () => {
  expect(cleanCompanyName('Salesforce™')).toBe('Salesforce');
  expect(cleanCompanyName('Initech©')).toBe('Initech');
  expect(cleanCompanyName('Globex℠')).toBe('Globex');
  expect(cleanCompanyName('Ubisoft (www.ubisoft.com)')).toBe('Ubisoft');
  expect(cleanCompanyName('8x8 (8x8.com)')).toBe('8x8');
  expect(cleanCompanyName('Team Secure (team-secure.co.uk)')).toBe('Team Secure');
  expect(cleanCompanyName('Stride (careers.k12.com)')).toBe('Stride');
  expect(cleanCompanyName('Acme (jobs.acme-corp.com)')).toBe('Acme');
  expect(cleanCompanyName('Giga(gigaml.com)')).toBe('Giga');
  expect(cleanCompanyName('Giga (GigaML.com)')).toBe('Giga');
  expect(cleanCompanyName('Giga (gigaml.com) ®')).toBe('Giga');
  expect(cleanCompanyName('Acme LLC')).toBe('Acme');
  expect(cleanCompanyName('Globex Ltd.')).toBe('Globex');
  expect(cleanCompanyName('Hooli, L.L.C.')).toBe('Hooli');
  expect(cleanCompanyName('Umbrella Corp')).toBe('Umbrella');
  expect(cleanCompanyName('Initech Corp.')).toBe('Initech');
  expect(cleanCompanyName('Stark Industries, Inc')).toBe('Stark Industries');
  expect(cleanCompanyName('Acme inc.')).toBe('Acme');
});

it('keeps names where a legal word or a parenthesis is part of the name', () => {
  expect(cleanCompanyName('American Corporate Partners')).toBe('American Corporate Partners');
  expect(cleanCompanyName('Lincoln Electric')).toBe('Lincoln Electric');
  expect(cleanCompanyName('Acme (Europe)')).toBe('Acme (Europe)');
  expect(cleanCompanyName('Acme (acme.com) Robotics')).toBe('Acme (acme.com) Robotics');
  expect(cleanCompanyName('Zalando SE (Berlin)')).toBe('Zalando SE (Berlin)');
});

it.each([
  ['- Acme', 'Acme'], ['Acme -', 'Acme'], ['– Acme –', 'Acme'], ['— Acme —', 'Acme'], ['| Acme |', 'Acme'],
  [': Acme :', 'Acme'], ['· Acme ·', 'Acme'], [', Acme,', 'Acme'], ['|| Acme', 'Acme'], ['Acme --', 'Acme'],
])('drops the separators left around a name cut from a title (%s)', (raw, name) => {
  expect(cleanCompanyName(raw)).toBe(name);
});

it('keeps punctuation that belongs to the name', () => {
  expect(cleanCompanyName('Yahoo!')).toBe('Yahoo!');
  expect(cleanCompanyName('Coca-Cola')).toBe('Coca-Cola');
  expect(cleanCompanyName('Procter & Gamble')).toBe('Procter & Gamble');
});

it('returns nothing for a missing value or for a paragraph read by mistake', () => {
  expect(cleanCompanyName(null)).toBeNull();
  expect(cleanCompanyName(undefined)).toBeNull();
  expect(cleanCompanyName('')).toBeNull();
  expect(cleanCompanyName('™')).toBeNull();
  expect(companyField(null)).toEqual({});
  expect(companyField(undefined)).toEqual({});
  const paragraph = 'We are a fast-growing team of engineers, designers and operators building the payment rails for small businesses across Europe.';
  expect(paragraph.length).toBeGreaterThan(120);
  expect(cleanCompanyName(paragraph)).toBeNull();
  // A long legal name is still a name.
  const longName = 'The Board of Trustees of the Leland Stanford Junior University School of Medicine Department of Radiology Research';
  expect(cleanCompanyName(longName)).toBe(longName);
  expect(cleanCompanyName(`${'A'.repeat(119)}B`)).toBe(`${'A'.repeat(119)}B`);
  expect(cleanCompanyName(`${'A'.repeat(120)}B`)).toBeNull();
});

// What recruiters and boards write where the employer's name would go when it is withheld, one or
// more per form the placeholder list knows.
it.each([
  'Importante empresa', 'Una importante empresa del sector retail', 'La reconocida compañía', 'Nuestra prestigiosa firma',
  'Una destacada organización', 'Sólida empresa', 'Gran empresa multinacional', 'Grande empresa', 'Líder consultora',
  'Conocida empresa', 'Muy importante empresa', 'Importantísima empresa', 'An importante empresa',
  'Unsere importante firma', 'Eine importante firma', 'Unserem importante Firma', 'Notre importante empresa',
  'Empresa líder en su sector', 'Compañía importante', 'Firma confidencial', 'Organización reconocida', 'Consultora privada',
  'Multinacional del sector', 'Empresa de primer nivel', 'Empresa de renombre', 'Empresa internacional', 'Empresa nacional', 'Empresa nacional del sector alimenticio', 'Empresa internacional en expansión', 'Compañía nacional, Lima',
  'Empresa', 'Compañía', 'Empresa cliente', 'Cliente', 'Company', 'Employer', 'Organisation', 'Organization', 'Entreprise',
  'Société', 'Unternehmen', 'Azienda', 'Empresa privada',
  'Confidential', 'Company Confidential', 'Employer confidential', 'Client confidentiel', 'Cliente confidencial',
  'Entreprise confidentielle', 'Société confidentielle', 'Empresa confidencial', 'Vertraulich', 'Riservato', 'Riservata',
  'Anonymous', 'Anonym', 'Anónimo', 'Anónima', 'Anonyme', 'Undisclosed', 'Not disclosed', 'Withheld', 'Hidden', 'Private',
  'N/A', 'N.A.', 'n.a.', 'NA', 'None', 'Unknown', 'Desconocido', 'Desconocida', 'No especificado', 'No especificada', 'Non communiqué',
  'Nicht angegeben', 'Confidential - Fintech', 'Confidencial (Buenos Aires)', 'Confidentiel, Paris',
  'Our client', 'Our clients', 'A client of ours', 'An international client', 'My client', 'Our customer',
  'Nuestro cliente', 'Un cliente del sector', 'Una cliente', 'Nuestra cliente', 'Notre client', 'Un client du secteur bancaire',
  'Unser Kunde', 'Unsere Kundin', 'Unserem Auftraggeber', 'Ein Mandant', 'Eine Mandantin', 'Unser Auftraggeber', 'Einem Klient',
  'Leading company', 'A leading fintech company', 'The well-known retail brand', 'Well known firm', 'A reputable law firm',
  'Renowned organisation', 'Prestigious organization', 'A confidential employer', 'Stealth client', 'A fast-growing start-up',
  'Fast growing SaaS business', 'An established private equity backed group', 'A leading bank', 'A leading online retailer',
  'Leading manufacturer', 'A leading IT services provider', 'A leading creative agency', 'Leading companies', 'A leading corporation',
  'A large company', 'A major bank', 'A top consulting firm', 'A global organisation', 'An international organization',
  'A growing employer', 'An established client', 'A multinational corporation', 'A fortune 500 company', 'A successful business',
  'A dynamic startup', 'An innovative start-up', 'A major brand', 'A global group', 'A large retailer', 'A large manufacturer',
  'A top provider', 'A growing agency',
  'Stealth', 'Stealth mode', 'Stealth Startup', 'Stealth Company',
  'Entreprise leader', 'Société confidentielle', 'Groupe leader', 'Entreprise renommée', 'Société importante',
  'Une entreprise du CAC 40', 'Un groupe industriel', 'Une société de conseil', 'Un cabinet de recrutement',
  'Renommiertes Unternehmen', 'Führendes Unternehmen', 'Internationales Unternehmen', 'Mittelständisches Unternehmen',
  'Namhaftes Unternehmen', 'Bekanntes Unternehmen',
  'Конфиденциально', 'Компания', 'Работодатель', 'Анонимный', 'Аноним', 'Кадровое агентство', 'Крупная компания',
  'Ведущая компания', 'Известная компания', 'Наш клиент', 'Конфіденційно', 'Компанія', 'Провідна компанія', 'Наш клієнт',
  '某公司', '知名企业', '大型集团', '一家互联网公司', '保密', '匿名', '未公开',
  'شركة رائدة', 'شركة كبرى', 'مؤسسة سرية', 'شركة خاصة', 'شركة معروفة', 'شركة عالمية', 'سري', 'سرية', 'شركة', 'عميلنا', 'جهة سرية',
  '非公開', '企業名非公開', '社名非公開', '비공개', '기업명 비공개',
  'Gizli', 'Firma gizli', 'Gizli firma', 'Özel firma', 'Lider firma', 'Tanınmış firma',
  'Poufne', 'Firma', 'Klient', 'Nasz klient', 'Wiodąca firma', 'Renomowana firma',
  'Vertrouwelijk', 'Onze klient', 'Onze opdrachtgever', 'Opdrachtgever', 'Een bedrijf', 'Toonaangevend bedrijf',
  'Sigiloso', 'Empresa sigilosa', 'Empresa de grande porte', 'Nosso cliente',
  'Confidential.', 'Undisclosed...', 'Withheld!', 'Private*', 'Anonymous!!', 'Unknown .',
])('%s: the page says the employer is withheld, so no company is filled in', (placeholder) => {
  expect(isPlaceholderCompany(placeholder)).toBe(true);
  expect(cleanCompanyName(placeholder)).toBeNull();
  expect(companyField(placeholder)).toEqual({ company: null });
});

it.each([
  'Grupo Importante Empresa', 'Empresas Polar', 'Companhia Siderúrgica Nacional', 'Confidentia Labs', 'Privateer Holdings',
  'Hidden Road', 'Unknown Worlds Entertainment', 'Anonymous Content', 'Client Earth', 'Customer.io', 'Clientes Unidos SA',
  'Clientis Bank', 'Kundenservice Berlin GmbH', 'Stealthy Games', 'Leading Edge Dental', 'Leading Bank of Kenya Holdings',
  'Fast Growing Trees', 'Global Bank', 'Major League Baseball', 'Top Hat', 'Entreprise Ferroviaire Lyonnaise',
  'Groupe Renault', 'Une Autre Histoire', 'Unternehmensberatung Müller', 'Компания Тензор', 'Сбер', '阿里巴巴集团',
  'شركة أرامكو السعودية', 'Firma Kowalski', 'Gizlilik Teknoloji', 'Opdrachtgevers Netwerk BV', 'Nosso Banco',
  'NASA', 'Nonesuch Records', 'Hiddenite Partners',
  // A placeholder's words inside a longer real name.
  'Ford Motor Company', 'The Walt Disney Company', 'Constructora Empresa Nacional de Obras', 'Kitchen Confidential Media',
  'Alpha Client Services', 'Fortuna Cliente Seguros', 'Verdun Client Services', 'Rhein Klient GmbH', 'Pinnacle Leading Edge Group',
  'Vista Global Group', 'A Growing Brand Studio', 'Nighthawk Stealth', 'Banque Société Internationale', 'Verdun Groupe Médical',
  'Kompetenzzentrum Mittelständisches Unternehmen', 'Первая грузовая компания', 'Twoja Firma', 'Nosso Cliente Seguros',
])('%s is a real employer, not a placeholder', (name) => {
  expect(isPlaceholderCompany(name)).toBe(false);
  expect(companyField(name)).toEqual({ company: name });
});

it('does not take an empty or punctuation-only value for a withheld employer', () => {
  expect(isPlaceholderCompany('')).toBe(false);
  expect(isPlaceholderCompany('...')).toBe(false);
});

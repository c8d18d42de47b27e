// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasApplyControl, jobVocabularyScore, judgeGenericPage, NOT_FOUND_REASONS } from './page-kind';
import { documentFromHtml } from './test-support';

const page = (body: string, head = '', url = 'https://careers.example.com/open-roles/42') => documentFromHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('words that mark a job ad', () => {
  // One heading or phrase per word the vocabulary knows; each counts as exactly one signal.
  it.each([
    'Key responsibility', 'Responsibilities:', 'Requirement', 'Requirements', 'Qualification', 'Qualifications',
    'What you\'ll do', 'What you’ll do', 'How to apply', 'In this job you will travel', 'We are looking for a driver',
    'We\'re looking for a driver', 'We’re looking for a driver', 'Benefits', 'Full-time', 'Full time', 'Part-time', 'Part time',
    'Salary', 'About the role', 'Why this role', '5 years of experience', 'Experience with Rust', 'Experience in retail',
    'Aufgaben', 'Anforderungen', 'Dein Profil', 'Ihr Profil', 'Wir bieten', 'Vollzeit', 'Teilzeit',
    'Missions et profil', 'Mission : profil', 'Votre profil', 'Profil recherché', 'Nous offrons', 'Ce que nous offrons', 'CDI', 'Temps plein',
    'Requisitos', 'Responsabilidades', 'Ofrecemos', 'Funciones', 'Jornada', 'Tiempo completo', 'Experiencia',
    'Oferecemos', 'Atividades', 'Atribuições', 'Atribuicoes', 'Benefícios', 'Beneficios', 'Remuneração', 'Remuneracao', 'Salário', 'Salario',
    'Responsabilita', 'Responsabilità', 'Requisiti', 'Offriamo', 'Verantwoordelijkheden', 'Functie-eisen', 'Wat wij bieden', 'Wat bieden wij',
    'Arbetsuppgifter', 'Kvalifikationer', 'Vi erbjuder', 'Arbejdsopgaver', 'Vi tilbyr', 'Vi tilbyder', 'Arbeidsoppgaver',
    'Obowiązki', 'Zakres obowiązków', 'Wymagania', 'Oferujemy', 'Náplň práce', 'Požadujeme', 'Nabízíme',
    'Responsabilități', 'Cerințe', 'Oferim', 'Sorumluluklar', 'Aranan nitelikler', 'Genel nitelikler', 'İş tanımı',
    'Tanggung jawab', 'Kualifikasi', 'Persyaratan', 'Yêu cầu', 'Mô tả công việc', 'Quyền lợi',
    'Tehtävät', 'Tarjoamme', 'Edellytämme', 'Feladatok', 'Elvárások', 'Amit kínálunk',
    'Обязанности', 'Требования', 'Условия', 'Мы предлагаем', 'Опыт работы', 'Полный рабочий день', 'Полная занятость',
    "Обов'язки", 'Обов’язки', 'Вимоги', 'Пропонуємо', 'Досвід роботи', 'Повна зайнятість',
    '岗位职责', '工作职责', '职位描述', '任职要求', '职位要求', '任职资格', '岗位要求', '薪资', '福利', '五险一金', '工作地址', '工作地点',
    '仕事内容', '業務内容', '応募資格', '必須スキル', '歓迎スキル', '給与', '待遇', '勤務地',
    '주요업무', '담당업무', '자격요건', '우대사항', '복리후생', '근무지',
    'المسؤوليات', 'المهام', 'المتطلبات', 'المؤهلات', 'الراتب', 'المزايا', 'دوام كامل', 'سنوات خبرة',
    'مسئولیت', 'شرایط احراز', 'مزایا', 'דרישות', 'תחומי אחריות', 'משרה מלאה',
    'जिम्मेदारियां', 'ज़िम्मेदारियाँ', 'योग्यता', 'आवश्यकताएं', 'वेतन', 'หน้าที่ความรับผิดชอบ', 'คุณสมบัติ', 'สวัสดิการ',
  ])('%s', (phrase) => {
    expect(jobVocabularyScore(phrase)).toBe(1);
  });

  it.each([
    'Responsibly sourced coffee', 'Our requirementsdoc template', 'Unqualified praise', 'Reapply', 'The roles we played',
    'Aufgabenstellung', 'Submissions for the profile', 'Requisitoria', 'Experiencias', 'Superbenefits', 'Salaryman',
    'Yoursalary', 'Fulltimer', 'Jornadas', 'Oferimentos',
  ])('does not count a word that only contains one of them: %s', (phrase) => {
    expect(jobVocabularyScore(phrase)).toBe(0);
  });
});

describe('an apply control on the page', () => {
  it.each([
    'Apply', 'Apply now', 'Apply for this job', 'Easy Apply', "I'm interested", 'Postular', 'Postularme', 'Aplicar',
    'Candidatar', 'Candidatar-se', 'Candidater', 'Postuler', 'Bewerben', 'Jetzt bewerben', 'Solliciteer', 'Aplikuj', 'Başvur',
    // Non-Latin scripts, where a word boundary must be a Unicode one.
    'Откликнуться', 'Отправить резюме', 'Відгукнутися', '投递简历', '立即投递', '立即沟通', '申请职位', '応募する', '지원하기',
    'تقدم الآن', 'قدم الآن', 'התגייס', 'आवेदन करें',
  ])('counts a button labelled %s', (label) => {
    expect(hasApplyControl(page(`<main><h1>Driver</h1><button type="button">${label}</button></main>`))).toBe(true);
  });

  it('reads the label through indentation and icons, from a submit value or an aria-label', () => {
    expect(hasApplyControl(page('<button class="cta">\n            <svg aria-hidden="true"></svg>\n            <span>Apply</span>\n            <span class="sr-only"></span>\n          </button>'))).toBe(true);
    expect(hasApplyControl(page('<form><input type="submit" value="Apply now"></form>'))).toBe(true);
    expect(hasApplyControl(page('<button type="button" aria-label="Apply for this job"><svg></svg></button>'))).toBe(true);
    expect(hasApplyControl(page('<div role="button" tabindex="0">Apply</div>'))).toBe(true);
    expect(hasApplyControl(page('<a class="btn" href="/form">Jetzt bewerben</a>'))).toBe(true);
    expect(hasApplyControl(page('<a class="button" href="/form">Postuler</a>'))).toBe(true);
    expect(hasApplyControl(page('<a href="/jobs/42/apply">Apply</a>'))).toBe(true);
  });

  it('reads a label split over indented lines as one line', () => {
    const indent = ' '.repeat(32);
    expect(hasApplyControl(page(`<button>\n${indent}Apply\n${indent}for this job\n${indent}</button>`))).toBe(true);
  });

  it('ignores controls that only mention applying, long labels and plain links', () => {
    expect(hasApplyControl(page('<button>How to apply</button>'))).toBe(false);
    expect(hasApplyControl(page('<button>Applying for jobs: a guide</button>'))).toBe(false);
    expect(hasApplyControl(page('<button>Apply these twelve filters to every saved search</button>'))).toBe(false);
    expect(hasApplyControl(page('<a href="/guide">Apply</a>'))).toBe(false);
    expect(hasApplyControl(page('<button></button><p>Apply</p>'))).toBe(false);
  });

  it('accepts a label of up to 40 characters', () => {
    const forty = 'Apply now to join our support team today';
    expect(forty).toHaveLength(40);
    expect(hasApplyControl(page(`<button>${forty}</button>`))).toBe(true);
    expect(hasApplyControl(page(`<button>${forty}!</button>`))).toBe(false);
  });

  it('reads only the first 400 controls of a page', () => {
    const toolbar = '<button>Save</button>'.repeat(400);
    expect(hasApplyControl(page(`${toolbar}<button>Apply</button>`))).toBe(false);
    expect(hasApplyControl(page(`${'<button>Save</button>'.repeat(399)}<button>Apply</button>`))).toBe(true);
  });
});

describe('pages that are not a single job posting', () => {
  const jobLinks = (count: number, path = '/jobs/') =>
    Array.from({ length: count }, (_, i) => `<li><a href="${path}${1000 + i}-driver">Driver ${i}</a></li>`).join('');
  const description = 'Responsibilities: deliver parcels. Requirements: a licence. Benefits: a van.';

  it.each([
    ['1,234 jobs', 'https://board.example.com/drivers'],
    ['12 job openings', 'https://board.example.com/drivers'],
    ['40 vacancies', 'https://board.example.com/drivers'],
    ['1.200 Stellenangebote', 'https://board.example.com/fahrer'],
    ['35 Stellen', 'https://board.example.com/fahrer'],
    ['500+ empleos', 'https://board.example.com/conductor'],
    ['2 345 offres', 'https://board.example.com/chauffeur'],
    ['87 vacatures', 'https://board.example.com/chauffeur'],
    ['120 вакансий', 'https://board.example.com/driver'],
    ['15 вакансии', 'https://board.example.com/driver'],
    ['300 职位', 'https://board.example.com/driver'],
    ['120個職缺', 'https://board.example.com/driver'],
    ['채용공고 1,234건', 'https://board.example.com/driver'],
    ['10 000 + jobs', 'https://board.example.com/drivers'],
    ['Drivers', 'https://board.example.com/search?q=driver'],
    ['Drivers', 'https://board.example.com/list?keyword=driver'],
    ['Drivers', 'https://board.example.com/list?page=2&keywords=driver'],
    ['Drivers', 'https://board.example.com/list?query=driver'],
    ['Drivers', 'https://board.example.com/search/drivers'],
    ['Drivers', 'https://board.example.com/jobs'],
    ['Drivers', 'https://board.example.com/jobs/'],
  ])('says a list of jobs (%s at %s) is a list', (heading, url) => {
    const verdict = judgeGenericPage(page(`<h1>${heading}</h1><ul>${jobLinks(8)}</ul>`, '', url), new URL(url), description);
    expect(verdict).toEqual({ isJobPosting: false, reason: NOT_FOUND_REASONS.searchResults });
    expect(NOT_FOUND_REASONS.searchResults).toMatch(/lists several jobs.*Open the job you want/);
  });

  it.each([
    ['/job/1-driver'],
    ['/careers/1-driver'],
    ['/career/1-driver'],
    ['/position/1-driver'],
    ['/stellen/1-fahrer'],
    ['/oferta/1-conductor'],
    ['/empleo/1-conductor'],
    ['/annonser/1-forare'],
    ['/vacancy/1-driver'],
    ['/vacancies/1-driver'],
    ['/positions/1-driver'],
    ['/stellenangebote/1-fahrer'],
    ['/ofertas/1-conductor'],
    ['/empleos/1-conductor'],
  ])('counts links to postings like %s', (path) => {
    const url = 'https://board.example.com/search?q=driver';
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="${path.replace('1-', `${i}-`)}">Driver ${i}</a></li>`).join('');
    expect(judgeGenericPage(page(`<h1>Drivers</h1><ul>${links}</ul>`, '', url), new URL(url), description).isJobPosting).toBe(false);
  });

  it('needs at least eight job links, a job count or a search address, and links that lead to postings', () => {
    const search = 'https://board.example.com/search?q=driver';
    expect(judgeGenericPage(page(`<h1>Drivers</h1><ul>${jobLinks(7)}</ul>`, '', search), new URL(search), description)).toEqual({ isJobPosting: true });
    const plain = 'https://board.example.com/drivers/42';
    expect(judgeGenericPage(page(`<h1>Driver</h1><ul>${jobLinks(12)}</ul>`, '', plain), new URL(plain), description)).toEqual({ isJobPosting: true });
    expect(judgeGenericPage(page(`<h1>Driver (2 jobs open)</h1><ul>${jobLinks(12, '/jobsite-news/')}</ul>`, '', plain), new URL(plain), description)).toEqual({ isJobPosting: true });
    const notSearch = 'https://board.example.com/research?topic=driver';
    expect(judgeGenericPage(page(`<h1>Driver</h1><ul>${jobLinks(12)}</ul>`, '', notSearch), new URL(notSearch), description)).toEqual({ isJobPosting: true });
    const jobsPage = 'https://board.example.com/jobs/42-driver';
    expect(judgeGenericPage(page(`<h1>Driver</h1><ul>${jobLinks(12)}</ul>`, '', jobsPage), new URL(jobsPage), description)).toEqual({ isJobPosting: true });
  });

  it('does not take a posting for a list because the board’s name says “Jobs” and similar jobs are linked', () => {
    const url = 'https://www.acmejobs.example/view/42-delivery-driver';
    const doc = page(`<h1>Delivery driver, 3.5 t van</h1><aside><h2>Similar jobs</h2><ul>${jobLinks(8)}</ul></aside>`, '<title>Delivery driver, 3.5 t van | Acme Jobs</title>', url);
    expect(judgeGenericPage(doc, new URL(url), description)).toEqual({ isJobPosting: true });
  });

  it('counts a job total in the page title too', () => {
    const url = 'https://board.example.com/drivers';
    const doc = page(`<h1>Drivers near you</h1><ul>${jobLinks(8)}</ul>`, '<title>Driver jobs – 2,310 jobs</title>', url);
    expect(judgeGenericPage(doc, new URL(url), description)).toEqual({ isJobPosting: false, reason: NOT_FOUND_REASONS.searchResults });
  });
});

describe('articles about jobs', () => {
  const url = 'https://news.example.com/2024/05/hiring';
  const five = 'Responsibilities grow. Requirements change. Benefits matter. The salary rises. Full-time work returns.';
  const six = `${five} Qualifications count.`;

  it.each([
    ['<meta property="og:type" content="article">', ''],
    ['<meta property="og:type" content=" Article ">', ''],
    ['<meta property="article:published_time" content="2024-05-01">', ''],
    ['', '<span itemprop="datePublished">1 May 2024</span>'],
    ['', '<article><time datetime="2024-05-01">1 May</time><p>Text</p></article>'],
  ])('needs six job signals on an article page (%s%s)', (head, body) => {
    expect(jobVocabularyScore(five)).toBe(5);
    expect(judgeGenericPage(page(body, head, url), new URL(url), five)).toEqual({ isJobPosting: false, reason: NOT_FOUND_REASONS.article });
    expect(judgeGenericPage(page(body, head, url), new URL(url), six)).toEqual({ isJobPosting: true });
    expect(NOT_FOUND_REASONS.article).toMatch(/looks like an article.*Open the job ad itself/);
  });

  it('does not take other page types or undated pages for articles', () => {
    for (const type of ['website', 'articles', 'blog.article']) {
      expect(judgeGenericPage(page('', `<meta property="og:type" content="${type}">`, url), new URL(url), five)).toEqual({ isJobPosting: true });
    }
    expect(judgeGenericPage(page('<time datetime="2024-05-01">1 May</time>', '', url), new URL(url), five)).toEqual({ isJobPosting: true });
  });
});

describe('a generic page that may be a job ad', () => {
  const url = 'https://careers.example.com/open-roles/42';

  it('needs three signals, of which an apply button may be one', () => {
    expect(judgeGenericPage(page('<h1>Driver</h1>'), new URL(url), 'Responsibilities: deliver. Requirements: licence. Benefits: van.')).toEqual({ isJobPosting: true });
    const two = 'Responsibilities: deliver. Requirements: licence.';
    const verdict = judgeGenericPage(page('<h1>Driver</h1>'), new URL(url), two);
    expect(verdict).toEqual({ isJobPosting: false, reason: NOT_FOUND_REASONS.noPosting });
    expect(NOT_FOUND_REASONS.noPosting).toMatch(/No job posting was found.*paste the details into the form/);
    expect(judgeGenericPage(page('<h1>Driver</h1><button>Apply now</button>'), new URL(url), two)).toEqual({ isJobPosting: true });
  });
});

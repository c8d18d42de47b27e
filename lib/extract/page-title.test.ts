// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { cleanJobTitle, pageTitles, readTitleGrammar, titleGrammarOf } from './page-title';
import { documentFromHtml } from './test-support';

describe('job title and employer from a page title', () => {
  it.each([
    ['Data Analyst at Xometry', false, 'Data Analyst', 'Xometry', ''],
    ['Xometry hiring Data Analyst in Berlin, Germany | LinkedIn', true, 'Data Analyst', 'Xometry', 'Berlin, Germany'],
    ['Data Analyst | Xometry Europe | LinkedIn', true, 'Data Analyst', 'Xometry Europe', ''],
    ['Job Application for Analyst at HelloFresh', false, 'Analyst', 'HelloFresh', ''],
    ['「AutoCAD开发工程师（北京）招聘」_基准方中招聘-BOSS直聘', false, 'AutoCAD开发工程师（北京）', '基准方中', ''],
    ['Вакансия Python-разработчик в Москве, работа в компании Яндекс', false, 'Python-разработчик', 'Яндекс', ''],
  ])('%s', (title, boardSuffix, job, company, location) => {
    expect(readTitleGrammar(title, boardSuffix)).toEqual({ title: job, company, location });
  });

  it('does not read an employer where the title names none, or names only the board', () => {
    expect(readTitleGrammar('Senior Platform Engineer | Remote | Australia', false)).toBeNull();
    expect(readTitleGrammar('Backend Engineer at LinkedIn', false)).toBeNull();
    expect(readTitleGrammar('Confidential hiring Analyst | LinkedIn', true)).toBeNull();
  });

  it('strips "at Company", "- Company | Careers" and board suffixes from job titles, and nothing else', () => {
    expect(cleanJobTitle('Data Analyst at Xometry', 'Xometry')).toBe('Data Analyst');
    expect(cleanJobTitle('Product Engineer in Lingo.dev', 'Lingo.dev')).toBe('Product Engineer');
    expect(cleanJobTitle('Product Designer - Acme | Careers', 'Acme')).toBe('Product Designer');
    expect(cleanJobTitle('Software Engineer | Work at a Startup', null)).toBe('Software Engineer');
    // Counter-examples: a place, a specialism and a requisition number stay.
    expect(cleanJobTitle('Field Engineer in Berlin', 'Acme')).toBe('Field Engineer in Berlin');
    expect(cleanJobTitle('Senior Industry Strategy Manager - Content Creation', 'Autodesk')).toBe('Senior Industry Strategy Manager - Content Creation');
    expect(cleanJobTitle('Lead DevOps Engineer - 10929', 'Coupa')).toBe('Lead DevOps Engineer - 10929');
  });
});

describe('pages that have not rendered', () => {
  const shell = (title: string, body = '<div id="root"></div>') => `<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"></head><body>${body}</body></html>`;

  it('opens the form pre-filled from the page title of a LinkedIn shell, with low confidence', () => {
    const url = 'https://www.linkedin.com/jobs/view/4319458153/';
    const result = extractJobPosting(documentFromHtml(shell('Xometry hiring Data Analyst in Berlin | LinkedIn'), url), url);
    expect(result).toMatchObject({ found: true, method: 'page-title', company: 'Xometry', title: 'Data Analyst', location: 'Berlin', description: '' });
    expect(result.found && result.confidence).toBeLessThan(0.5);
  });

  it('takes the place from the top-card data an unrendered app carries in its scripts', () => {
    const url = 'https://www.linkedin.com/jobs/view/4319458153/';
    const payload = '<script>self.__next_f.push([1,"[\\"$\\",\\"p\\",null,{\\"children\\":[\\"Xometry Europe • Georgia (Remote)\\"]}]"])</script>';
    const result = extractJobPosting(documentFromHtml(shell('Data Analyst | Xometry Europe | LinkedIn', payload), url), url);
    expect(result).toMatchObject({ found: true, company: 'Xometry Europe', title: 'Data Analyst', location: 'Georgia (Remote)' });
  });

  it('reads an unrendered single-page app on a career URL', () => {
    const url = 'https://careers.example.com/jobs/42';
    expect(extractJobPosting(documentFromHtml(shell('Data Analyst at Xometry'), url), url)).toMatchObject({ found: true, title: 'Data Analyst', company: 'Xometry' });
  });

  it('does not take an article or a non-job page with "X at Y" in its title for a posting', () => {
    const article = 'https://news.example.com/2026/01/12/data-analyst-at-xometry';
    const articleHtml = shell('A day as Data Analyst at Xometry').replace('</head>', '<meta property="og:type" content="article"></head>');
    expect(extractJobPosting(documentFromHtml(articleHtml, article), article).found).toBe(false);
    const talk = 'https://conference.example.com/talks/keynote';
    expect(extractJobPosting(documentFromHtml(shell('Keynote at PyCon'), talk), talk).found).toBe(false);
  });
});

describe('which page titles are read', () => {
  const page = (head: string, body = '') => documentFromHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'https://jobs.example.com/view/1');

  it('reads og:title, then twitter:title, then the head’s <title>, each once', () => {
    const document = page(
      '<title>Data Analyst at Xometry</title><meta property="og:title" content="Xometry hiring Data Analyst | LinkedIn"><meta name="twitter:title" content="Data Analyst at Xometry">',
    );
    expect(pageTitles(document)).toEqual(['Xometry hiring Data Analyst | LinkedIn', 'Data Analyst at Xometry']);
    expect(pageTitles(page('<title>  Data   Analyst at Xometry </title>'))).toEqual(['Data Analyst at Xometry']);
    expect(pageTitles(page('<meta property="og:title" content=""><title>Data Analyst</title>'))).toEqual(['Data Analyst']);
  });

  it('ignores the <title> of an inline SVG icon', () => {
    const document = page('<title>Support Engineer at Fjordline</title>', '<svg><title>Close</title></svg>');
    expect(pageTitles(document)).toEqual(['Support Engineer at Fjordline']);
  });

  it('reads the employer from whichever title names one', () => {
    expect(titleGrammarOf(page('<meta property="og:title" content="Data Analyst at Xometry"><title>Loading…</title>'))).toEqual({ title: 'Data Analyst', company: 'Xometry', location: '' });
    expect(titleGrammarOf(page('<meta name="twitter:title" content="Data Analyst at Xometry"><title>Loading…</title>'))).toEqual({ title: 'Data Analyst', company: 'Xometry', location: '' });
    expect(titleGrammarOf(page('<meta property="og:title" content="Careers"><title>Data Analyst at Xometry</title>'))).toEqual({ title: 'Data Analyst', company: 'Xometry', location: '' });
    expect(titleGrammarOf(page('<title>Loading…</title>'))).toBeNull();
    // Single-page apps often ship no <title> at all, only the og: tags.
    expect(titleGrammarOf(page('<meta property="og:title" content="Data Analyst at Xometry">'))).toEqual({ title: 'Data Analyst', company: 'Xometry', location: '' });
    expect(pageTitles(page('<meta property="og:title" content="Data Analyst at Xometry">'))).toEqual(['Data Analyst at Xometry']);
  });

  it('reads "Job | Employer" only when a board’s name followed it', () => {
    expect(titleGrammarOf(page('<title>Data Analyst | Xometry Europe | LinkedIn</title>'))).toEqual({ title: 'Data Analyst', company: 'Xometry Europe', location: '' });
    expect(titleGrammarOf(page('<title>Data Analyst | Remote</title>'))).toBeNull();
    expect(readTitleGrammar('Data Analyst | Xometry Europe', false)).toBeNull();
    expect(readTitleGrammar('Data Analyst | Xometry Europe', true)).toEqual({ title: 'Data Analyst', company: 'Xometry Europe', location: '' });
  });
});

describe('site furniture after the job', () => {
  it.each([
    ['Data Analyst at Xometry | LinkedIn'], ['Data Analyst at Xometry - Indeed.com'], ['Data Analyst at Xometry – Glassdoor'],
    ['Data Analyst at Xometry — StepStone'], ['Data Analyst at Xometry | Careers'], ['Data Analyst at Xometry | Career'],
    ['Data Analyst at Xometry | Jobs'], ['Data Analyst at Xometry | Job'], ['Data Analyst at Xometry | Job Board'],
    ['Data Analyst at Xometry - Karriere'], ['Data Analyst at Xometry - Stellenangebote'], ['Data Analyst at Xometry - Stellenangebot'],
    ['Data Analyst at Xometry | Empleo'], ['Data Analyst at Xometry | Empleos'], ['Data Analyst at Xometry | Trabajo'],
    ['Data Analyst at Xometry | Emploi'], ['Data Analyst at Xometry | Emplois'], ['Data Analyst at Xometry | Carrières'],
    ['Data Analyst at Xometry | Carrière'], ['Data Analyst at Xometry | Vagas'], ['Data Analyst at Xometry | Vaga'],
    ['Data Analyst at Xometry | Vacatures'], ['Data Analyst at Xometry | Vacature'], ['Data Analyst at Xometry | Praca'],
    ['Data Analyst at Xometry | Вакансии'], ['Data Analyst at Xometry | Вакансії'], ['Data Analyst at Xometry | Робота'],
    ['Data Analyst at Xometry | Работа'], ['Data Analyst at Xometry | 招聘'], ['Data Analyst at Xometry | 求人'],
    ['Data Analyst at Xometry | 채용'], ['Data Analyst at Xometry | وظائف'], ['Data Analyst at Xometry | Kariyer'],
    ['Data Analyst at Xometry | iş ilanları'], ['Data Analyst at Xometry | İş İlanları'], ['Data Analyst at Xometry | İŞ İLANLARI'], ['Data Analyst at Xometry | Oferty pracy'], ['Data Analyst at Xometry | Careers at Xometry'],
    ['Data Analyst at Xometry - Jobs bei Xometry'], ['Data Analyst at Xometry | Empleos en Xometry'], ['Data Analyst at Xometry | Emplois chez Xometry'],
    ['Data Analyst at Xometry | Вакансии в Xometry'], ['Data Analyst at Xometry | Вакансії у Xometry'],
    ['Data Analyst at Xometry | Careers | LinkedIn'], ['Data Analyst at Xometry – Jobs — Careers | Indeed'],
  ])('%s', (title) => {
    expect(readTitleGrammar(title, true)).toEqual({ title: 'Data Analyst', company: 'Xometry', location: '' });
    expect(cleanJobTitle(title, 'Xometry')).toBe('Data Analyst');
  });

  it('cuts at most three pieces of furniture, and stops at the first that is part of the job', () => {
    expect(cleanJobTitle('Designer | Jobs | Careers | Indeed | LinkedIn', null)).toBe('Designer | Jobs');
    expect(cleanJobTitle('Designer - Remote | Careers', null)).toBe('Designer - Remote');
    expect(cleanJobTitle('Designer - Remote | Europe | LinkedIn', null)).toBe('Designer - Remote | Europe');
    expect(cleanJobTitle('Designer | Careers in Design', null)).toBe('Designer | Careers in Design');
    expect(cleanJobTitle('Designer | Careers at', null)).toBe('Designer | Careers at');
    expect(cleanJobTitle('Designer | Senior Careers', null)).toBe('Designer | Senior Careers');
    expect(cleanJobTitle('Designer|LinkedIn', null)).toBe('Designer|LinkedIn');
    expect(cleanJobTitle('Designer /LinkedIn', null)).toBe('Designer /LinkedIn');
    expect(cleanJobTitle('Front-End Developer', null)).toBe('Front-End Developer');
    expect(cleanJobTitle('UX Designer - Contract - Remote – LinkedIn', null)).toBe('UX Designer - Contract - Remote');
  });
});

describe('grammar of job titles', () => {
  it.each([
    ['Engineer @ Ro', 'Engineer', 'Ro'],
    ['Ingénieur DevOps chez Doctolib', 'Ingénieur DevOps', 'Doctolib'],
    ['Entwickler bei Rocken', 'Entwickler', 'Rocken'],
    ['DATA ANALYST AT XOMETRY', 'DATA ANALYST', 'XOMETRY'],
    ['Data Analyst at Xometry, Inc.', 'Data Analyst', 'Xometry'],
    ['job application for Analyst at HelloFresh', 'Analyst', 'HelloFresh'],
    ['Senior Data Analyst at Xometry at Berlin', 'Senior Data Analyst', 'Xometry at Berlin'],
    ['Java开发工程师招聘|字节跳动招聘', 'Java开发工程师', '字节跳动'],
    ['「产品经理招聘」-腾讯招聘', '产品经理', '腾讯'],
    ['产品经理招聘_腾讯招聘', '产品经理', '腾讯'],
    ['Вакансия Аналитик данных, работа в компании Тинькофф', 'Аналитик данных', 'Тинькофф'],
    ['Вакансия Аналитик данных в Москве, работа в компании Тинькофф (Москва)', 'Аналитик данных', 'Тинькофф'],
    ['вакансия Аналитик, работа в компании Ozon', 'Аналитик', 'Ozon'],
    ['Вакансія Аналітик даних у Києві, робота в компанії Монобанк', 'Аналітик даних', 'Монобанк'],
    ['Вакансія Аналітик даних, робота в компанії Монобанк (Київ)', 'Аналітик даних', 'Монобанк'],
    ['Xometry hiring Data Analyst', 'Data Analyst', 'Xometry'],
    ['XOMETRY HIRING Data Analyst IN Berlin', 'Data Analyst', 'XOMETRY'],
  ])('%s', (raw, title, company) => {
    expect(readTitleGrammar(raw, false)).toMatchObject({ title, company });
  });

  it('reads the place a LinkedIn title names', () => {
    expect(readTitleGrammar('Xometry hiring Data Analyst in Berlin | LinkedIn', true)).toEqual({ title: 'Data Analyst', company: 'Xometry', location: 'Berlin' });
    expect(readTitleGrammar('Xometry hiring Data Analyst in  Berlin,   Germany', false)).toEqual({ title: 'Data Analyst', company: 'Xometry', location: 'Berlin, Germany' });
  });

  it('names no employer when the title and the employer are the same, or either is missing', () => {
    expect(readTitleGrammar('Xometry at Xometry', false)).toBeNull();
    expect(readTitleGrammar('', false)).toBeNull();
    expect(readTitleGrammar('LinkedIn', false)).toBeNull();
    expect(readTitleGrammar('Data Analyst at ®', false)).toBeNull();
    expect(readTitleGrammar('Data Analyst', false)).toBeNull();
    expect(readTitleGrammar('Hiring Data Analyst', false)).toBeNull();
  });

  it('falls through to the next form when one names no employer', () => {
    // "Confidential hiring …" names none; the "at" form still can.
    expect(readTitleGrammar('Confidential hiring Analyst at Fjordline', false)).toEqual({ title: 'Confidential hiring Analyst', company: 'Fjordline', location: '' });
    expect(readTitleGrammar('Job Application for Analyst at LinkedIn | Acme', true)).toEqual({ title: 'Job Application for Analyst at LinkedIn', company: 'Acme', location: '' });
  });
});

describe('cleaning the job title', () => {
  it.each([
    ['Data Analyst at Xometry', 'Xometry'], ['Data Analyst @ Xometry', 'Xometry'], ['Data Analyst chez Xometry', 'Xometry'],
    ['Data Analyst bei Xometry', 'Xometry'], ['Data Analyst in Xometry', 'Xometry'], ['Data Analyst en Xometry', 'Xometry'],
    ['Data Analyst в Xometry', 'Xometry'], ['Data Analyst у Xometry', 'Xometry'], ['Data Analyst AT XOMETRY', 'Xometry'],
    ['Data Analyst at Xometry, Berlin', 'Xometry'], ['Data Analyst at Xometry. Apply now', 'Xometry'], ['Data Analyst at Xometry , Remote', 'Xometry'],
    ['Data Analyst - Xometry', 'Xometry'], ['Data Analyst – Xometry', 'Xometry'], ['Data Analyst — Xometry', 'Xometry'],
    ['Data Analyst | Xometry', 'Xometry'], ['Data Analyst | Xometry | Remote', 'Xometry'], ['Data Analyst - Xometry – Berlin', 'Xometry'],
    ['Xometry - Data Analyst', 'Xometry'], ['Xometry – Data Analyst', 'Xometry'], ['Xometry — Data Analyst', 'Xometry'],
    ['Xometry | Data Analyst', 'Xometry'], ['Xometry : Data Analyst', 'Xometry'], ['Xometry hiring Data Analyst', 'Xometry'],
    ['Data Analyst – XOMETRY', 'Xometry'], ['Data Analyst | Hellofresh', 'HelloFresh'], ['XOMETRY – Data Analyst', 'Xometry'], ['xometry hiring Data Analyst', 'Xometry'],
    ['Job Application for Data Analyst at Xometry', 'Xometry'], ['Data Analyst at Acme (UK)', 'Acme (UK)'],
    ['Data Analyst at [24]7.ai', '[24]7.ai'], ['Data Analyst at E*TRADE', 'E*TRADE'], ['Data Analyst at Notepad++', 'Notepad++'],
    ['Data Analyst at Ca$h', 'Ca$h'], ['Data Analyst at Who?', 'Who?'], ['Data Analyst at {Code}', '{Code}'], ['Data Analyst at A|B Tests', 'A|B Tests'],
    ['Data Analyst at ^Caret', '^Caret'], ['Data Analyst at Back\\Slash', 'Back\\Slash'],
  ])('%s → the job alone', (raw, company) => {
    expect(cleanJobTitle(raw, company)).toBe('Data Analyst');
  });

  it('only cuts the employer’s own name', () => {
    expect(cleanJobTitle('Data Analyst at Xometry Labs', 'Xometry')).toBe('Data Analyst at Xometry Labs');
    expect(cleanJobTitle('Data Analyst at Lingo-dev', 'Lingo.dev')).toBe('Data Analyst at Lingo-dev');
    expect(cleanJobTitle('Data Analyst at Ask', 'Ask.com')).toBe('Data Analyst at Ask');
    expect(cleanJobTitle('Data Analyst at Acme UK', 'Acme (UK)')).toBe('Data Analyst at Acme UK');
    expect(cleanJobTitle('Data Analyst at AB Tests', 'A|B Tests')).toBe('Data Analyst at AB Tests');
    expect(cleanJobTitle('Data Analyst at A', 'A|B Tests')).toBe('Data Analyst at A');
    expect(cleanJobTitle('Data Analyst at Cah', 'Ca$h')).toBe('Data Analyst at Cah');
    expect(cleanJobTitle('Data Analyst at Wh', 'Who?')).toBe('Data Analyst at Wh');
    expect(cleanJobTitle('Data Analyst at ETRADE', 'E*TRADE')).toBe('Data Analyst at ETRADE');
    expect(cleanJobTitle('Data Analyst at Notepad', 'Notepad++')).toBe('Data Analyst at Notepad');
    expect(cleanJobTitle('Data Analyst at 2', '[24]')).toBe('Data Analyst at 2');
    expect(cleanJobTitle('Data Analyst at CCC', '{C}')).toBe('Data Analyst at CCC');
    expect(cleanJobTitle('Xometry Data Analyst', 'Xometry')).toBe('Xometry Data Analyst');
    expect(cleanJobTitle('Data Analyst - Xometry Robotics', 'Xometry')).toBe('Data Analyst - Xometry Robotics');
    expect(cleanJobTitle('Data Analyst at Xometry Berlin', 'Xometry')).toBe('Data Analyst at Xometry Berlin');
    expect(cleanJobTitle('Data Analyst - Xometry Berlin', 'Xometry')).toBe('Data Analyst - Xometry Berlin');
    expect(cleanJobTitle('Data Analyst - Xometry-Berlin', 'Xometry')).toBe('Data Analyst - Xometry-Berlin');
    expect(cleanJobTitle('Data Analyst at Xometry-Berlin', 'Xometry')).toBe('Data Analyst at Xometry-Berlin');
    expect(cleanJobTitle('Data Analyst at Xometry;Berlin', 'Xometry')).toBe('Data Analyst at Xometry;Berlin');
    expect(cleanJobTitle('Xometry hiringData Analyst', 'Xometry')).toBe('Xometry hiringData Analyst');
    expect(cleanJobTitle('Data Analyst atXometry', 'Xometry')).toBe('Data Analyst atXometry');
    expect(cleanJobTitle('Data Analyst -Xometry', 'Xometry')).toBe('Data Analyst -Xometry');
    expect(cleanJobTitle('Xometry -Data Analyst', 'Xometry')).toBe('Xometry -Data Analyst');
    expect(cleanJobTitle('Desarrollador Senior en .NET', '')).toBe('Desarrollador Senior en .NET');
    expect(cleanJobTitle('Desarrollador Senior en .NET', null)).toBe('Desarrollador Senior en .NET');
  });

  it('cuts a board named after "at" even when the employer is unknown', () => {
    expect(cleanJobTitle('Backend Engineer at LinkedIn', null)).toBe('Backend Engineer');
    expect(cleanJobTitle('Backend Engineer @ Indeed', null)).toBe('Backend Engineer');
    expect(cleanJobTitle('Backend Engineer AT Glassdoor', 'Acme')).toBe('Backend Engineer');
    expect(cleanJobTitle('Backend Engineer at Scale AI', null)).toBe('Backend Engineer at Scale AI');
    expect(cleanJobTitle('Backend Engineer at  ', null)).toBe('Backend Engineer at');
    expect(cleanJobTitle('Backend Engineer atLinkedIn', null)).toBe('Backend Engineer atLinkedIn');
  });

  it('keeps the whole text when nothing else would be left', () => {
    expect(cleanJobTitle('  Data   Analyst ', null)).toBe('Data Analyst');
    expect(cleanJobTitle('', null)).toBe('');
  });
});

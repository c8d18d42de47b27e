// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { cleanJobTitle, readTitleGrammar } from './page-title';
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

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWithAdapter as read, siteAt } from './test-support';

/**
 * Each site adapter on small snippets shaped like that site's markup (see fixtures/ for whole
 * pages): which addresses it recognises, and what it reads from each of the places the site has
 * put a field over its redesigns. A field the page does not show must be absent, so that JSON-LD
 * or the generic reader can still fill it, never invented.
 */

const title = (text: string) => `<title>${text}</title>`;
const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;

describe('which site a page address belongs to', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4400000001', 'linkedin'],
    ['https://au.linkedin.com/jobs/view/staff-backend-engineer-4400000001', 'linkedin'],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://notlinkedin.com/jobs/view/1', undefined],
    ['https://uk.indeed.com/viewjob?jk=0123456789abcdef', 'indeed'],
    ['https://www.indeed.co.in/viewjob?jk=1', 'indeed'],
    ['https://indeed.com/viewjob?jk=1', 'indeed'],
    ['https://notindeed.com/viewjob?jk=1', undefined],
    ['https://www.seek.com.au/job/90000001', 'seek'],
    ['https://www.seek.co.nz/job/90000001', 'seek'],
    ['https://seek.com/job/90000001', 'seek'],
    ['https://myseek.com.au/job/1', undefined],
    ['https://www.seek.com.au.example.org/job/1', undefined],
    ['https://job-boards.greenhouse.io/tailspintoys/jobs/5550001', 'greenhouse'],
    ['https://greenhouse.io/jobs/1', 'greenhouse'],
    ['https://greenhouse.io.example.com/jobs/1', undefined],
    ['https://jobs.lever.co/wwi/2c1d3e4f', 'lever'],
    ['https://jobs.eu.lever.co/wwi/2c1d3e4f', 'lever'],
    ['https://clever.co/jobs/1', undefined],
    ['https://healthplan.wd1.myworkdayjobs.com/en-US/Careers/job/Spokane-WA/Analyst_R1', 'workday'],
    ['https://wd3.myworkdaysite.com/recruiting/acme/External/job/Analyst_R2', 'workday'],
    ['https://myworkdayjobs.com/Careers/job/1', 'workday'],
    ['https://myworkdaysite.com/recruiting/acme/1', 'workday'],
    ['https://notmyworkdayjobs.com/job/1', undefined],
    ['https://acme.myworkdayjobs.com.example.net/job/1', undefined],
    ['https://notmyworkdaysite.com/job/1', undefined],
    ['https://acme.myworkdaysite.com.example.net/job/1', undefined],
    ['https://jobs.ashbyhq.com/proseware/6f1c0a52', 'ashby'],
    ['https://ashbyhq.com.example.org/proseware/1', undefined],
    ['https://arbetsformedlingen.se/platsbanken/annonser/29000001', 'platsbanken'],
    ['https://arbetsformedlingen.se/platsbanken/', undefined],
    ['https://www.jobs.ch/en/vacancies/detail/1234/', 'jobs-ch'],
    ['https://www.jobup.ch/fr/emplois/detail/1234/', 'jobs-ch'],
    ['https://jobs.ch/de/stellenangebote/detail/1234/', 'jobs-ch'],
    ['https://myjobs.ch/detail/1234/', undefined],
    ['https://aijobs.net/job/1234-machine-learning-engineer/', 'aijobs'],
    ['https://aijobs.net/', undefined],
    ['https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html', 'zhipin'],
    ['https://www.zhipin.com/web/geek/job?query=python', undefined],
    ['https://thehub.io/jobs/audio-designer', 'thehub'],
    ['https://thehub.dk/jobs/audio-designer', 'thehub'],
    ['https://thehub.se/jobs/audio-designer', 'thehub'],
    ['https://thehub.fi/jobs/audio-designer', 'thehub'],
    ['https://hub.no/jobs/audio-designer', 'thehub'],
    ['https://www.hub.no/jobs/audio-designer', 'thehub'],
    ['https://github.no/jobs/audio-designer', undefined],
    ['https://thehub.io/startups/ro', undefined],
    ['https://hh.ru/vacancy/100000001', 'headhunter'],
    ['https://spb.hh.ru/vacancy/100000001', 'headhunter'],
    ['https://hh.kz/vacancy/100000001', 'headhunter'],
    ['https://hh.uz/vacancy/100000001', 'headhunter'],
    ['https://rabota.by/vacancy/100000001', 'headhunter'],
    ['https://headhunter.ge/vacancy/100000001', 'headhunter'],
    ['https://headhunter.kg/vacancy/100000001', 'headhunter'],
    ['https://hh.ru/search/vacancy?text=python', undefined],
    ['https://ohh.ru/vacancy/1', undefined],
    ['https://hh.ru.example.com/vacancy/1', undefined],
    ['https://career.habr.com/vacancies/1000164162', 'habr-career'],
    ['https://career.habr.com/companies/innovative', undefined],
    ['https://apply.workable.com/fernleaf/j/1A2B3C4D5E/', 'workable'],
    ['https://workable.com.example.org/fernleaf/j/1', undefined],
    ['https://jobs.smartrecruiters.com/VantageMedical/744000012345', 'smartrecruiters'],
    ['https://www.stepstone.de/stellenangebote--Backend-Entwickler--1234567-inline.html', 'stepstone'],
    ['https://www.stepstone.at/stellenangebote--Backend--1234567-inline.html', 'stepstone'],
    ['https://stepstone.be/job/1', 'stepstone'],
    ['https://mystepstone.de/job/1', undefined],
    ['https://jobs.jobvite.com/lumenfoods/job/oAbC123', 'jobvite'],
    ['https://careers-baysidehealth.icims.com/jobs/4512/registered-nurse/job', 'icims'],
    ['https://norrskenenergi.teamtailor.com/jobs/3012345-frontendutvecklare', 'teamtailor'],
    ['https://norrskenenergi.teamtailor.com/people', undefined],
    ['https://hafenkontor.jobs.personio.de/job/1234567', 'personio'],
    ['https://hafenkontor.jobs.personio.com/job/1234567', 'personio'],
    ['https://jobs.personio.de/job/1234567', 'personio'],
    ['https://hafenkontorjobs.personio.de/job/1234567', undefined],
    ['https://hafenkontor.jobs.personio.de.example.com/job/1234567', undefined],
    ['https://hafenkontor.jobs.personio.de/', undefined],
    ['https://tulpwerk.recruitee.com/o/medewerker-klantenservice', 'recruitee'],
    ['https://tulpwerk.recruitee.com/', undefined],
    ['https://pinecrestlabs.bamboohr.com/careers/41', 'bamboohr'],
    ['https://pinecrestlabs.bamboohr.com/login', undefined],
    ['https://wellfound.com/jobs/3100001-founding-engineer', 'wellfound'],
    ['https://angel.co/jobs/3100001-founding-engineer', 'wellfound'],
    ['https://wellfound.com/company/quillmate', undefined],
    ['https://www.workatastartup.com/jobs/71234', 'workatastartup'],
    ['https://www.ycombinator.com/companies/tidewell/jobs/aB3-senior-backend-engineer', 'workatastartup'],
    ['https://www.ycombinator.com/companies/tidewell', undefined],
    ['https://www.workatastartup.com/companies/tidewell', undefined],
    ['https://www.xing.com/jobs/leipzig-projektleiter-elektrotechnik-140000001', 'xing'],
    ['https://www.xing.com/jobs/search?keywords=Elektrotechnik', undefined],
    ['https://www.xing.com/jobs/search/top-matches', undefined],
    ['https://www.xing.com/companies/sachsenstrom', undefined],
    ['https://djinni.co/jobs/712345-python-rozrobnik/', 'djinni'],
    ['https://djinni.co/jobs/?primary_keyword=Python', undefined],
    ['https://djinni.co/jobs/python/', undefined],
  ])('%s → %s', (url, site) => {
    expect(siteAt(url)).toBe(site);
  });
});

// A short posting body; the readers keep its paragraphs as they are.
const BODY = 'We build scheduling software for clinics across the region.';
const P = `<p>${BODY}</p>`;

describe('LinkedIn, logged in: the selected job’s top card', () => {
  const url = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4400000002';

  it('reads the older unified top card (primary description line, company name without a link, plain h1)', () => {
    const fields = read(url, `<div class="jobs-unified-top-card"><h1>Platform Engineer</h1>
      <div class="jobs-unified-top-card__company-name">Contoso Analytics</div>
      <div class="jobs-unified-top-card__primary-description">Wellington, New Zealand · 3 days ago · 41 applicants</div></div>
      <div class="jobs-description__content"><div class="jobs-box__html-content">${P}</div></div>`);
    expect(fields).toEqual({ title: 'Platform Engineer', company: 'Contoso Analytics', location: 'Wellington, New Zealand', description: BODY });
  });

  it('reads the two-pane card: title block, company block and the tertiary description line', () => {
    const fields = read(url, `<div class="job-details-jobs-unified-top-card__container--two-pane">
      <div class="job-details-jobs-unified-top-card__job-title"><span>Platform Engineer</span></div>
      <div class="job-details-jobs-unified-top-card__company-name">Contoso Analytics</div>
      <div class="job-details-jobs-unified-top-card__tertiary-description-container">Auckland, New Zealand · Reposted 1 week ago</div></div>
      <div class="jobs-description-content__text">${P}</div>`);
    expect(fields).toEqual({ title: 'Platform Engineer', company: 'Contoso Analytics', location: 'Auckland, New Zealand', description: BODY });
  });

  it('leaves company, location and description to other readers when the card does not show them', () => {
    const fields = read(url, `<div class="job-details-jobs-unified-top-card"><h1>Platform Engineer</h1></div>`);
    expect(fields).toEqual({ title: 'Platform Engineer' });
  });
});

describe('LinkedIn, logged out: the guest top card', () => {
  const url = 'https://www.linkedin.com/jobs/view/staff-backend-engineer-at-northwind-health-4400000001';

  it('reads the classic top card: flavor company, title class, plain description text', () => {
    const fields = read(url, `<section class="topcard"><h2 class="topcard__title">Staff Backend Engineer</h2>
      <span class="topcard__flavor">Northwind Health</span><span class="topcard__flavor topcard__flavor--bullet">Brisbane, Queensland, Australia</span></section>
      <section class="description"><div class="description__text">${P}</div></section>`);
    expect(fields).toEqual({ title: 'Staff Backend Engineer', company: 'Northwind Health', location: 'Brisbane, Queensland, Australia', description: BODY });
  });

  it('reads the company from the tracked org-name link and the title from the heading', () => {
    const fields = read(url, `<section class="top-card-layout"><h1>Staff Backend Engineer</h1>
      <a data-tracking-control-name="public_jobs_topcard-org-name" href="https://au.linkedin.com/company/northwind">Northwind Health</a>
      <span class="topcard__flavor--bullet num-applicants__caption">Over 200 applicants</span></section>
      <div class="show-more-less-html__markup">${P}</div>`);
    expect(fields).toEqual({ title: 'Staff Backend Engineer', company: 'Northwind Health', description: BODY });
  });

  it('never takes the place for the employer when the card names none', () => {
    const fields = read(url, `<section class="top-card-layout"><h1>Staff Backend Engineer</h1>
      <span class="topcard__flavor topcard__flavor--bullet">Brisbane, Queensland, Australia</span></section>
      <div class="show-more-less-html__markup">${P}</div>`);
    expect(fields).toEqual({ title: 'Staff Backend Engineer', location: 'Brisbane, Queensland, Australia', description: BODY });
  });

  it('is not a LinkedIn job view without a top card', () => {
    expect(read(url, `<main><h1>Jobs you may be interested in</h1></main>`)).toBeNull();
  });
});

describe('Greenhouse', () => {
  const url = 'https://job-boards.greenhouse.io/tailspintoys/jobs/5550001';

  it('reads the employer from the page title "… at <company>" when the header does not name it', () => {
    const fields = read(url, `<div class="job__title"><h1>Product Designer</h1></div><div class="job__location">Austin, Texas</div><div class="job__description">${P}</div>`,
      title('Job Application for Product Designer at Tailspin Toys'));
    expect(fields).toEqual({ title: 'Product Designer', company: 'Tailspin Toys', location: 'Austin, Texas', description: BODY });
  });

  it('reads the classic board header, where "at <company>" is printed under the title', () => {
    const fields = read('https://boards.greenhouse.io/hellofresh/jobs/6148250', `<div id="header"><h1 class="app-title">Senior BI Analyst</h1>
      <span class="company-name">at HelloFresh</span><div class="location">Berlin</div></div><div id="content">${P}</div>`);
    expect(fields).toEqual({ title: 'Senior BI Analyst', company: 'HelloFresh', location: 'Berlin', description: BODY });
  });

  it('names no employer when neither the header nor the page title does', () => {
    const fields = read(url, `<h1 class="app-title">Product Designer</h1><div class="job__description">${P}</div>`, title('Product Designer'));
    expect(fields).toEqual({ title: 'Product Designer', description: BODY });
  });
});

describe('Lever', () => {
  const url = 'https://jobs.lever.co/wwi/2c1d3e4f-0000-4000-8000-000000000001';
  const posting = (header: string) => `<div class="main-header-page"><a class="main-header-logo" href="https://jobs.lever.co/wwi">${header}</a></div>
    <div class="posting-page"><div class="section page-centered posting-header"><div class="posting-headline"><h2>Senior Data Engineer</h2>
    <div class="posting-categories"><div class="location">Lisbon, Portugal</div></div></div></div>
    <div class="section page-centered">${P}</div></div>`;

  it.each([
    ['Wide World Importers logo', 'Wide World Importers'],
    ['Wide World Importers-logo', 'Wide World Importers'],
    ['Logojoy logo', 'Logojoy'],
    ['Wide World Importers', 'Wide World Importers'],
  ])('takes the employer from the logo’s alt text "%s" when the page title is not "<company> - <title>"', (alt, company) => {
    const fields = read(url, posting(`<img src="logo.png" alt="${alt}">`), title('Senior Data Engineer'));
    expect(fields).toEqual({ title: 'Senior Data Engineer', company, location: 'Lisbon, Portugal', description: BODY });
  });

  it('names no employer without a logo or a page title naming it', () => {
    const fields = read(url, posting(''), title('Senior Data Engineer'));
    expect(fields).toEqual({ title: 'Senior Data Engineer', location: 'Lisbon, Portugal', description: BODY });
  });
});

describe('Ashby', () => {
  const url = 'https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002';

  it('leaves the location out when the left pane has no Location section, or an empty one', () => {
    for (const pane of ['<div><h2>Employment Type</h2><p>Full time</p></div>', '<div><h2>Location</h2></div>']) {
      const fields = read(url, `<h1 class="ashby-job-posting-heading">Solutions Engineer</h1><div class="ashby-job-posting-left-pane">${pane}</div>
        <div class="ashby-job-posting-description">${P}</div>`, title('Solutions Engineer @ Proseware'));
      expect(fields).toEqual({ title: 'Solutions Engineer', company: 'Proseware', description: BODY });
    }
  });
});

describe('Workable', () => {
  const url = 'https://apply.workable.com/fernleaf/j/1A2B3C4D5E/';

  it('names no employer when the page title is not "<title> - <company>"', () => {
    const fields = read(url, `<h1 data-ui="job-title">Customer Success Manager</h1><div data-ui="job-location">Dublin, Ireland</div>
      <section data-ui="job-description">${P}</section>`, title('Careers'));
    expect(fields).toEqual({ title: 'Customer Success Manager', location: 'Dublin, Ireland', description: BODY });
  });
});

describe('Platsbanken', () => {
  const url = 'https://arbetsformedlingen.se/platsbanken/annonser/29000001';

  it.each([
    ['<div class="job-header"><h1>Systemutvecklare Java</h1></div>', 'Kommun:Lund', 'Lund'],
    ['<h1>Systemutvecklare Java</h1>', 'Kommun : Lund', 'Lund'],
    ['<h1 class="break-title">Systemutvecklare Java</h1>', 'Arbetsort: Lund', 'Lund'],
    ['<h1 class="break-title">Systemutvecklare Java</h1>', 'Lund, närmaste ort: Malmö', 'Lund, närmaste ort: Malmö'],
  ])('reads the title from %s and the place from "%s"', (heading, place, location) => {
    const fields = read(url, `${heading}<span id="pb-company-name">Öresund Mjukvara AB</span><span id="pb-job-location">${place}</span><div class="job-description">${P}</div>`);
    expect(fields).toEqual({ title: 'Systemutvecklare Java', company: 'Öresund Mjukvara AB', location, description: BODY });
  });

  it('leaves out what the ad does not show', () => {
    expect(read(url, '<h1>Systemutvecklare Java</h1>')).toEqual({ title: 'Systemutvecklare Java' });
  });

  it('is not an ad page before the ad has rendered', () => {
    expect(read(url, '<div class="job-header"><p>Laddar annons…</p></div>')).toBeNull();
  });
});

describe('iCIMS', () => {
  const url = 'https://careers-baysidehealth.icims.com/jobs/4512/registered-nurse---icu/job?in_iframe=1';
  const tag = (name: string, value: string) => `<dl class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField">${name}</dt><dd class="iCIMS_JobHeaderData">${value}</dd></dl>`;

  it.each([
    ['<div class="iCIMS_Header"><h1>Registered Nurse - ICU</h1></div>', tag('Category', 'Nursing') + tag('Location', 'US-FL-Tampa')],
    ['<h1 class="iCIMS_Header">Registered Nurse - ICU</h1>', tag('Location Type', 'Onsite') + tag('Job Locations', 'US-FL-Tampa')],
    ['<div class="iCIMS_JobHeaderGroup"><h1>Registered Nurse - ICU</h1></div>', tag('Other Locations', 'US-FL-Orlando') + tag('Job Location', 'US-FL-Tampa')],
    ['<h1 class="iCIMS_Header">Registered Nurse - ICU</h1>', '<div class="iCIMS_JobHeaderTag"><span class="iCIMS_Icon"></span></div>' + tag('Locations', 'US-FL-Tampa')],
  ])('reads the title from %s and the place from the labelled header tag', (heading, tags) => {
    const fields = read(url, `${heading}<div class="iCIMS_JobHeaderGroup">${tags}</div><div class="iCIMS_JobContent">${P}</div>`);
    expect(fields).toEqual({ title: 'Registered Nurse - ICU', location: 'US-FL-Tampa', description: BODY });
  });

  it('reads the posting from the info message block of older portals', () => {
    const fields = read(url, `<h1 class="iCIMS_Header">Registered Nurse - ICU</h1><div class="iCIMS_InfoMsg iCIMS_InfoMsg_Job">${P}</div>`);
    expect(fields).toEqual({ title: 'Registered Nurse - ICU', description: BODY });
  });

  it('leaves the location out when no header tag gives one', () => {
    for (const tags of ['', tag('Category', 'Nursing'), '<dl class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField">Location</dt></dl>']) {
      const fields = read(url, `<h1 class="iCIMS_Header">Registered Nurse - ICU</h1><div class="iCIMS_JobHeaderGroup">${tags}</div><div class="iCIMS_JobContent">${P}</div>`);
      expect(fields).toEqual({ title: 'Registered Nurse - ICU', description: BODY });
    }
  });

  it('is not a posting page without the posting header (the search list)', () => {
    expect(read('https://careers-baysidehealth.icims.com/jobs/search?ss=1', `<div class="iCIMS_JobsTable">${tag('Location', 'US-FL-Tampa')}</div>`)).toBeNull();
  });
});

describe('Jobvite', () => {
  const url = 'https://jobs.jobvite.com/lumenfoods/job/oAbC123';
  const posting = (logo: string, meta = 'Operations | Columbus, Ohio') => `<div class="jv-page-header"><a class="jv-logo" href="/lumenfoods">${logo}</a></div>
    <div class="jv-job-detail-header"><h2>Quality Assurance Lead</h2><p class="jv-job-detail-meta">${meta}</p></div>
    <div class="jv-job-detail-description">${P}</div>`;

  it.each([
    ['Lumen Foods logo', 'Lumen Foods'],
    ['Lumen Foods Careers', 'Lumen Foods'],
    ['Lumen Foods Career', 'Lumen Foods'],
    ['Lumen Foods-Logo', 'Lumen Foods'],
    ['Logojoy logo', 'Logojoy'],
  ])('takes the employer from the logo alt "%s"', (alt, company) => {
    expect(read(url, posting(`<img src="logo.png" alt="${alt}">`))).toEqual({ title: 'Quality Assurance Lead', company, location: 'Columbus, Ohio', description: BODY });
  });

  it('names no employer when the logo has no alt text', () => {
    expect(read(url, posting('<img src="logo.png">'))).toEqual({ title: 'Quality Assurance Lead', location: 'Columbus, Ohio', description: BODY });
  });

  it('names no employer without a logo', () => {
    expect(read(url, posting(''))).toEqual({ title: 'Quality Assurance Lead', location: 'Columbus, Ohio', description: BODY });
  });

  it.each(['Operations|Columbus, Ohio', 'Operations |Columbus, Ohio', 'Operations| Columbus, Ohio', 'Operations · Columbus, Ohio', 'Columbus, Ohio'])(
    'reads the place from the meta line "%s"',
    (meta) => {
      expect(read(url, posting('<img src="logo.png" alt="Lumen Foods">', meta))?.location).toBe('Columbus, Ohio');
    },
  );
});

describe('Djinni', () => {
  const url = 'https://djinni.co/jobs/712345-python-rozrobnik/';

  it.each([
    ['<div class="detail--title-wrapper"><h1>Python розробник</h1></div>', '<a href="/company/karpaty-soft/">Карпати Софт</a>', '<div class="job-additional-info-item"><span class="location">Львів</span></div>', 'job-post-page__description'],
    ['<h1>Python розробник</h1>', '<a href="/jobs/?company=karpaty-soft">Карпати Софт</a>', '<span class="location-text">Львів</span>', 'js-original-text'],
  ])('reads a page laid out as %s', (heading, company, location, descriptionClass) => {
    const fields = read(url, `${heading}${company}${location}<div class="${descriptionClass}">${P}</div>`);
    expect(fields).toEqual({ title: 'Python розробник', company: 'Карпати Софт', location: 'Львів', description: BODY });
  });

  it('reads the title inside the posting, not another heading', () => {
    const fields = read(url, `<h1>Вакансії</h1><div class="job-post-page"><h1>Python розробник</h1><div class="job-post__description">${P}</div></div>`);
    expect(fields).toEqual({ title: 'Python розробник', description: BODY });
  });
});

describe('Teamtailor, Personio, Recruitee and BambooHR career sites', () => {
  it.each([
    ['https://norrskenenergi.teamtailor.com/jobs/3012345-frontendutvecklare', '<div data-controller="job-description-toggle">'],
    ['https://norrskenenergi.teamtailor.com/jobs/3012345-frontendutvecklare', '<div class="prose">'],
    ['https://norrskenenergi.teamtailor.com/jobs/3012345-frontendutvecklare', '<div class="job-ad-body">'],
    ['https://hafenkontor.jobs.personio.de/job/1234567', '<div id="job-details">'],
    ['https://hafenkontor.jobs.personio.de/job/1234567', '<div class="job-description">'],
    ['https://hafenkontor.jobs.personio.de/job/1234567', '<div class="styles_jobDescription__x1">'],
    ['https://tulpwerk.recruitee.com/o/medewerker-klantenservice', '<div class="description">'],
    ['https://tulpwerk.recruitee.com/o/medewerker-klantenservice', '<div class="sc-JobDescription-a1">'],
    ['https://tulpwerk.recruitee.com/o/medewerker-klantenservice', '<div data-testid="job-description">'],
  ])('%s: reads the posting from %s', (url, open) => {
    const fields = read(url, `<h1>Frontend Developer</h1>${open}${P}</div>`, siteName('Norrsken Energi'));
    expect(fields).toEqual({ title: 'Frontend Developer', company: 'Norrsken Energi', description: BODY });
  });

  it.each([
    'https://norrskenenergi.teamtailor.com/jobs/3012345-frontendutvecklare',
    'https://hafenkontor.jobs.personio.de/job/1234567',
    'https://tulpwerk.recruitee.com/o/medewerker-klantenservice',
    'https://pinecrestlabs.bamboohr.com/careers/41',
  ])('%s: names no employer when the site does not give its name', (url) => {
    const fields = read(url, `<h1>Frontend Developer</h1><h2>Frontend Developer</h2>`);
    expect(fields).toEqual({ title: 'Frontend Developer' });
  });

  it.each([
    ['<div class="BambooHR-ATS-board"><h2>Customer Support Specialist</h2></div><h2>Open positions</h2>', '<div class="BambooHR-ATS-Description">'],
    ['<h2>Open positions</h2><div class="jss12-jobTitle">Customer Support Specialist</div>', '<div class="posting-description">'],
    ['<h2>Customer Support Specialist</h2>', '<div class="jobDescription">'],
  ])('BambooHR: reads the title from %s', (heading, open) => {
    const fields = read('https://pinecrestlabs.bamboohr.com/careers/41', `${heading}<span class="job-location">Boise, Idaho</span>${open}${P}</div>`, siteName('Pinecrest Labs'));
    expect(fields).toEqual({ title: 'Customer Support Specialist', company: 'Pinecrest Labs', location: 'Boise, Idaho', description: BODY });
  });
});

describe('hh.ru', () => {
  it('reads the company details block and the raw address when the short fields are missing', () => {
    const fields = read('https://hh.ru/vacancy/100000001', `<h1 data-qa="vacancy-title">Python-разработчик</h1>
      <div data-qa="vacancy-company__details">ООО «Северный Код»</div><p data-qa="vacancy-view-raw-address">Москва, Тверская улица, 7</p>
      <div data-qa="vacancy-description">${P}</div>`);
    expect(fields).toEqual({ title: 'Python-разработчик', company: 'ООО «Северный Код»', location: 'Москва, Тверская улица, 7', description: BODY });
  });
});

describe('SmartRecruiters', () => {
  const url = 'https://jobs.smartrecruiters.com/VantageMedical/744000012345-field-service-engineer';
  const org = '<div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Vantage Medical Devices"></div>';

  it.each([
    ['<h1 itemprop="title">Field Service Engineer</h1>', '<spl-job-location>Lyon, France</spl-job-location>', `<div class="job-sections">${P}</div>`],
    ['<h1 class="job-title">Field Service Engineer</h1>', '<span class="job-location">Lyon, France</span>', `<div itemprop="description">${P}</div>`],
  ])('reads a posting laid out as %s', (heading, location, description) => {
    expect(read(url, `${org}${heading}${location}${description}`)).toEqual({ title: 'Field Service Engineer', company: 'Vantage Medical Devices', location: 'Lyon, France', description: BODY });
  });

  it('names no employer when the organisation meta has no content', () => {
    const fields = read(url, `<div itemprop="hiringOrganization"><meta itemprop="name"></div><h1 class="job-title">Field Service Engineer</h1>`);
    expect(fields).toEqual({ title: 'Field Service Engineer' });
  });
});

describe('Wellfound and Work at a Startup', () => {
  it.each([
    ['<a href="/company/quillmate"><span>Quillmate</span></a>', '<div id="job-description">'],
    ['<a href="/company/quillmate">Quillmate</a>', '<div class="styles_description">'],
  ])('Wellfound: reads the company block %s', (company, open) => {
    const fields = read('https://wellfound.com/jobs/3100001-founding-engineer', `${company}<h1>Founding Engineer</h1><div class="styles_location">Remote</div>${open}${P}</div>`);
    expect(fields).toEqual({ title: 'Founding Engineer', company: 'Quillmate', location: 'Remote', description: BODY });
  });

  it.each([
    ['<div class="job-title">Senior Backend Engineer</div>', '<a class="company-name" href="/companies/tidewell">Tidewell</a>', '<div class="prose">'],
    ['<h1>Senior Backend Engineer</h1>', '<div class="company-title"><a href="/companies/tidewell">Tidewell</a> (W24)</div>', '<div class="company-description-x">'],
    ['<h1>Senior Backend Engineer</h1>', '<a href="/companies/tidewell"><span>Tidewell</span></a>', '<div class="job-description">'],
    ['<h1>Senior Backend Engineer</h1>', '<a href="/companies/tidewell">Tidewell</a>', '<div class="job-description">'],
  ])('Work at a Startup: reads %s and %s', (heading, company, open) => {
    const fields = read('https://www.ycombinator.com/companies/tidewell/jobs/aB3-senior-backend-engineer',
      `${company}${heading}<div class="job-location-x">San Francisco,\n   CA</div>${open}${P}</div>`);
    expect(fields).toEqual({ title: 'Senior Backend Engineer', company: 'Tidewell', location: 'San Francisco, CA', description: BODY });
  });

  it('Work at a Startup: takes the heading after the company title, not the page’s first heading', () => {
    const fields = read('https://www.workatastartup.com/jobs/71234', `<h1>Jobs at Y Combinator startups</h1>
      <div class="company-title"><a href="/companies/tidewell">Tidewell</a></div><h1>Senior Backend Engineer</h1><div class="job-location">Remote</div><div class="job-description">${P}</div>`);
    expect(fields).toEqual({ title: 'Senior Backend Engineer', company: 'Tidewell', location: 'Remote', description: BODY });
  });
});

describe('XING', () => {
  const url = 'https://www.xing.com/jobs/leipzig-projektleiter-elektrotechnik-140000001';
  const body = `<div data-testid="job-details-title"><h1>Projektleiter Elektrotechnik</h1></div>
    <div data-testid="job-details-company-info-name">Sachsenstrom Anlagenbau GmbH</div><div data-testid="expandable-content">${P}</div>`;

  it.each([
    ['Projektleiter Elektrotechnik in Leipzig | XING Jobs', 'Leipzig'],
    ['Projektleiter Elektrotechnik in Leipzig| XING Jobs', 'Leipzig'],
    ['Projektleiter Elektrotechnik in Leipzig |XING Jobs', 'Leipzig'],
    ['Projektleiter Elektrotechnik in Leipzig | XING Jobs | Stellenangebote', 'Leipzig | XING Jobs | Stellenangebote'],
  ])('reads the place from the page title "%s"', (pageTitle, location) => {
    expect(read(url, body, title(pageTitle))).toEqual({ title: 'Projektleiter Elektrotechnik', company: 'Sachsenstrom Anlagenbau GmbH', location, description: BODY });
  });

  it('leaves the place out when the page title does not name it', () => {
    expect(read(url, body, title('Projektleiter Elektrotechnik | XING Jobs'))).toEqual({ title: 'Projektleiter Elektrotechnik', company: 'Sachsenstrom Anlagenbau GmbH', description: BODY });
  });
});

describe('Habr Career', () => {
  const url = 'https://career.habr.com/vacancies/1000164162';
  const heading = '<div class="vacancy-header__title"><h1>Python developer</h1></div><div class="vacancy-company"><div class="company_name"><a href="/companies/ip">Innovative People</a></div></div>';

  it('reads the place that heads the "Местоположение и тип занятости" section', () => {
    const fields = read(url, `${heading}<div class="content-section"><h2 class="content-section__title">Требования</h2><span>Python • FastAPI</span></div>
      <div class="content-section"><h2 class="content-section__title">Местоположение и тип занятости</h2><span>Санкт-Петербург • Полный рабочий день</span></div>
      <div class="vacancy-description__text">${P}</div>`);
    expect(fields).toEqual({ title: 'Python developer', company: 'Innovative People', location: 'Санкт-Петербург', description: BODY });
  });

  it('leaves the place out when the page has no location section', () => {
    const fields = read(url, `${heading}<div class="content-section"><span>Без заголовка</span></div><div class="vacancy-description__text">${P}</div>`);
    expect(fields).toEqual({ title: 'Python developer', company: 'Innovative People', description: BODY });
  });
});

describe('BOSS直聘', () => {
  const url = 'https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html';
  const heading = '<div class="job-banner"><div class="name"><h1>AutoCAD开发工程师</h1></div><a class="text-city">北京</a></div>';
  const posting = `<div class="job-detail"><div class="job-sec-text">${P}</div><div class="job-sec-text fold-text">公司总部位于成都</div></div>`;

  it('takes the employer from the sidebar text when its link has no title', () => {
    const fields = read(url, `${heading}${posting}<div class="sider-company"><div class="company-info"><a ka="job-detail-company_custompage" href="/gongsi/a.html">基准方中</a></div></div>`);
    expect(fields).toEqual({ title: 'AutoCAD开发工程师', company: '基准方中', location: '北京', description: BODY });
  });

  it('names no employer when the page does not show one', () => {
    expect(read(url, `${heading}${posting}`)).toEqual({ title: 'AutoCAD开发工程师', location: '北京', description: BODY });
  });
});

describe('XING markup variants', () => {
  const url = 'https://www.xing.com/jobs/leipzig-projektleiter-elektrotechnik-140000001';

  it.each([
    ['<h2 data-testid="job-details-title">Projektleiter Elektrotechnik</h2>'],
    ['<h1>Projektleiter Elektrotechnik</h1>'],
  ])('reads the title from %s and the employer from the header', (heading) => {
    const fields = read(url, `${heading}<a data-testid="header-company-name">Sachsenstrom Anlagenbau GmbH</a><div data-testid="expandable-content">${P}</div>`,
      title('Projektleiter Elektrotechnik in Leipzig | XING Jobs'));
    expect(fields).toEqual({ title: 'Projektleiter Elektrotechnik', company: 'Sachsenstrom Anlagenbau GmbH', location: 'Leipzig', description: BODY });
  });

  it('is not a job page without a title', () => {
    expect(read(url, `<div data-testid="expandable-content">${P}</div>`, title('Projektleiter Elektrotechnik in Leipzig | XING Jobs'))).toBeNull();
  });
});

describe('StepStone', () => {
  const url = 'https://www.stepstone.de/stellenangebote--Backend-Entwickler-Koeln--1234567-inline.html';

  it.each([
    ['<div data-at="jobad-content">'],
    ['<div class="js-app-ld-ContentBlock">'],
  ])('reads the older listing layout with the posting in %s', (open) => {
    const fields = read(url, `<h1 class="listing-content-provider-job-title">Backend Entwickler (m/w/d)</h1>
      <a data-at="header-company-name">Rheinwerk Logistik GmbH</a><span data-at="metadata-location">Köln</span>${open}${P}</div>`);
    expect(fields).toEqual({ title: 'Backend Entwickler (m/w/d)', company: 'Rheinwerk Logistik GmbH', location: 'Köln', description: BODY });
  });

  it('reads the current job ad', () => {
    const fields = read(url, `<h1 data-at="header-job-title">Backend Entwickler (m/w/d)</h1><li data-at="metadata-company-name">Rheinwerk Logistik GmbH</li>
      <div data-at="job-ad-content">${P}</div>`);
    expect(fields).toEqual({ title: 'Backend Entwickler (m/w/d)', company: 'Rheinwerk Logistik GmbH', description: BODY });
  });
});

describe('Workday', () => {
  const url = 'https://healthplan.wd1.myworkdayjobs.com/en-US/Careers/job/Spokane-WA/Clinical-Data-Analyst-II_R31002';
  const header = '<h2 data-automation-id="jobPostingHeader">Clinical Data Analyst II</h2>';

  it.each([
    ['<div data-automation-id="locations"><dl><dt>locations</dt><dd>Spokane, WA</dd></dl></div>', 'Spokane, WA'],
    ['<div data-automation-id="locations"><dl><dt>locations</dt><dd>2 Locations</dd></dl></div>', '2 Locations'],
    ['<div data-automation-id="locations"><dl><dt>locations</dt><span>Spokane, WA</span></dl></div>', 'Spokane, WA'],
    ['<div data-automation-id="locations"><span>Locations</span> <span>Spokane, WA</span></div>', 'Spokane, WA'],
  ])('reads the place from %s', (block, location) => {
    const fields = read(url, `${header}${block}<div data-automation-id="jobPostingDescription">${P}</div>`);
    expect(fields).toEqual({ title: 'Clinical Data Analyst II', location, description: BODY });
  });

  it('finds nothing in the server-rendered shell', () => {
    expect(read(url, '<div id="root"></div>')).toBeNull();
  });
});

describe('aijobs.net', () => {
  const url = 'https://aijobs.net/job/1234-machine-learning-engineer/';

  it('reads the posting sections up to "Related jobs", without the apply row, and names no employer', () => {
    const fields = read(url, `<main><p>Home › Jobs</p><h1>Machine Learning Engineer</h1><div><strong>Berlin, Germany</strong></div>
      <h5>About the role</h5><div>${P}</div><div><a class="btn" href="/apply">Apply now</a></div>
      <h5>Requirements</h5><ul><li>Python and PyTorch</li></ul>
      <h4>Related jobs</h4><div><a href="/job/99/">Data Scientist</a></div></main>`);
    expect(fields).toEqual({ title: 'Machine Learning Engineer', company: null, location: 'Berlin, Germany', description: `About the role\n\n${BODY}\n\nRequirements\n\n• Python and PyTorch` });
  });

  it('stops at the list of other jobs', () => {
    const fields = read(url, `<main><h1>Machine Learning Engineer</h1><h5>About the role</h5><div>${P}</div><section><div id="job_list"><a href="/job/99/">Data Scientist</a></div></section></main>`);
    expect(fields).toEqual({ title: 'Machine Learning Engineer', company: null, description: `About the role\n\n${BODY}` });
  });

  it('is not a job page without its main content or heading', () => {
    expect(read(url, '<div><h1>Machine Learning Engineer</h1></div>')).toBeNull();
    expect(read(url, '<main><p>Loading</p></main>')).toBeNull();
  });
});

describe('SEEK, Indeed and jobs.ch', () => {
  it('SEEK: leaves out what the ad does not show, and is no ad without its title', () => {
    const url = 'https://www.seek.com.au/job/90000001';
    expect(read(url, '<h1 data-automation="job-detail-title">Graduate Civil Engineer</h1>')).toEqual({ title: 'Graduate Civil Engineer' });
    expect(read(url, '<h1>Find your next job</h1>')).toBeNull();
  });

  it.each([
    ['<h1 class="jobsearch-JobInfoHeader-title">Warehouse Systems Analyst - job post</h1>', '<div data-company-name="true">Fabrikam Logistics</div>', '<div data-testid="job-location">Leeds LS1</div>'],
    ['<h1 data-testid="jobsearch-JobInfoHeader-title">Warehouse Systems Analyst</h1>', '<div class="jobsearch-InlineCompanyRating"><a href="/cmp/fabrikam">Fabrikam Logistics</a></div>', '<div data-testid="jobsearch-JobInfoHeader-companyLocation">Leeds LS1</div>'],
  ])('Indeed: reads %s', (heading, company, location) => {
    const fields = read('https://uk.indeed.com/viewjob?jk=0123456789abcdef', `${heading}${company}${location}<div id="jobDescriptionText">${P}</div>`);
    expect(fields).toEqual({ title: 'Warehouse Systems Analyst', company: 'Fabrikam Logistics', location: 'Leeds LS1', description: BODY });
  });

  it('Indeed: leaves out what the job pane does not show', () => {
    expect(read('https://uk.indeed.com/jobs?q=analyst&vjk=1', '<h2 data-testid="jobsearch-JobInfoHeader-title">Warehouse Systems Analyst</h2>')).toEqual({ title: 'Warehouse Systems Analyst' });
    expect(read('https://uk.indeed.com/jobs?q=analyst', '<h1>Analyst jobs in Leeds</h1>')).toBeNull();
  });

  it.each([
    ['Arbeitsort: Zürich', 'Zürich'],
    ['Place of work:Zürich', 'Zürich'],
    ['Lieu de travail : Zürich', 'Zürich'],
    ['Luogo di lavoro: Zürich', 'Zürich'],
  ])('jobs.ch: reads the place from the key information row "%s"', (row, location) => {
    const fields = read('https://www.jobs.ch/de/stellenangebote/detail/1234/', `<h1 data-cy="vacancy-title">Informatiker EFZ</h1>
      <div data-cy="vacancy-company"><a data-cy="company-link">Alpenbank AG</a></div>
      <ul data-cy="vacancy-info"><li>Pensum: 100%</li><li>${row}</li></ul><div data-cy="vacancy-description">${P}</div>`);
    expect(fields).toEqual({ title: 'Informatiker EFZ', company: 'Alpenbank AG', location, description: BODY });
  });

  it('jobs.ch: leaves the place out when no row names it, and is no ad without its title', () => {
    const url = 'https://www.jobup.ch/fr/emplois/detail/1234/';
    expect(read(url, `<h1 data-cy="vacancy-title">Informaticien CFC</h1><ul data-cy="vacancy-info"><li>Taux d'activité: 100%</li></ul>`)).toEqual({ title: 'Informaticien CFC' });
    expect(read(url, '<h1>Emplois</h1>')).toBeNull();
  });
});

describe('The Hub', () => {
  it.each([
    ['<hero><h3>Ro</h3><h1>Audio Designer</h1><span class="pill">Internship, Copenhagen</span></hero><div class="text-body">', 'Copenhagen'],
    ['<div class="view-job-details"><span class="company-name">Ro</span><h2>Audio Designer</h2><span class="location">Copenhagen</span><div class="text-block-rich">', 'Copenhagen'],
  ])('reads %s', (markup, location) => {
    const fields = read('https://thehub.dk/jobs/audio-designer', `${markup}${P}</div>${markup.startsWith('<div') ? '</div>' : ''}`);
    expect(fields).toEqual({ title: 'Audio Designer', company: 'Ro', location, description: BODY });
  });

  it('reads the older job header', () => {
    const fields = read('https://thehub.io/jobs/audio-designer', `<div class="job-header"><span class="company">Ro</span><h1>Audio Designer</h1></div>`);
    expect(fields).toEqual({ title: 'Audio Designer', company: 'Ro' });
  });
});

describe('aijobs.net posting sections', () => {
  const url = 'https://aijobs.net/job/1234-machine-learning-engineer/';

  it('keeps posting lines that merely mention related jobs', () => {
    const fields = read(url, `<main><h1>Machine Learning Engineer</h1><h5>What you will do</h5>
      <p>Related jobs on the training cluster are scheduled by you.</p><p>Experience with Slurm for training runs and related jobs</p>
      <h5>Related jobs</h5></main>`);
    expect(fields).toEqual({
      title: 'Machine Learning Engineer', company: null,
      description: 'What you will do\n\nRelated jobs on the training cluster are scheduled by you.\n\nExperience with Slurm for training runs and related jobs',
    });
  });
});

describe('Ashby page variants', () => {
  const url = 'https://jobs.ashbyhq.com/proseware/6f1c0a52-0000-4000-8000-000000000002';

  it('reads a plain heading and skips left-pane blocks without a heading', () => {
    const fields = read(url, `<h1>Solutions Engineer</h1><div class="ashby-job-posting-left-pane"><div><p>Apply for this job</p></div>
      <div><h3>Location</h3><p>Toronto, ON</p></div></div><div class="_descriptionText_1x2">${P}</div>`, title('Solutions Engineer @ Proseware'));
    expect(fields).toEqual({ title: 'Solutions Engineer', company: 'Proseware', location: 'Toronto, ON', description: BODY });
  });

  it('is not a posting before its heading renders', () => {
    expect(read(url, '<div id="root"></div>', title('Proseware Jobs'))).toBeNull();
  });
});

describe('jobs.ch company link', () => {
  it('reads the company link outside the company block, and leaves no company when there is none', () => {
    const url = 'https://www.jobs.ch/en/vacancies/detail/1234/';
    expect(read(url, `<h1 data-cy="vacancy-title">IT Support Specialist</h1><a data-cy="company-link" href="/en/companies/alpenbank/">Alpenbank AG</a>`))
      .toEqual({ title: 'IT Support Specialist', company: 'Alpenbank AG' });
  });
});

describe('more markup variants', () => {
  it.each([
    ['Warehouse Systems Analyst - job post'],
    ['<span>Warehouse Systems Analyst</span><span>- job post</span>'],
    ['<span>Warehouse Systems Analyst</span> <span>-job post</span>'],
  ])('Indeed: drops the screen-reader suffix from the heading %s', (heading) => {
    expect(read('https://uk.indeed.com/viewjob?jk=1', `<h1 class="jobsearch-JobInfoHeader-title">${heading}</h1>`)).toEqual({ title: 'Warehouse Systems Analyst' });
  });

  it('Greenhouse: reads the title block without a heading, the plain location, and a company name that is not "at …"', () => {
    const fields = read('https://boards.greenhouse.io/greatminds/jobs/1', `<div id="header"><span class="company-name">Great Minds</span></div>
      <div class="job__title">Curriculum Writer</div><span class="location">Remote</span><div id="content">${P}</div>`);
    expect(fields).toEqual({ title: 'Curriculum Writer', company: 'Great Minds', location: 'Remote', description: BODY });
  });

  it('Lever: reads the older header and category layout', () => {
    const fields = read('https://jobs.lever.co/wwi/2c1d3e4f', `<div class="posting-page"><div class="section page-centered posting-header"><h2>Senior Data Engineer</h2>
      <div class="posting-category location">Porto, Portugal</div></div><div class="section page-centered">${P}</div>
      <div class="section page-centered last-section-apply"><a class="postings-btn template-btn-submit" href="apply">Apply for this job</a></div></div>`,
      title('Wide World Importers - Senior Data Engineer'));
    expect(fields).toEqual({ title: 'Senior Data Engineer', company: 'Wide World Importers', location: 'Porto, Portugal', description: BODY });
  });

  it('Workable: joins the description, requirements and benefits sections', () => {
    const fields = read('https://apply.workable.com/fernleaf/j/1A2B3C4D5E/', `<h1 data-ui="job-title">Customer Success Manager</h1>
      <section data-ui="job-description"><p>Fernleaf helps clinics.</p></section><section data-ui="job-requirements"><p>Three years in SaaS.</p></section>
      <section data-ui="job-benefits"><p>Health insurance.</p></section>`, title('Customer Success Manager - Fernleaf Analytics'));
    expect(fields).toEqual({ title: 'Customer Success Manager', company: 'Fernleaf Analytics', description: 'Fernleaf helps clinics.\n\nThree years in SaaS.\n\nHealth insurance.' });
  });

  it('Habr Career: reads the older page title, company link and the English "Location" section', () => {
    const fields = read('https://career.habr.com/vacancies/1000164162', `<h1 class="page-title__title">Python developer</h1>
      <div class="company_name"><a href="/companies/ip">Innovative People</a></div>
      <div class="content-section"><h2 class="content-section__title">Location and type of employment</h2><span>Saint Petersburg • Full-time</span></div>
      <div class="vacancy-description__text">${P}</div>`);
    expect(fields).toEqual({ title: 'Python developer', company: 'Innovative People', location: 'Saint Petersburg', description: BODY });
  });

  it.each([
    ['<div class="job-primary"><div class="name"><h1>AutoCAD开发工程师</h1></div></div><span class="location-address">北京市朝阳区</span>', '北京市朝阳区'],
    ['<div class="job-title">AutoCAD开发工程师</div>', undefined],
  ])('BOSS直聘: reads the older layouts %s', (markup, location) => {
    const fields = read('https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html', `${markup}<div class="job-sec-text">${P}</div>
      <div class="sider-company"><div class="company-info"><a ka="job-detail-company-logo_custompage" title="基准方中"><img alt=""></a>
      <a ka="job-detail-company_custompage" title="基准方中">基准方中建筑设计有限公司</a></div></div>`);
    expect(fields).toEqual({ title: 'AutoCAD开发工程师', company: '基准方中', ...(location === undefined ? {} : { location }), description: BODY });
  });

  it('BOSS直聘: reads the company name in the banner', () => {
    const fields = read('https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html', `<div class="job-banner"><div class="name"><h1>AutoCAD开发工程师</h1></div>
      <div class="company-name">基准方中</div></div>`);
    expect(fields).toEqual({ title: 'AutoCAD开发工程师', company: '基准方中' });
  });

  it('Ashby: reads "Location", not "Location Type"', () => {
    const fields = read('https://jobs.ashbyhq.com/proseware/1', `<h1>Solutions Engineer</h1><div class="ashby-job-posting-left-pane">
      <div><h2>Location Type</h2><p>Hybrid</p></div><div><h2>Location</h2><p>Toronto, ON</p></div></div>`, title('Solutions Engineer @ Proseware'));
    expect(fields).toEqual({ title: 'Solutions Engineer', company: 'Proseware', location: 'Toronto, ON' });
  });

  it('The Hub: keeps a place without a job type as it is', () => {
    const fields = read('https://thehub.io/jobs/audio-designer', `<hero><h3>Ro</h3><h1>Audio Designer</h1><span class="pill">Copenhagen</span></hero>`);
    expect(fields).toEqual({ title: 'Audio Designer', company: 'Ro', location: 'Copenhagen' });
  });
});

describe('Ashby page title without the employer', () => {
  it('names no employer when the page title is not "<title> @ <company>"', () => {
    const fields = read('https://jobs.ashbyhq.com/proseware/1', `<h1 class="ashby-job-posting-heading">Solutions Engineer</h1>
      <div class="ashby-job-posting-description">${P}</div>`, title('Jobs'));
    expect(fields).toEqual({ title: 'Solutions Engineer', description: BODY });
  });
});

describe('Indeed title that mentions job posts', () => {
  it('drops only the trailing screen-reader suffix', () => {
    expect(read('https://uk.indeed.com/viewjob?jk=2', '<h1 class="jobsearch-JobInfoHeader-title">Recruiter - Job Posting Specialist - job post</h1>'))
      .toEqual({ title: 'Recruiter - Job Posting Specialist' });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessCompany, guessTitle, splitPageTitle } from './title-heuristics';
import { documentFromHtml } from './test-support';

const page = (head: string, body: string, url = 'https://careers.example.com/jobs/42') =>
  documentFromHtml(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);

describe('splitting a page title', () => {
  it.each([
    ['Senior Engineer - Acme | Jobs', ['Senior Engineer', 'Acme', 'Jobs']],
    ['Senior Engineer – Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer — Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer · Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer • Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer @ Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer at Acme', ['Senior Engineer', 'Acme']],
    ['Senior Engineer AT Acme', ['Senior Engineer', 'Acme']],
    ['Front-End Engineer', ['Front-End Engineer']],
    ['Data Analyst (Berlin/Remote)', ['Data Analyst (Berlin/Remote)']],
    ['Staff Engineer, Platform', ['Staff Engineer, Platform']],
    ['Senior Engineer -Acme', ['Senior Engineer -Acme']],
    ['Engineer at Atlassian', ['Engineer', 'Atlassian']],
  ])('%s', (title, parts) => {
    expect(splitPageTitle(title)).toEqual(parts);
  });
});

describe('guessing the job title', () => {
  it('takes the heading the page title confirms, not a navigation heading', () => {
    const document = page(
      '<title>Field Robotics Technician - Contoso | Careers</title>',
      '<main><h1>Why work here</h1><h1>Field Robotics Technician</h1></main>',
    );
    expect(guessTitle(document)).toBe('Field Robotics Technician');
  });

  it('reads og:title and twitter:title too', () => {
    expect(guessTitle(page('<meta property="og:title" content="Field Robotics Technician at Contoso"><title>Contoso</title>', '<h1>Life at Contoso</h1><h1>Field Robotics Technician</h1>'))).toBe('Field Robotics Technician');
    expect(guessTitle(page('<meta name="twitter:title" content="Field Robotics Technician at Contoso"><title>Contoso</title>', '<h1>Life at Contoso</h1><h1>Field Robotics Technician</h1>'))).toBe('Field Robotics Technician');
  });

  it.each([
    ['header', '<header><h1>Acme Careers</h1></header>'],
    ['nav', '<nav><h1>Acme Careers</h1></nav>'],
    ['footer', '<footer><h1>Acme Careers</h1></footer>'],
    ['a navigation landmark', '<div role="navigation"><h1>Acme Careers</h1></div>'],
    ['a hidden block', '<div aria-hidden="true"><h1>Acme Careers</h1></div>'],
    ['a dialog', '<dialog><h1>Acme Careers</h1></dialog>'],
    ['a dialog role', '<div role="dialog"><h1>Acme Careers</h1></div>'],
  ])('ignores a heading in %s', (_where, chrome) => {
    const document = page('<title>Data Analyst | Acme Careers</title>', `${chrome}<main><h1>Data Analyst</h1></main>`);
    expect(guessTitle(document)).toBe('Data Analyst');
  });

  it('takes a short title such as "CTO", but not a two-letter fragment', () => {
    expect(guessTitle(page('<title>Acme is hiring a CTO</title>', '<main><h1>CTO</h1></main>'))).toBe('CTO');
    expect(guessTitle(page('<title>Go Developer - Acme</title>', '<main><h1>Go</h1><h1>Go Developer</h1></main>'))).toBe('Go Developer');
    expect(guessTitle(page('<title>Acme is hiring</title>', '<main><h1>QA</h1></main>'))).toBe('Acme is hiring');
  });

  it('ignores a paragraph set as a heading', () => {
    const blurb = `Join us ${'and build the future of logistics '.repeat(6)}`.trim().slice(0, 201);
    expect(blurb.length).toBe(201);
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', `<main><h1>${blurb}</h1></main>`))).toBe('Data Analyst');
    const longTitle = `Senior ${'Staff '.repeat(40)}`.trim().slice(0, 200);
    expect(guessTitle(page('<title>Acme</title>', `<main><h1>${longTitle}</h1></main>`))).toBe(longTitle);
  });

  it('takes the first heading when the page title confirms none', () => {
    expect(guessTitle(page('<title>Acme GmbH – Karriere</title>', '<main><h1>Backend Engineer (m/w/d)</h1><h1>Benefits</h1></main>'))).toBe('Backend Engineer (m/w/d)');
  });

  it('falls back to the page title’s first part that is not a job board', () => {
    expect(guessTitle(page('<meta property="og:title" content="LinkedIn"><title>Data Analyst - Acme</title>', '<div id="root"></div>'))).toBe('Data Analyst');
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', '<div id="root"></div>'))).toBe('Data Analyst');
    expect(guessTitle(page('<title>Indeed</title>', '<div id="root"></div>'))).toBe('');
    expect(guessTitle(page('', '<div id="root"></div>'))).toBe('');
  });

  it('reads a page that has og: tags but no <title>', () => {
    expect(guessTitle(page('<meta property="og:title" content="Data Analyst - Acme">', '<div id="root"></div>'))).toBe('Data Analyst');
    expect(guessCompany(page('<meta property="og:title" content="Data Analyst at Xometry">', ''), new URL('https://boards.example.com/1'), 'Data Analyst', '')).toBe('Xometry');
  });

  it('does not read the title of an inline SVG icon as the page title', () => {
    expect(guessTitle(page('<title>Data Analyst - Acme</title>', '<svg><title>Close</title></svg><div id="root"></div>'))).toBe('Data Analyst');
  });
});

describe('guessing the employer', () => {
  const posting = (text: string) =>
    `We are looking for a data analyst who will own our pricing reports. ${text} You will work with finance and product every week.`;

  it('takes the employer the page title names ("Job at Employer", "Employer hiring Job")', () => {
    const url = new URL('https://boards.example.com/view/1');
    expect(guessCompany(page('<title>Data Analyst at Xometry</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst @ Xometry</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst AT Xometry</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst at Xometry - Berlin</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst at Xometry | Careers</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst at Xometry · Remote</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst at Xometry — Remote</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Data Analyst at Xometry – Remote</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Xometry hiring Data Analyst in Berlin</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<title>Xometry HIRING Data Analyst</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<meta property="og:title" content="Data Analyst at Xometry"><title>Loading</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
    expect(guessCompany(page('<meta name="twitter:title" content="Data Analyst at Xometry"><title>Loading</title>', ''), url, 'Data Analyst', '')).toBe('Xometry');
  });

  it('keeps the whole name after "at" and does not split on a hyphen inside it', () => {
    const url = new URL('https://boards.example.com/view/1');
    expect(guessCompany(page('<title>Data Analyst at Coca-Cola Europacific Partners</title>', ''), url, 'Data Analyst', '')).toBe('Coca-Cola Europacific Partners');
    expect(guessCompany(page('<title>Data Analyst at Xometry-Berlin</title>', ''), url, 'Data Analyst', '')).toBe('Xometry-Berlin');
  });

  it('does not read "at" inside a word or a board named after "at" as the employer', () => {
    const url = new URL('https://boards.example.com/view/1');
    expect(guessCompany(page('<title>Data Analyst Battery Team</title>', ''), url, 'Data Analyst', '')).toBeNull();
    expect(guessCompany(page('<title>Data Analyst at LinkedIn</title>', ''), url, 'Data Analyst', '')).toBeNull();
    expect(guessCompany(page('<title>Confidential hiring Data Analyst</title>', ''), url, 'Data Analyst', '')).toBeNull();
    expect(guessCompany(page('<title>Data Analyst hiring</title>', ''), url, 'Data Analyst', '')).toBeNull();
  });

  it('passes over a title whose "employer" is part of the job title, and takes the next title', () => {
    const url = new URL('https://boards.example.com/view/1');
    // "Engineer at Scale" names a way of working, not an employer, when the job title itself says so.
    const document = page('<meta property="og:title" content="Pricing Analyst at Scale"><title>Fjordline hiring Pricing Analyst</title>', '');
    expect(guessCompany(document, url, 'Senior Pricing Analyst at Scale Lead', '')).toBe('Fjordline');
    expect(guessCompany(page('<title>Xometry Data Analyst at Xometry</title>', ''), url, 'Xometry Data Analyst', '')).toBeNull();
    // A job title that ends by naming the employer is still read.
    expect(guessCompany(page('<title>Product Engineer at Lingo.dev</title>', ''), url, 'Product Engineer in Lingo.dev', '')).toBe('Lingo.dev');
    expect(guessCompany(page('<title>Ingénieur chez Doctolib at Doctolib</title>', ''), url, 'Ingénieur chez Doctolib', '')).toBe('Doctolib');
    expect(guessCompany(page('<title>Entwickler bei Rocken at Rocken</title>', ''), url, 'Entwickler bei Rocken', '')).toBe('Rocken');
    expect(guessCompany(page('<title>Analista en Selecta at Selecta</title>', ''), url, 'Analista en Selecta', '')).toBe('Selecta');
    expect(guessCompany(page('<title>Ro hiring Engineer @ Ro</title>', ''), url, 'Engineer @ Ro', '')).toBe('Ro');
    expect(guessCompany(page('<title>Ro hiring Engineer at Ro</title>', ''), url, 'Engineer at Ro', '')).toBe('Ro');
    expect(guessCompany(page('<title>Ro hiring Engineer at Ro Health</title>', ''), url, 'Engineer at Ro Health', '')).toBeNull();
    expect(guessCompany(page('<title>Ro hiring Engineer from Ro</title>', ''), url, 'Engineer from Ro', '')).toBeNull();
    expect(guessCompany(page('<title>Ro hiring Engineer atRo</title>', ''), url, 'Engineer atRo', '')).toBeNull();
  });

  describe('from an "About <Company>" heading the posting repeats', () => {
    const url = new URL('https://www.remotejobsnow.example/job/990-data-analyst');
    const about = (heading: string, text: string) => page('<title>Data Analyst | RemoteJobsNow</title>', `<main><h1>Data Analyst</h1>${heading}<p>${text}</p></main>`);

    it.each([
      ['<h2>About Fjordline</h2>', 'Fjordline'], ['<h3>About Fjordline:</h3>', 'Fjordline'], ['<h4>About Fjordline?</h4>', 'Fjordline'],
      ['<strong>About Fjordline!</strong>', 'Fjordline'], ['<b>About Fjordline.</b>', 'Fjordline'], ['<h2>ABOUT FJORDLINE</h2>', 'FJORDLINE'],
      ['<h2>Who is Fjordline?</h2>', 'Fjordline'], ['<h2>About us at Fjordline</h2>', 'Fjordline'], ['<h2>Sobre Fjordline</h2>', 'Fjordline'],
      ['<h2>Acerca de Fjordline</h2>', 'Fjordline'], ['<h2>A propos de Fjordline</h2>', 'Fjordline'], ['<h2>À propos de Fjordline</h2>', 'Fjordline'],
      ['<h2>Uber Fjordline</h2>', 'Fjordline'], ['<h2>Über Fjordline</h2>', 'Fjordline'], ['<h2>Chi è Fjordline</h2>', 'Fjordline'],
      ['<h2>Over Fjordline</h2>', 'Fjordline'], ['<h2>Om Fjordline</h2>', 'Fjordline'], ['<h2>О компании Fjordline</h2>', 'Fjordline'],
      ['<h2>Про компанію Fjordline</h2>', 'Fjordline'], ['<h2>关于Fjordline</h2>', null], ['<h2>关于 Fjordline</h2>', 'Fjordline'],
      ['<h2>About  Fjordline Group</h2>', 'Fjordline Group'], ['<h2>About Fjordline AS, Inc.</h2>', 'Fjordline AS'],
    ])('%s', (heading, company) => {
      const text = `${company ?? 'Fjordline'} runs ferries between Norway and Denmark. ${company ?? 'Fjordline'} is growing.`;
      expect(guessCompany(about(heading, text), url, 'Data Analyst', text)).toBe(company);
    });

    it('needs the posting to name the company twice', () => {
      expect(guessCompany(about('<h2>About Fjordline</h2>', 'Fjordline runs ferries.'), url, 'Data Analyst', 'Fjordline runs ferries.')).toBeNull();
      expect(guessCompany(about('<h2>About Fjordline</h2>', ''), url, 'Data Analyst', 'Fjordline runs ferries. Fjordline is growing.')).toBe('Fjordline');
      expect(guessCompany(about('<h2>About Fjordline</h2>', ''), url, 'Data Analyst', 'FJORDLINE runs ferries. Fjördline is growing.')).toBe('Fjordline');
    });

    it.each([
      'About us', 'About the role', 'About the job', 'About the team', 'About the position', 'About the company', 'About the opportunity',
      'About you', 'About this role', 'About this job', 'About this position', 'Sobre nosotros', 'Acerca de la empresa',
      'Sobre el puesto', 'À propos de nous', 'A propos de le poste', 'Über uns', 'Über das Unternehmen', 'Over ons', 'Om oss', 'О нас',
    ])('"%s" names no company', (heading) => {
      const text = 'us you nous uns ons oss нас the role the job the team the position the company the opportunity this role this job this position nosotros la empresa el puesto le poste das unternehmen';
      expect(guessCompany(about(`<h2>${heading}</h2>`, `${text} ${text}`), url, 'Data Analyst', `${text} ${text}`)).toBeNull();
    });

    it.each(['Nexus', 'Unsplash', 'Usabilla', 'Youngcapital', 'Össur', 'Onsite Health', 'Nousot'])('reads "About %s" though the name starts or ends like "us", "you" or "nous"', (name) => {
      const text = `${name} builds products people love. ${name} is hiring.`;
      expect(guessCompany(about(`<h2>About ${name}</h2>`, text), url, 'Data Analyst', text)).toBe(name);
    });

    it('reads French headings, which put a space before the colon', () => {
      const text = 'Chez nous, chaque voyage compte : nous transportons 2 millions de passagers. Doctolib et Doctolib Pro.';
      expect(guessCompany(about('<h2>À propos de nous :</h2>', text), url, 'Data Analyst', text)).toBeNull();
      expect(guessCompany(about('<h2>À propos de Doctolib :</h2>', text), url, 'Data Analyst', text)).toBe('Doctolib');
    });

    it('skips a heading that names a board or nothing usable, and reads the next one', () => {
      const text = 'Fjordline runs ferries. Fjordline is growing. LinkedIn LinkedIn X X';
      expect(guessCompany(about('<h2>About LinkedIn</h2><h2>About X</h2><h2>About Fjordline</h2>', text), url, 'Data Analyst', text)).toBe('Fjordline');
    });

    it('does not take a name longer than a company name for one', () => {
      const name = 'Fjordline and all the ferries that sail between Norway and Denmark';
      const text = `${name}. ${name}.`;
      expect(guessCompany(about(`<h2>About ${name}</h2>`, text), url, 'Data Analyst', text)).toBeNull();
    });

    it('does not take the board itself from "About <Board>" on the board’s own site', () => {
      const text = 'RemoteJobsNow lists remote jobs. RemoteJobsNow is free.';
      expect(guessCompany(about('<h2>About RemoteJobsNow</h2>', text), url, 'Data Analyst', text)).toBeNull();
    });

    it('does not take a heading that overlaps the job title', () => {
      const text = 'Data Analyst work matters. Data Analyst teams grow.';
      expect(guessCompany(about('<h2>About Data Analyst</h2>', text), url, 'Data Analyst', text)).toBeNull();
    });

    it('reads only "About" at the start of a heading', () => {
      const text = 'Fjordline runs ferries. Fjordline is growing.';
      expect(guessCompany(about('<h2>More about Fjordline</h2>', text), url, 'Data Analyst', text)).toBeNull();
      expect(guessCompany(about('<h2>About Fjordline and its ships today</h2>', text), url, 'Data Analyst', text)).toBeNull();
    });
  });

  describe('from the site’s name, when the posting names it', () => {
    it('takes og:site_name, or application-name', () => {
      const url = new URL('https://careers.contoso-robotics.example/jobs/2231');
      const description = posting('Contoso Robotics builds field robots.');
      expect(guessCompany(page('<meta property="og:site_name" content="Contoso Robotics"><title>Technician</title>', ''), url, 'Technician', description)).toBe('Contoso Robotics');
      expect(guessCompany(page('<meta name="application-name" content="Contoso Robotics"><title>Technician</title>', ''), url, 'Technician', description)).toBe('Contoso Robotics');
      expect(guessCompany(page('<meta property="og:site_name" content=""><meta name="application-name" content="Contoso Robotics"><title>Technician</title>', ''), url, 'Technician', description)).toBe('Contoso Robotics');
    });

    it('not when the posting never names it as a word', () => {
      const url = new URL('https://ro.co/careers/1');
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', posting('Robots and routers.'))).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', posting('At Ro, we care.'))).toBe('Ro');
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', 'Ro is a telehealth company.')).toBe('Ro');
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', 'We are Ro')).toBe('Ro');
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', 'We are Ro2 and Ro9')).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', 'We are Ro–Ro')).toBe('Ro');
      expect(guessCompany(page('<meta property="og:site_name" content="Ro"><title>Engineer</title>', ''), url, 'Engineer', 'We are Rø and RoÜ')).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Ro.co"><title>Engineer</title>', ''), url, 'Engineer', 'We are Roxco')).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Ro.co"><title>Engineer</title>', ''), url, 'Engineer', 'We are Ro.co')).toBe('Ro.co');
    });

    it('not when the site’s own address says it is a job board', () => {
      const description = posting('Found on RemoteJobsNow. Apply through RemoteJobsNow.');
      expect(guessCompany(page('<meta property="og:site_name" content="RemoteJobsNow"><title>Support Engineer | RemoteJobsNow</title>', ''), new URL('https://www.remotejobsnow.example/job/881'), 'Support Engineer', description)).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Andes Empleos"><title>Analista</title>', ''), new URL('https://andesempleo.example/oferta/1'), 'Analista', posting('Andes Empleos publica ofertas.'))).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="Contoso Robotics"><title>Technician</title>', ''), new URL('https://contosotalent.example/1'), 'Technician', posting('Contoso Robotics builds robots.'))).toBeNull();
    });

    it('not on a board whose address says "job" or splits its name with a hyphen', () => {
      expect(guessCompany(page('<meta property="og:site_name" content="Nordic Job"><title>Analyst</title>', ''), new URL('https://www.nordicjob.example/1'), 'Analyst', posting('Posted on Nordic Job.'))).toBeNull();
      expect(guessCompany(page('<meta property="og:site_name" content="IT-Jobs Schweiz"><title>Analyst</title>', ''), new URL('https://www.it-jobs.example/1'), 'Analyst', posting('Posted on IT-Jobs Schweiz.'))).toBeNull();
    });

    it('but an employer’s own careers site is not a board', () => {
      const description = (name: string) => posting(`${name} is hiring.`);
      expect(guessCompany(page('<meta property="og:site_name" content="CareRev"><title>Nurse</title>', ''), new URL('https://careers.carerev.com/jobs/1'), 'Nurse', description('CareRev'))).toBe('CareRev');
      expect(guessCompany(page('<meta property="og:site_name" content="Jobs for the Future"><title>Analyst</title>', ''), new URL('https://jobs.jff.org/1'), 'Analyst', description('Jobs for the Future'))).toBe('Jobs for the Future');
      expect(guessCompany(page('<meta property="og:site_name" content="Acme"><title>Analyst</title>', ''), new URL('https://JOBS.ACME.COM/1'), 'Analyst', description('Acme'))).toBe('Acme');
      expect(guessCompany(page('<meta property="og:site_name" content="Acme"><title>Analyst</title>', ''), new URL('https://recruiting.example.com/acme/1'), 'Analyst', description('Acme'))).toBe('Acme');
    });

    it('not when the site’s name is the job title', () => {
      const url = new URL('https://careers.example.com/1');
      expect(guessCompany(page('<meta property="og:site_name" content="Engineering"><title>Engineering</title>', ''), url, 'Engineering Manager', posting('Engineering is fun.'))).toBeNull();
    });
  });

  describe('from a part of the page title that both the address and the posting name', () => {
    it('takes "… - Waymo" on waymo.com when the posting names Waymo', () => {
      const url = new URL('https://careers.withwaymo.com/jobs/123');
      const title = '<title>Software Engineer - Waymo | Careers</title>';
      expect(guessCompany(page(title, ''), url, 'Software Engineer', posting('Waymo is an autonomous driving company.'))).toBe('Waymo');
      expect(guessCompany(page(title, ''), url, 'Software Engineer', posting('An autonomous driving company.'))).toBeNull();
      expect(guessCompany(page(title, ''), new URL('https://boards.example.com/123'), 'Software Engineer', posting('Waymo is an autonomous driving company.'))).toBeNull();
    });

    it('skips the first part (the job) and parts that are boards or the job itself', () => {
      const url = new URL('https://www.arc.net/careers/1');
      expect(guessCompany(page('<title>Arc - Designer</title>', ''), url, 'Designer', posting('Arc is a browser.'))).toBeNull();
      expect(guessCompany(page('<title>Designer | Arc</title>', ''), url, 'Designer', posting('Arc is a browser.'))).toBe('Arc');
      expect(guessCompany(page('<title>Designer | LinkedIn | Arc</title>', ''), url, 'Designer', posting('Arc is a browser. LinkedIn.'))).toBe('Arc');
      expect(guessCompany(page('<title>Arc Designer | Arc</title>', ''), url, 'Arc Designer', posting('Arc is a browser.'))).toBeNull();
      expect(guessCompany(page('<meta property="og:title" content="Designer"><title>Designer · Arc</title>', ''), url, 'Designer', posting('Arc is a browser.'))).toBe('Arc');
    });

    it('needs at least three letters of the name in the address', () => {
      expect(guessCompany(page('<title>Engineer - Ro</title>', ''), new URL('https://ro.co/careers/1'), 'Engineer', posting('Ro is a telehealth company.'))).toBeNull();
      expect(guessCompany(page('<title>Engineer - Arc</title>', ''), new URL('https://arc.net/careers/1'), 'Engineer', posting('Arc is a browser.'))).toBe('Arc');
      expect(guessCompany(page('<title>Engineer - Lingo.dev</title>', ''), new URL('https://lingo.dev/careers/1'), 'Engineer', posting('Lingo.dev localises apps.'))).toBe('Lingo.dev');
      expect(guessCompany(page('<title>Technician - Contoso Robotics</title>', ''), new URL('https://careers.contoso-robotics.example/jobs/1'), 'Technician', posting('Contoso Robotics builds field robots.'))).toBe('Contoso Robotics');
      expect(guessCompany(page('<title>Engineer - Ex Co</title>', ''), new URL('https://exco.example/careers/1'), 'Engineer', posting('Ex Co builds things.'))).toBe('Ex Co');
    });

    it('not a part whose own site is a job board', () => {
      const url = new URL('https://www.fjordjobs.example/1');
      expect(guessCompany(page('<title>Analyst - Fjord Jobs</title>', ''), url, 'Analyst', posting('Fjord Jobs lists jobs.'))).toBeNull();
    });
  });

  it('returns nothing for a page that names no employer anywhere', () => {
    expect(guessCompany(page('<title>Data Analyst</title>', '<h1>Data Analyst</h1>'), new URL('https://example.com/jobs/1'), 'Data Analyst', posting(''))).toBeNull();
  });
});

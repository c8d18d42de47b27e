// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, shouldQueueImmediately, type FoundJobPosting } from './index';
import { extractFromJsonLd } from './json-ld';
import { documentFromHtml, loadFixture } from './test-support';

function found(result: ReturnType<typeof extractJobPosting>): FoundJobPosting {
  if (!result.found) throw new Error(`expected a posting, got "${result.reason}"`);
  return result;
}

function pageWithJsonLd(...blocks: unknown[]): string {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('');
  return `<!DOCTYPE html><html><head><title>Job</title>${scripts}</head><body><h1>Job</h1></body></html>`;
}

const URL = 'https://careers.example.com/jobs/1';

function pageWithJsonLdDocument(...blocks: unknown[]): Document {
  return documentFromHtml(pageWithJsonLd(...blocks), URL);
}
const LONG_TEXT = 'We are a small team building tools for farmers to plan irrigation across seasons. '.repeat(4);

describe('JSON-LD JobPosting', () => {
  it('reads a @graph posting after an invalid block, with @type as an array, name as title and a plain-text employer', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.method).toBe('json-ld');
    expect(result.title).toBe('Site Reliability Engineer');
    expect(result.company).toBe('Litware');
    expect(shouldQueueImmediately(result)).toBe(true);
  });

  it('turns double-encoded HTML into paragraphs and bullet lines', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.description).toBe(
      'Litware runs payment terminals for 9,000 bakeries & cafés.\n\nYour tasks\n\n• Keep checkout latency under 200 ms\n• Lead incident reviews',
    );
  });

  it('shows a telecommute job without office as remote, with the countries applicants may live in', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-graph-remote.html', URL), URL));
    expect(result.location).toBe('Germany · Austria (Remote)');
  });

  it('finds a posting nested in mainEntity of a top-level array and skips the "similar jobs" postings', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.title).toBe('Customer Success Manager');
    expect(result.company).toBe('Adatum Corporation');
    expect(result.description).toContain('• Own renewals for 40 hospital accounts');
    expect(result.description).not.toContain('Sell things');
  });

  it('keeps <br><br> paragraphs of entity-encoded descriptions', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.description.startsWith('About Adatum\n\nAdatum builds identity software for hospitals.\n\nOur customers run 24/7, so do we.')).toBe(true);
  });

  it('lists each place once, with address strings and country objects', () => {
    const result = found(extractJobPosting(loadFixture('jsonld-nested-locations.html', URL), URL));
    expect(result.location).toBe('Dublin 2, Ireland · Cork, Ireland');
  });

  it('reads hiringOrganization given as a bare string or as legalName only', () => {
    const asString = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: 'Crumb Ltd', description: LONG_TEXT });
    expect(found(extractJobPosting(documentFromHtml(asString, URL), URL)).company).toBe('Crumb');
    const legal = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { legalName: 'Crumb Bakery GmbH' }, description: LONG_TEXT });
    expect(found(extractJobPosting(documentFromHtml(legal, URL), URL)).company).toBe('Crumb Bakery GmbH');
  });

  it('formats a postal address with region and country and a country given as an object', () => {
    const html = pageWithJsonLd({
      '@type': 'JobPosting',
      title: 'Baker',
      hiringOrganization: { name: 'Crumb' },
      description: LONG_TEXT,
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Leith', addressRegion: 'Scotland', addressCountry: { '@type': 'Country', name: 'United Kingdom' } } },
    });
    expect(found(extractJobPosting(documentFromHtml(html, URL), URL)).location).toBe('Leith, Scotland, United Kingdom');
  });

  it('reads a block whose strings contain raw newlines, which JSON.parse rejects', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Line\nCook","hiringOrganization":{"name":"Crumb"},"description":"${LONG_TEXT}\n\tMore."}</script></head><body></body></html>`;
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.title).toBe('Line Cook');
  });

  it('never reports a job board as the employer', () => {
    const html = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { name: 'Indeed' }, description: LONG_TEXT });
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.company).toBeNull();
    expect(result.confidence).toBeLessThan(0.7);
  });

  it('takes location from the page when a site adapter reads it, and the rest from JSON-LD', () => {
    const html = `<html><head><title>Analyst @ Proseware</title>${'<script type="application/ld+json">'}${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Analyst',
      hiringOrganization: { name: 'Proseware' },
      description: LONG_TEXT,
      jobLocationType: 'TELECOMMUTE',
      jobLocation: { address: { addressLocality: 'Toronto', addressCountry: 'CA' } },
    })}</script></head><body><h1 class="ashby-job-posting-heading">Analyst</h1><div class="ashby-job-posting-left-pane"><div><h2>Location</h2><p>Toronto, ON (Hybrid)</p></div></div></body></html>`;
    const ashbyUrl = 'https://jobs.ashbyhq.com/proseware/1';
    const result = found(extractJobPosting(documentFromHtml(html, ashbyUrl), ashbyUrl));
    expect(result.method).toBe('json-ld');
    expect(result.location).toBe('Toronto, ON (Hybrid)');
    expect(result.description).toBe(LONG_TEXT.trim());
  });

  it('follows @id references into the @graph, across blocks, as WordPress SEO plugins write them', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': ['WebPage', 'ItemPage'], '@id': 'https://acme.example/jobs/1#webpage', name: 'Baker – Acme Bakeries' },
        { '@type': 'JobPosting', '@id': 'https://acme.example/jobs/1#job', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': 'https://acme.example/#organization' }, jobLocation: { '@id': 'https://acme.example/#leith' } },
      ],
    };
    const organisation = { '@context': 'https://schema.org', '@graph': [
      { '@type': ['Organization', 'Corporation'], '@id': 'https://acme.example/#organization', name: 'Acme Bakeries', logo: { '@id': 'https://acme.example/#logo' } },
      { '@type': 'Place', '@id': 'https://acme.example/#leith', address: { '@type': 'PostalAddress', addressLocality: 'Leith', addressCountry: 'GB' } },
    ] };
    const result = found(extractJobPosting(documentFromHtml(pageWithJsonLd(graph, organisation), URL), URL));
    expect(result.company).toBe('Acme Bakeries');
    expect(result.location).toBe('Leith, GB');
  });

  it('leaves the employer to other methods when an @id points nowhere, and survives reference cycles', () => {
    const dangling = pageWithJsonLd({ '@type': 'JobPosting', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': '#missing' } });
    expect(found(extractJobPosting(documentFromHtml(dangling, URL), URL)).company).toBeNull();
    const cycle = pageWithJsonLd({ '@graph': [
      { '@type': 'JobPosting', '@id': '#job', title: 'Baker', description: LONG_TEXT, hiringOrganization: { '@id': '#org' } },
      { '@type': 'Organization', '@id': '#org', name: 'Crumb', owns: { '@id': '#job' } },
    ] });
    expect(found(extractJobPosting(documentFromHtml(cycle, URL), URL)).company).toBe('Crumb');
  });

  it('returns no company, and lets no other method guess one, when the posting names a placeholder', () => {
    const html = pageWithJsonLd({ '@type': 'JobPosting', title: 'Práctico en bodega', description: LONG_TEXT, hiringOrganization: { '@type': 'Organization', name: 'Importante Empresa' } })
      .replace('<title>Job</title>', '<title>Práctico en bodega at Bodega Norte</title><meta property="og:site_name" content="Bodega Norte">');
    const result = found(extractJobPosting(documentFromHtml(html, URL), URL));
    expect(result.company).toBeNull();
  });
});


describe('JSON-LD blocks as sites write them', () => {
  const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Line Cook', hiringOrganization: { '@type': 'Organization', name: 'Crumb Bakery' }, description: LONG_TEXT };

  function pageWithScripts(...scripts: string[]): Document {
    return documentFromHtml(`<!DOCTYPE html><html><head><title>Line Cook</title>${scripts.join('')}</head><body><h1>Line Cook</h1></body></html>`, URL);
  }

  function candidate(document: Document) {
    const read = extractFromJsonLd(document);
    if (read === null) throw new Error('expected a JSON-LD posting');
    return read;
  }

  it.each([
    ['an HTML comment', `\n  <!--\n${JSON.stringify(posting)}\n-->\n`],
    ['a CDATA section', `\n//<![CDATA[\n${JSON.stringify(posting)}\n// ]]>\n`],
    ['a CDATA section with spaces', `// <![CDATA[\n${JSON.stringify(posting)}\n//]]>`],
  ])('reads a block wrapped in %s, as old CMS templates write it', (_label, body) => {
    const read = candidate(pageWithScripts(`<script type="application/ld+json">${body}</script>`));
    expect(read).toMatchObject({ title: 'Line Cook', company: 'Crumb Bakery' });
  });

  it('keeps WordPress block comments inside the description out of the text', () => {
    const gutenberg = { ...posting, description: `<!-- wp:paragraph --><p>${LONG_TEXT}</p><!-- /wp:paragraph --><!-- wp:list --><ul><li>Bake bread</li></ul><!-- /wp:list -->` };
    const read = candidate(pageWithScripts(`<script type="application/ld+json">${JSON.stringify(gutenberg)}</script>`));
    expect(read.description).toBe(`${LONG_TEXT.trim()}\n\n• Bake bread`);
  });

  it('reads only ld+json scripts, whatever the case of the type, and skips broken blocks', () => {
    const other = `<script type="application/json">${JSON.stringify({ ...posting, title: 'Pastry Chef' })}</script>`;
    const broken = '<script type="application/ld+json">{ "@type": "JobPosting", "title": </script>';
    const read = candidate(pageWithScripts(other, broken, `<script type="Application/LD+JSON">${JSON.stringify(posting)}</script>`));
    expect(read.title).toBe('Line Cook');
    expect(extractFromJsonLd(pageWithScripts(other, broken))).toBeNull();
  });

  it.each([
    ['JobPosting'],
    ['https://schema.org/JobPosting'],
    ['http://schema.org/JobPosting'],
    ['schema:JobPosting'],
    ['jobposting'],
    [' JobPosting\n'],
    [['Thing', 'JobPosting']],
  ])('recognises @type %j', (type) => {
    expect(candidate(pageWithJsonLdDocument({ ...posting, '@type': type })).title).toBe('Line Cook');
  });

  it('reads no posting from other types, however they are nested', () => {
    const organisation = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Crumb Bakery', department: { '@type': 'Organization', name: 'Kitchen' } };
    expect(extractFromJsonLd(pageWithJsonLdDocument(organisation))).toBeNull();
    expect(extractFromJsonLd(pageWithJsonLdDocument({ '@type': 'SpecialJobPosting', title: 'Line Cook' }))).toBeNull();
    expect(extractFromJsonLd(pageWithJsonLdDocument({ '@type': 'JobPostingList', itemListElement: [] }))).toBeNull();
    expect(extractFromJsonLd(pageWithJsonLdDocument([1, 'JobPosting', null, { '@type': 7 }]))).toBeNull();
  });

  it('finds a posting in a top-level array and under mainEntity of a web page', () => {
    const page = { '@context': 'https://schema.org', '@type': 'WebPage', name: 'Careers', mainEntity: { ...posting, title: 'Sous Chef' } };
    expect(candidate(pageWithJsonLdDocument([{ '@type': 'BreadcrumbList', itemListElement: [] }, page])).title).toBe('Sous Chef');
  });

  it('finds a posting nested a few levels deep, but not one buried in a huge unrelated graph', () => {
    const wrap = (value: unknown, levels: number): unknown => (levels === 0 ? value : { '@type': 'WebPage', hasPart: wrap(value, levels - 1) });
    expect(candidate(pageWithJsonLdDocument(wrap(posting, 8))).title).toBe('Line Cook');
    expect(extractFromJsonLd(pageWithJsonLdDocument(wrap(posting, 9)))).toBeNull();
    // A list counts as a level too.
    const wrapInList = (value: unknown, levels: number): unknown => (levels === 0 ? value : { '@type': 'ItemList', itemListElement: [wrapInList(value, levels - 1)] });
    expect(candidate(pageWithJsonLdDocument(wrapInList(posting, 4))).title).toBe('Line Cook');
    expect(extractFromJsonLd(pageWithJsonLdDocument(wrapInList(posting, 5)))).toBeNull();
  });

  it('takes the title from name when title is missing, and decodes entities in it', () => {
    const { title: _title, ...untitled } = posting;
    expect(candidate(pageWithJsonLdDocument({ ...untitled, name: 'Barista &amp; Host' })).title).toBe('Barista & Host');
    expect(candidate(pageWithJsonLdDocument({ ...untitled, name: 'Line   Cook' })).title).toBe('Line Cook');
    expect(candidate(pageWithJsonLdDocument({ ...untitled, title: 42 })).title).toBe('');
  });

  describe('employer', () => {
    it('leaves the employer to other methods when the posting has no hiringOrganization', () => {
      const { hiringOrganization: _organisation, ...anonymous } = posting;
      expect(candidate(pageWithJsonLdDocument(anonymous)).company).toBeUndefined();
      expect(candidate(pageWithJsonLdDocument({ ...anonymous, hiringOrganization: 7 })).company).toBeUndefined();
      // The same page also marks the posting up with microdata, which names the employer.
      const html = pageWithJsonLd(anonymous).replace(
        '<h1>Job</h1>',
        '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Line Cook</h1><p>at <span itemprop="hiringOrganization">Crumb Bakery</span></p></div>',
      );
      expect(found(extractJobPosting(documentFromHtml(html, URL), URL)).company).toBe('Crumb Bakery');
    });

    it('prefers the trading name to the legal name, and the legal name to a job board’s name', () => {
      const both = { ...posting, hiringOrganization: { '@type': 'Organization', name: 'Crumb', legalName: 'Crumb Bakery Holdings Limited' } };
      expect(candidate(pageWithJsonLdDocument(both)).company).toBe('Crumb');
      const board = { ...posting, hiringOrganization: { '@type': 'Organization', name: 'Greenhouse', legalName: 'Fabrikam Robotics Ltd' } };
      expect(candidate(pageWithJsonLdDocument(board)).company).toBe('Fabrikam Robotics');
    });

    it('reads the first of several organisations', () => {
      const several = { ...posting, hiringOrganization: [{ '@type': 'Organization', name: 'Crumb Bakery' }, { '@type': 'Organization', name: 'Crumb Holding' }] };
      expect(candidate(pageWithJsonLdDocument(several)).company).toBe('Crumb Bakery');
      expect(candidate(pageWithJsonLdDocument({ ...posting, hiringOrganization: ['Crumb Bakery', 'Crumb Holding'] })).company).toBe('Crumb Bakery');
    });

    it('lets a posting override a shared Organization node it points to', () => {
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'https://crumb.example/#organization', name: 'Crumb Group', url: 'https://crumb.example' },
          { ...posting, hiringOrganization: { '@id': 'https://crumb.example/#organization', name: 'Crumb Bakery Leith' } },
        ],
      };
      expect(candidate(pageWithJsonLdDocument(graph)).company).toBe('Crumb Bakery Leith');
    });

    it('resolves a reference written before the node it names, and keeps the first full definition of an @id', () => {
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          { ...posting, hiringOrganization: { '@id': '#org' }, jobLocation: { '@id': '#place' } },
          { '@type': 'Organization', '@id': '#org', name: 'Crumb Bakery' },
          { '@type': 'Organization', '@id': '#org', logo: 'https://crumb.example/logo.png' },
          { '@type': 'Place', '@id': '#place', address: { '@type': 'PostalAddress', addressLocality: 'Leith', addressCountry: 'GB' } },
        ],
      };
      expect(candidate(pageWithJsonLdDocument(graph))).toMatchObject({ company: 'Crumb Bakery', location: 'Leith, GB' });
    });

    it('follows a reference inside a node that has no @id of its own', () => {
      const graph = {
        '@graph': [
          { ...posting, hiringOrganization: { '@id': '#org' }, jobLocation: { '@type': 'Place', address: { '@id': '#hq-address' } } },
          { '@type': 'Organization', '@id': '#org', name: 'Crumb Bakery' },
          { '@type': 'PostalAddress', '@id': '#hq-address', addressLocality: 'Leith', addressCountry: 'GB' },
        ],
      };
      expect(candidate(pageWithJsonLdDocument(graph))).toMatchObject({ company: 'Crumb Bakery', location: 'Leith, GB' });
    });

    it('resolves an Organization node shared by several postings on the page', () => {
      const graph = {
        '@graph': [
          { ...posting, hiringOrganization: { '@id': '#org' } },
          { '@type': 'Organization', '@id': '#org', name: 'Crumb Bakery', location: { '@id': '#place' } },
          { '@type': 'Place', '@id': '#place', name: 'Leith' },
        ],
      };
      expect(candidate(pageWithJsonLdDocument({ ...graph, '@graph': [...graph['@graph'], { ...posting, '@id': '#job2', title: 'Baker', hiringOrganization: [{ '@id': '#org' }] }] })).company).toBe('Crumb Bakery');
    });
  });

  describe('language', () => {
    it.each([
      ['a string', 'de-AT', 'de-AT'],
      ['a list', ['pt-BR', 'en'], 'pt-BR'],
      ['a Language object', { '@type': 'Language', name: 'Portuguese', alternateName: 'pt-BR' }, 'pt-BR'],
      ['a Language object without a code', { '@type': 'Language', name: 'Portuguese' }, ''],
      ['missing', undefined, ''],
    ])('reads inLanguage given as %s', (_label, inLanguage, expected) => {
      expect(candidate(pageWithJsonLdDocument({ ...posting, inLanguage })).language).toBe(expected);
    });

    it('keeps the declared regional variant on the extracted posting', () => {
      const descricao = 'Procuramos um cozinheiro de linha para a nossa padaria em Lisboa. Você vai preparar as refeições do almoço e ajudar a equipa da cozinha todos os dias. '.repeat(3);
      const html = pageWithJsonLd({ ...posting, title: 'Cozinheiro de linha', description: descricao, inLanguage: { '@type': 'Language', name: 'Portuguese', alternateName: 'pt-BR' } });
      expect(found(extractJobPosting(documentFromHtml(html, URL), URL)).language).toBe('pt-BR');
    });
  });

  describe('description', () => {
    it('is empty when the posting has none, so that the page text is used', () => {
      const { description: _description, ...bare } = posting;
      expect(candidate(pageWithJsonLdDocument(bare)).description).toBe('');
      expect(candidate(pageWithJsonLdDocument({ ...bare, description: { '@value': LONG_TEXT } })).description).toBe('');
    });

    it('drops the board’s machine-written summary', () => {
      const withSummary = { ...posting, description: `<div class="ai-summary"><p>AI summary: a cooking job.</p></div><p>${LONG_TEXT}</p>` };
      expect(candidate(pageWithJsonLdDocument(withSummary)).description).toBe(LONG_TEXT.trim());
    });
  });

  describe('several postings on one page', () => {
    const listing = (heading: string, title: string) =>
      documentFromHtml(
        `<!DOCTYPE html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify([
          { ...posting, title: undefined, name: undefined, description: 'Apply via the link.' },
          { ...posting, title: 'Pastry Chef', hiringOrganization: { name: 'Flour Power' }, description: `Pastry. ${LONG_TEXT}` },
          { ...posting, title: 'Sous Chef', hiringOrganization: { name: 'Crumb Bakery' }, description: `Sous. ${LONG_TEXT}` },
        ])}</script></head><body>${heading}</body></html>`,
        URL,
      );

    it('reads the one whose title is the page heading', () => {
      const read = candidate(listing('<h1>Sous Chef (m/f/d)</h1>', 'Jobs at Crumb Bakery'));
      expect(read).toMatchObject({ title: 'Sous Chef', company: 'Crumb Bakery' });
      expect(read.description?.startsWith('Sous.')).toBe(true);
    });

    it('uses the document title when the page has no heading', () => {
      expect(candidate(listing('<p>Menu</p>', 'Pastry Chef – Flour Power careers')).title).toBe('Pastry Chef');
    });

    it('reads the first one when none is the heading', () => {
      expect(candidate(listing('<h1>Our kitchen</h1>', 'Careers')).description).toBe('Apply via the link.');
    });
  });
});

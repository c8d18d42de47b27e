// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementToText, htmlStringToText } from './html-to-text';
import { documentFromHtml } from './test-support';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('HTML descriptions to text', () => {
  it('keeps paragraphs as blank-line separated blocks and list items as bullet lines', () => {
    const text = htmlStringToText('<h2>About</h2><p>We  build\n tools.</p><ul><li>First <b>thing</b></li><li><p>Second</p></li></ul><p>Bye</p>');
    expect(text).toBe('About\n\nWe build tools.\n\n• First thing\n• Second\n\nBye');
  });

  it('decodes entity-encoded and double-encoded HTML into the same text', () => {
    const plain = htmlStringToText('<p>R&amp;D</p><ul><li>One</li></ul>');
    expect(htmlStringToText('&lt;p&gt;R&amp;amp;D&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;/ul&gt;')).toBe(plain);
    expect(htmlStringToText('&amp;lt;p&amp;gt;R&amp;amp;amp;D&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;One&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;')).toBe(plain);
    expect(plain).toBe('R&D\n\n• One');
  });

  it('keeps the line structure of plain-text descriptions', () => {
    expect(htmlStringToText('Who we are\n\n\n  We   sell bread.  \nTasks: bake')).toBe('Who we are\n\nWe sell bread.\nTasks: bake');
  });

  it('leaves out scripts, styles, hidden elements and buttons', () => {
    const text = htmlStringToText('<p>Shown</p><script>alert(1)</script><style>p{}</style><p hidden>Hidden</p><div style="display: none">Gone</div><button>Show more</button>');
    expect(text).toBe('Shown');
  });

  it('drops elements matching the given selector (site-written summaries)', () => {
    expect(htmlStringToText('<div class="info-block-content"><p>Summary</p></div><p>Employer text</p>', { dropMachineSummaries: true })).toBe('Employer text');
  });

  it('never writes into the live page and never runs embedded scripts or handlers', async () => {
    const hostile = '<svg onload="window.hostile++"></svg><img src="x" onerror="window.hostile++"><script>window.hostile++</script><p>Text</p>';
    const scripted = (html: string) => new JSDOM(html, { url: 'https://example.com/', runScripts: 'dangerously' }).window;

    // Control: in a page with scripts enabled, this markup does run once it is put into the page.
    const control = scripted('<!DOCTYPE html><html><body></body></html>') as unknown as Window & { hostile: number };
    control.hostile = 0;
    control.document.body.innerHTML = hostile;
    await vi.waitFor(() => expect(control.hostile).toBeGreaterThan(0));

    // The live page, scripts enabled, made the global document: any code path that put the HTML
    // into it (innerHTML, a fragment, an inserted element) would run it as the control did.
    const live = scripted('<!DOCTYPE html><html><body><div id="d"><p>Live page</p><script>window.runs = (window.runs || 0) + 1</script></div></body></html>');
    const seen = live as unknown as { runs?: number; hostile: number; settled?: number };
    seen.hostile = 0;
    expect(seen.runs).toBe(1);
    vi.stubGlobal('window', live);
    vi.stubGlobal('document', live.document);
    vi.stubGlobal('DOMParser', live.DOMParser);
    const before = live.document.documentElement.outerHTML;

    expect(htmlStringToText(hostile)).toBe('Text');
    expect(htmlStringToText(hostile.replace(/[<>"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!))).toBe('Text');
    expect(elementToText(live.document.getElementById('d')!)).toBe('Live page');
    expect(live.document.documentElement.outerHTML).toBe(before);

    // Load handlers fire in order: once this later one has, any the calls above had caused would have too.
    live.document.body.insertAdjacentHTML('beforeend', '<svg onload="window.settled = 1"></svg>');
    await vi.waitFor(() => expect(seen.settled).toBe(1));
    expect(seen.hostile).toBe(0);
    expect(seen.runs).toBe(1);
  });

  it('reads an element of the live page without changing it', () => {
    const document = documentFromHtml('<div id="d"><p>One</p><p>Two<br>Three</p></div>', 'https://example.com/');
    const before = document.body.innerHTML;
    expect(elementToText(document.getElementById('d')!)).toBe('One\n\nTwo\nThree');
    expect(document.body.innerHTML).toBe(before);
  });

  it.each([
    ['a script', '<script>window.dataLayer = []</script>'],
    ['a style sheet', '<style>.job { color: red }</style>'],
    ['a noscript notice', '<noscript>Please enable JavaScript to apply</noscript>'],
    ['an svg icon with a title', '<svg viewBox="0 0 10 10"><title>Share icon</title><text>Share</text></svg>'],
    ['an iframe fallback', '<iframe src="/video">Your browser cannot show the video</iframe>'],
    ['an object fallback', '<object data="/brochure.pdf">Download the brochure</object>'],
    ['a canvas fallback', '<canvas>Chart of salaries</canvas>'],
    ['an apply button', '<button type="button">Apply now</button>'],
    ['a select box', '<select><option>Berlin</option><option>Hamburg</option></select>'],
    ['a text area', '<textarea>Your cover letter</textarea>'],
    ['a form', '<form action="/apply"><label>Email</label><span>We reply within a week</span></form>'],
    ['a dialog', '<dialog><p>Share this job</p></dialog>'],
  ])('leaves %s out of the page text', (_name, markup) => {
    const document = documentFromHtml(`<div id="d"><p>We bake bread.</p>${markup}<p>Join us.</p></div>`, 'https://jobs.example.com/');
    expect(elementToText(document.getElementById('d')!)).toBe('We bake bread.\n\nJoin us.');
  });

  it('leaves the head (title, styles) out when reading a whole page', () => {
    const document = documentFromHtml('<!DOCTYPE html><html><head><title>Baker – Jobs</title></head><body><p>We bake bread.</p></body></html>', 'https://jobs.example.com/');
    expect(elementToText(document.documentElement)).toBe('We bake bread.');
  });

  it.each([
    ['the hidden attribute', '<div hidden>'],
    ['display:none', '<div style="display:none">'],
    ['display: none among other styles', '<div style="color: red; display: none;">'],
    ['display : none', '<div style="display : none">'],
    ['visibility:hidden', '<div style="visibility:hidden">'],
    ['visibility : hidden', '<div style="visibility : hidden">'],
  ])('leaves out page parts hidden by %s', (_name, open) => {
    const document = documentFromHtml(`<div id="d"><p>We bake bread.</p>${open}Internal reference 4711</div><p>Join us.</p></div>`, 'https://jobs.example.com/');
    expect(elementToText(document.getElementById('d')!)).toBe('We bake bread.\n\nJoin us.');
  });

  it('keeps page parts with styles that do not hide them', () => {
    const document = documentFromHtml('<div id="d"><p style="display: block; visibility: visible">We bake bread.</p><p style="">Join us.</p></div>', 'https://jobs.example.com/');
    expect(elementToText(document.getElementById('d')!)).toBe('We bake bread.\n\nJoin us.');
  });

  it('leaves out the parts matching the given selector, and only when one is given', () => {
    const document = documentFromHtml('<div id="d"><div class="tldr">Board summary: bakery job</div><p>We bake bread.</p></div>', 'https://jobs.example.com/');
    const root = document.getElementById('d')!;
    expect(elementToText(root, { drop: '.tldr' })).toBe('We bake bread.');
    expect(elementToText(root)).toBe('Board summary: bakery job\n\nWe bake bread.');
  });

  it('keeps paragraphs inside a list item as its continuation lines', () => {
    const document = documentFromHtml('<div id="d"><ul><li><p>Backend</p><p>Go and Postgres</p></li><li>Frontend</li></ul><p>Bye</p></div>', 'https://jobs.example.com/');
    expect(elementToText(document.getElementById('d')!)).toBe('• Backend\nGo and Postgres\n• Frontend\n\nBye');
  });

  it('reads comments and processing nodes as nothing', () => {
    const document = documentFromHtml('<div id="d"><p>We <!-- TODO salary -->bake bread.</p></div>', 'https://jobs.example.com/');
    expect(elementToText(document.getElementById('d')!)).toBe('We bake bread.');
  });

  it.each([
    ['plain text with encoded angle brackets', 'Team size &lt; 10 people, salary &gt; €40k', 'Team size < 10 people, salary > €40k'],
    ['plain text about a tag-like word', 'Languages: C &amp; C++ &lt;3', 'Languages: C & C++ <3'],
    ['triple-encoded HTML', '&amp;amp;lt;p&amp;amp;gt;Bake&amp;amp;lt;/p&amp;amp;gt;&amp;amp;lt;p&amp;amp;gt;Sell&amp;amp;lt;/p&amp;amp;gt;', 'Bake\n\nSell'],
    ['encoded HTML where "< p >" only looks like a tag, as in a browser', '&lt; p &gt;Bake&lt; / p &gt;&lt;p&gt;Sell&lt;/p&gt;', '< p >Bake< / p >\n\nSell'],
    ['encoded HTML without closing tags', '&lt;p&gt;Bake&lt;br&gt;Sell&lt;p&gt;Clean', 'Bake\nSell\n\nClean'],
    ['encoded HTML with a two-letter tag first', '&lt;h2&gt;Tasks&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Bake&lt;/li&gt;&lt;/ul&gt;', 'Tasks\n\n• Bake'],
    ['encoded HTML starting with a closing tag', '&lt;/div&gt;Bake&lt;br&gt;Sell', 'Bake\nSell'],
    ['HTML whose text mentions a tag', '<p>Experience with &lt;canvas&gt;, SVG and WebGL.</p><p>Remote.</p>', 'Experience with <canvas>, SVG and WebGL.\n\nRemote.'],
    ['HTML with attributes', '<p class="intro">Bake</p><p style="color:red">Sell</p>', 'Bake\n\nSell'],
    ['HTML made only of line breaks', 'Bake<br>Sell<br/>Clean', 'Bake\nSell\nClean'],
    ['HTML made only of spaced line breaks', 'Bake<br />Sell', 'Bake\nSell'],
    ['HTML whose only tags are unclosed paragraphs with attributes', '<p class="intro">Bake<p class="tasks">Sell', 'Bake\n\nSell'],
    ['HTML with only closing tags', 'Bake</p>Sell', 'BakeSell'],
    ['HTML with a two-letter tag', 'Tasks<h3>Bake</h3>', 'Tasks\n\nBake'],
    ['a description quoting a comparison, not a tag', 'Salary 3<4 times the average, 5 > 2', 'Salary 3<4 times the average, 5 > 2'],
    ['an e-mail address in angle brackets', 'Write to Ana <ana@bakery.example>', 'Write to Ana <ana@bakery.example>'],
  ])('reads %s', (_name, source, expected) => {
    expect(htmlStringToText(source)).toBe(expected);
  });
});

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
});

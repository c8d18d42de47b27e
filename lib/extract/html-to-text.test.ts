// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { elementToText, htmlStringToText } from './html-to-text';
import { documentFromHtml } from './test-support';

const page = () => documentFromHtml('<!DOCTYPE html><html><body><p id="live">Live page</p></body></html>', 'https://example.com/');

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

  it('never writes into the live page and never runs embedded scripts or handlers', () => {
    const document = page();
    const before = document.documentElement.outerHTML;
    htmlStringToText('<img src="x" onerror="document.body.innerHTML=\'owned\'"><script>document.body.innerHTML="owned"</script><p>Text</p>');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reads an element of the live page without changing it', () => {
    const document = documentFromHtml('<div id="d"><p>One</p><p>Two<br>Three</p></div>', 'https://example.com/');
    const before = document.body.innerHTML;
    expect(elementToText(document.getElementById('d')!)).toBe('One\n\nTwo\nThree');
    expect(document.body.innerHTML).toBe(before);
  });
});

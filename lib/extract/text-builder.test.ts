// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readBothWays } from './test-support';
import { TextBuilder } from './text-builder';

/**
 * The text rules both readers share: the live page's DOM walk (html-to-text.ts) and the string
 * tokeniser for JSON-LD (html-string.ts) must give the same text for the same markup, or a page
 * that forbids HTML parsing (Trusted Types) would read differently from one that does not.
 */

describe('paragraph and line structure shared by both readers', () => {
  it.each([
    ['p', '<p>We bake bread.</p>'],
    ['div', '<div>We bake bread.</div>'],
    ['section', '<section>We bake bread.</section>'],
    ['article', '<article>We bake bread.</article>'],
    ['main', '<main>We bake bread.</main>'],
    ['aside', '<aside>We bake bread.</aside>'],
    ['header', '<header>We bake bread.</header>'],
    ['footer', '<footer>We bake bread.</footer>'],
    ['nav', '<nav>We bake bread.</nav>'],
    ['blockquote', '<blockquote>We bake bread.</blockquote>'],
    ['pre', '<pre>We bake bread.</pre>'],
    ['h1', '<h1>We bake bread.</h1>'],
    ['h2', '<h2>We bake bread.</h2>'],
    ['h3', '<h3>We bake bread.</h3>'],
    ['h4', '<h4>We bake bread.</h4>'],
    ['h5', '<h5>We bake bread.</h5>'],
    ['h6', '<h6>We bake bread.</h6>'],
    ['ul', '<ul>We bake bread.</ul>'],
    ['ol', '<ol>We bake bread.</ol>'],
    ['dl', '<dl>We bake bread.</dl>'],
    ['address', '<address>We bake bread.</address>'],
    ['fieldset', '<fieldset>We bake bread.</fieldset>'],
    ['figure', '<figure>We bake bread.</figure>'],
  ])('makes <%s> a paragraph of its own', (_tag, block) => {
    expect(readBothWays(`<span>About us:</span>${block}<span>Apply below.</span>`)).toBe('About us:\n\nWe bake bread.\n\nApply below.');
  });

  it('makes a table a paragraph of its own, one row a line', () => {
    expect(readBothWays('<span>Pay:</span><table><tbody><tr><td>Junior</td><td>€40k</td></tr><tr><th>Senior</th><th>€60k</th></tr></tbody></table><span>Apply below.</span>'))
      .toBe('Pay:\n\nJunior €40k\nSenior €60k\n\nApply below.');
  });

  it('separates the parts on either side of a horizontal rule as paragraphs', () => {
    expect(readBothWays('<span>About us: a bakery.</span><hr><span>Your tasks: baking.</span>')).toBe('About us: a bakery.\n\nYour tasks: baking.');
  });

  it('puts each definition term and description on its own line', () => {
    expect(readBothWays('<dl><dt>Contract</dt><dt>Hours</dt><dd>Permanent, 40 per week</dd><dt>Start</dt><dd>June</dd></dl>'))
      .toBe('Contract\nHours\nPermanent, 40 per week\nStart\nJune');
  });

  it('puts a figure caption on its own line', () => {
    expect(readBothWays('<figure><figcaption>Our Lisbon office</figcaption><span>Open plan, next to the river.</span></figure>'))
      .toBe('Our Lisbon office\nOpen plan, next to the river.');
  });

  it('puts a table caption on its own line', () => {
    expect(readBothWays('<table><caption>Salary bands</caption><tbody><tr><td>Junior</td><td>€40k</td></tr></tbody></table>')).toBe('Salary bands\nJunior €40k');
  });

  it('reads pretty-printed lists as one item a line, without blank lines between items', () => {
    const html = `
      <h3>Your tasks</h3>
      <ul>
        <li>Bake bread</li>
        <li>
          Sell <b>pastries</b> at the counter
        </li>
        <li><p>Keep the kitchen clean</p>
            <p>and tidy</p></li>
      </ul>
      <p>
        We look forward to <em>your</em> application.
      </p>`;
    expect(readBothWays(html)).toBe('Your tasks\n\n• Bake bread\n• Sell pastries at the counter\n• Keep the kitchen clean\nand tidy\n\nWe look forward to your application.');
  });

  it('keeps the spaces between inline elements and never adds any inside words', () => {
    expect(readBothWays('<p><b>Location:</b> Berlin, <a href="/map">Mitte</a> (<i>hybrid</i>)</p><p>Sa<b>la</b>ry: <span>€</span>50,000</p>'))
      .toBe('Location: Berlin, Mitte (hybrid)\n\nSalary: €50,000');
  });

  it('reads an ordered list as bullet lines after its heading paragraph', () => {
    expect(readBothWays('<p>Steps:</p><ol><li>Apply</li><li>Interview</li></ol><p>Done.</p>')).toBe('Steps:\n\n• Apply\n• Interview\n\nDone.');
  });

  it('adds nothing for empty wrappers', () => {
    expect(readBothWays('<div><div><p> </p></div></div><section><h2></h2></section><p>Only text</p><div></div><p>\n</p>')).toBe('Only text');
  });

  it('writes a bullet only where a list item has text', () => {
    expect(readBothWays('<p>Intro</p><ul><li><span></span>First</li></ul>Second line')).toBe('Intro\n\n• First\n\nSecond line');
  });

  it('leaves no bullet from an empty list item on the text after it', () => {
    expect(readBothWays('<p>Intro</p><ul><li>First</li><li> </li></ul><p>After the list</p>')).toBe('Intro\n\n• First\n\nAfter the list');
    expect(readBothWays('<ul><li><span></span></li></ul><p>Only a paragraph</p>')).toBe('Only a paragraph');
    expect(readBothWays('<ul><li></li><li>Second item</li></ul>')).toBe('• Second item');
  });
});

describe('TextBuilder', () => {
  it('writes nothing for breaks requested before any text', () => {
    const out = new TextBuilder();
    out.requestBreak(2);
    out.lineBreak();
    out.appendText('  Hello');
    expect(out.toString()).toBe('Hello');
  });

  it('keeps the stronger of two requested breaks', () => {
    const out = new TextBuilder();
    out.appendText('Paragraph');
    out.requestBreak(2);
    out.requestBreak(1);
    out.appendText('Next paragraph');
    out.requestBreak(1);
    out.appendText('Next line');
    expect(out.toString()).toBe('Paragraph\n\nNext paragraph\nNext line');
  });

  it('turns one line break into a new line, two or more into a paragraph break', () => {
    const out = new TextBuilder();
    out.appendText('One');
    out.lineBreak();
    out.appendText('Two');
    out.lineBreak();
    out.lineBreak();
    out.appendText('Three');
    out.lineBreak();
    out.lineBreak();
    out.lineBreak();
    out.appendText('Four');
    expect(out.toString()).toBe('One\nTwo\n\nThree\n\nFour');
  });

  it('starts a list item on a new line with one bullet, then continues it without another', () => {
    const out = new TextBuilder();
    out.appendText('Tasks:');
    out.startListItem();
    out.appendText('Bake ');
    out.appendText('bread');
    out.startListItem();
    out.appendText('Sell');
    expect(out.toString()).toBe('Tasks:\n• Bake bread\n• Sell');
  });

  it('joins text runs on one line, collapsing whitespace and zero-width characters to single spaces', () => {
    const out = new TextBuilder();
    out.appendText('We\u00a0build');
    out.appendText('\n  tools\u200bfor\ufeff');
    out.appendText(' bakers.');
    expect(out.toString()).toBe('We build tools for bakers.');
  });

  it('drops whitespace-only text at the start of a line', () => {
    const out = new TextBuilder();
    out.appendText('One');
    out.requestBreak(1);
    out.appendText('   ');
    out.requestBreak(1);
    out.appendText(' Two');
    expect(out.toString()).toBe('One\nTwo');
  });
});

// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlFragmentToText } from './html-string';

/**
 * The string tokeniser reads JSON-LD descriptions without a DOM (Trusted Types pages forbid
 * parsing). What it produces must read like what a browser shows for the same markup.
 */

/** How a browser decodes the same text: the HTML parser is the reference for entities. */
const browserDecodes = (text: string): string => JSDOM.fragment(`<p>${text}</p>`).textContent ?? '';

describe('character references in descriptions', () => {
  // Every named reference the decoder knows, as job boards write them (accents in names and
  // places, currency, typographic punctuation, arrows and ticks in bullet lists).
  const NAMES = `amp lt gt quot apos nbsp ensp emsp thinsp ndash mdash hellip bull middot lsquo rsquo sbquo ldquo
    rdquo bdquo laquo raquo lsaquo rsaquo copy reg trade euro pound yen cent sect para deg plusmn times divide
    frac12 frac14 frac34 sup2 sup3 micro shy zwj zwnj iexcl iquest ordf ordm larr rarr uarr darr check dagger
    Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde
    Ograve Oacute Ocirc Otilde Ouml Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml
    aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml
    oslash ugrave uacute ucirc uuml yacute thorn yuml OElig oelig Scaron scaron Yuml Zcaron zcaron fnof circ tilde`.split(/\s+/);

  it('decodes every named reference it knows to the character a browser shows', () => {
    const decoded = NAMES.map((name) => [name, decodeEntities(`&${name};`)]);
    const expected = NAMES.map((name) => [name, browserDecodes(`&${name};`)]);
    expect(decoded).toEqual(expected);
    // The oracle itself decoded them all (none came back as written).
    expect(expected.filter(([name, text]) => text === `&${name};`)).toEqual([]);
  });

  it('decodes references inside real posting text', () => {
    expect(decodeEntities('Caf&eacute; &amp; Bistro M&uuml;ller &ndash; Salary &euro;42,000 &ndash; 50&nbsp;km from Z&uuml;rich'))
      .toBe('Café & Bistro Müller – Salary €42,000 – 50\u00a0km from Zürich');
  });

  it.each([
    ['a decimal reference', 'Caf&#233; au lait', 'Café au lait'],
    ['a hex reference', 'Caf&#xE9; au lait', 'Café au lait'],
    ['an upper-case hex reference', 'Caf&#XE9; au lait', 'Café au lait'],
    ['an emoji by hex', 'Great team &#x1F680;', 'Great team 🚀'],
    ['an emoji by decimal', 'Great team &#128640;', 'Great team 🚀'],
    ['the last code point', '&#x10FFFF;', '\u{10FFFF}'],
    ['the code point just below the surrogates', '&#xD7FF;', '\ud7ff'],
    ['the code point just above the surrogates', '&#xE000;', '\ue000'],
    ['U+0001', '&#1;', '\u0001'],
  ])('decodes %s', (_name, text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
    expect(browserDecodes(text)).toBe(expected);
  });

  it.each([
    ['NUL', '&#0;'],
    ['a code point past Unicode', '&#x110000;'],
    ['the first surrogate', '&#xD800;'],
    ['a surrogate in the middle', '&#xDB40;'],
    ['the last surrogate', '&#xDFFF;'],
  ])('shows a replacement character for %s, as a browser does', (_name, text) => {
    expect(decodeEntities(`a${text}b`)).toBe('a\ufffdb');
    expect(browserDecodes(`a${text}b`)).toBe('a\ufffdb');
  });

  it('decodes references written without their semicolon, as browsers do for the common ones', () => {
    expect(decodeEntities('Smith &amp Sons &copy 2024')).toBe('Smith & Sons © 2024');
    expect(browserDecodes('Smith &amp Sons &copy 2024')).toBe('Smith & Sons © 2024');
  });

  it('leaves unknown names and a lone ampersand as written', () => {
    expect(decodeEntities('R&D, P&L ownership &unknownthing; and AT&T')).toBe('R&D, P&L ownership &unknownthing; and AT&T');
  });

  it('leaves text without any reference untouched', () => {
    expect(decodeEntities('Plain text, no references.')).toBe('Plain text, no references.');
  });
});

describe('HTML strings to text without a DOM', () => {
  it('puts table rows on their own lines and cells apart', () => {
    const html = '<p>Conditions:</p><table><tr><th>Salary</th><th>Hours</th></tr><tr><td>€50,000</td><td>40 per week</td></tr></table><p>Apply today.</p>';
    expect(htmlFragmentToText(html)).toBe('Conditions:\n\nSalary Hours\n€50,000 40 per week\n\nApply today.');
  });

  it('puts definition terms and their descriptions on their own lines', () => {
    const html = '<dl><dt>Languages</dt><dt>Tools</dt><dd>English, TypeScript</dd><dt>Start</dt><dd>As soon as possible</dd></dl>';
    expect(htmlFragmentToText(html)).toBe('Languages\nTools\nEnglish, TypeScript\nStart\nAs soon as possible');
  });

  it('ends a line after a caption or figure caption even when text follows it directly', () => {
    expect(htmlFragmentToText('<table><caption>Salary bands</caption> gross, per year <tr><td>Junior</td><td>€40k</td></tr></table>'))
      .toBe('Salary bands\ngross, per year\nJunior €40k');
    expect(htmlFragmentToText('<figure><img src="team.jpg"><figcaption>Our Lisbon office</figcaption>Open plan, next to the river.</figure>'))
      .toBe('Our Lisbon office\nOpen plan, next to the river.');
  });

  it('ends a line after a description even when text follows it directly', () => {
    expect(htmlFragmentToText('<dl><dd>Full time</dd></dl>Remote possible').split('\n')).toEqual(['Full time', '', 'Remote possible']);
    expect(htmlFragmentToText('<div><dd>Full time</dd>Remote possible</div>')).toBe('Full time\nRemote possible');
  });

  it('separates the parts on either side of a horizontal rule as paragraphs', () => {
    expect(htmlFragmentToText('About us: a bakery.<hr>Your tasks: baking.<hr/>Benefits: bread.')).toBe('About us: a bakery.\n\nYour tasks: baking.\n\nBenefits: bread.');
  });

  it('turns one <br> into a new line and two into a new paragraph', () => {
    expect(htmlFragmentToText('Line one<br>Line two<br><br>New paragraph<BR/>Last')).toBe('Line one\nLine two\n\nNew paragraph\nLast');
  });

  it('reads tags written in upper case like lower-case ones', () => {
    expect(htmlFragmentToText('<P>First</P><UL><LI>One</LI><LI>Two</LI></UL><SCRIPT>track()</SCRIPT><P>Last</P>')).toBe('First\n\n• One\n• Two\n\nLast');
  });

  it('closes an open list item or paragraph when the next one starts, as browsers do', () => {
    expect(htmlFragmentToText('<p>Intro<p>Tasks:<ul><li>Bake<li>Sell<li>Clean</ul><p>Bye')).toBe('Intro\n\nTasks:\n\n• Bake\n• Sell\n• Clean\n\nBye');
  });

  it('keeps a paragraph inside a list item as a continuation line, and nested lists as items', () => {
    const html = '<ul><li><p>Backend</p><p>Go and Postgres</p></li><li>Frontend<ul><li>Svelte</li><li>CSS</li></ul></li></ul><p>Bye</p>';
    expect(htmlFragmentToText(html)).toBe('• Backend\nGo and Postgres\n• Frontend\n• Svelte\n• CSS\n\nBye');
  });

  it('keeps an unclosed paragraph inside a list item as part of that item', () => {
    expect(htmlFragmentToText('<ul><li>Bake bread<p>from 4 am</li><li>Sell</li></ul>')).toBe('• Bake bread\nfrom 4 am\n• Sell');
  });

  it('reads a note after the last closed item of a list of unclosed items as its own paragraph', () => {
    expect(htmlFragmentToText('<ul><li>Bake<li>Sell</li><p>Weekend shifts are paid double.</p></ul>')).toBe('• Bake\n• Sell\n\nWeekend shifts are paid double.');
  });

  it('keeps nested sections apart from the text that follows each', () => {
    expect(htmlFragmentToText('<div><div>Benefits</div>Free bread and coffee.</div>Apply in the shop.')).toBe('Benefits\n\nFree bread and coffee.\n\nApply in the shop.');
  });

  it('ignores closing tags that were never opened', () => {
    expect(htmlFragmentToText('</div></span>Team lead</b> wanted</p><p>Now</p>')).toBe('Team lead wanted\n\nNow');
    expect(htmlFragmentToText('<ul><li><p>Team lead</b> wanted</span> for our bakery</p></li></ul>')).toBe('• Team lead wanted for our bakery');
  });

  it('closes elements left open inside one that closes', () => {
    expect(htmlFragmentToText('<div><ul><li>One<li>Two</div>After')).toBe('• One\n• Two\n\nAfter');
  });

  it('reads a self-closing block as no content, not as the start of a section', () => {
    expect(htmlFragmentToText('<div/><p>One</p><span/>Two')).toBe('One\n\nTwo');
  });

  it('keeps the text of CDATA sections and leaves out comments, doctypes and processing instructions', () => {
    const word = '<!DOCTYPE html><?xml version="1.0" encoding="utf-8"?><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--><p>Hello <![CDATA[Fish & Chips]]> team</p><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><p>Bye</p>';
    expect(htmlFragmentToText(word)).toBe('Hello Fish & Chips team\n\nBye');
  });

  it('leaves out an unclosed comment at the end of a cut-off description', () => {
    expect(htmlFragmentToText('<p>We bake bread.</p><!-- tracking: campaign=summer <p>old text')).toBe('We bake bread.');
  });

  it('keeps a lone "<" that starts no tag', () => {
    expect(htmlFragmentToText('<p>Salary < €30,000 and team size <5</p>')).toBe('Salary < €30,000 and team size <5');
  });

  it('reads attribute values holding ">" as part of the tag', () => {
    expect(htmlFragmentToText('<p><a title="a > b" href=\'x>y\'>Apply</a> now</p>')).toBe('Apply now');
  });

  it('reads custom and namespaced tags as inline text', () => {
    expect(htmlFragmentToText('<p>Word <o:p>paste</o:p> and <job-tag>custom</job-tag> tags</p>')).toBe('Word paste and custom tags');
  });
});

describe('hidden and non-text parts of HTML strings', () => {
  it.each(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head', 'button', 'select', 'textarea', 'title', 'math', 'form', 'dialog'])(
    'leaves out the content of <%s>',
    (tag) => {
      expect(htmlFragmentToText(`<p>Before</p><${tag} class="x">Inside text</${tag}><p>After</p>`)).toBe('Before\n\nAfter');
    },
  );

  it('leaves out a skipped element with the same element nested inside it', () => {
    expect(htmlFragmentToText('<div hidden><div>Inner</div><div>Still hidden</div></div><div>Shown</div>')).toBe('Shown');
    expect(htmlFragmentToText('<form><form><input name="q"></form>Still form</form>After')).toBe('After');
  });

  it('ends a hidden element at its closing tag even when paragraphs inside it were left open', () => {
    expect(htmlFragmentToText('<div hidden><p>Internal note<p>Do not publish</div><p>Shown</p>')).toBe('Shown');
  });

  it('hides nothing after a hidden element written self-closed', () => {
    expect(htmlFragmentToText('<p>Apply by Friday.<span class="icon" hidden/></p><p>We reply within a week.</p>')).toBe('Apply by Friday.\n\nWe reply within a week.');
    expect(htmlFragmentToText('<p>Apply by Friday.<span class="icon" hidden / ></p><p>We reply within a week.</p>')).toBe('Apply by Friday.\n\nWe reply within a week.');
  });

  it('ends a skipped element only at its own closing tag', () => {
    expect(htmlFragmentToText('<div hidden><p>Hidden</p><span>also</span><br><img src="x"></div>Shown')).toBe('Shown');
    expect(htmlFragmentToText('<div hidden><div/>Hidden after a self-closed div</div>Shown')).toBe('Shown');
  });

  it.each([
    ['the hidden attribute', '<div hidden>'],
    ['the hidden attribute with a value', '<div hidden="hidden">'],
    ['the hidden attribute before others', '<div hidden class="more">'],
    ['the hidden attribute after others', '<div class="more" hidden>'],
    ['display:none', '<div style="display:none">'],
    ['display: none among other styles', '<div style="color: red; display: none;">'],
    ['display : none', '<div style="display : none">'],
    ['DISPLAY:NONE in capitals', '<div STYLE="DISPLAY:NONE">'],
    ['visibility:hidden', "<div style='visibility:hidden'>"],
    ['visibility : hidden', '<div style="margin:0; visibility : hidden">'],
    ['spaces around the equals sign', '<div style = "display:none">'],
  ])('leaves out an element hidden by %s', (_name, open) => {
    expect(htmlFragmentToText(`<p>Shown</p>${open}Secret recruiter notes</div><p>Also shown</p>`)).toBe('Shown\n\nAlso shown');
  });

  it.each([
    ['aria-hidden="false"', '<div aria-hidden="false">'],
    ['a class that mentions hidden', '<div class="overflow-hidden md:hidden-print">'],
    ['a data attribute', '<div data-hidden="false">'],
    ['visibility: visible', '<div style="visibility: visible">'],
    ['display: block', '<div style="display: block">'],
  ])('keeps an element that is not hidden: %s', (_name, open) => {
    expect(htmlFragmentToText(`<p>Shown</p>${open}Visible text</div>`)).toBe('Shown\n\nVisible text');
  });

  it.each(['area', 'base', 'col', 'embed', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])(
    'keeps the text after a hidden <%s>, which has no content to leave out',
    (tag) => {
      expect(htmlFragmentToText(`<p>We bake<${tag} style="display:none"> bread</p><p>daily</p>`)).toBe('We bake bread\n\ndaily');
    },
  );

  it('leaves out site-written summaries only when asked to', () => {
    const html = '<div class="ai-summary">Summary by the board</div><p>Employer text</p>';
    expect(htmlFragmentToText(html, { dropMachineSummaries: true })).toBe('Employer text');
    expect(htmlFragmentToText(html)).toBe('Summary by the board\n\nEmployer text');
  });
});

import { isMachineSummaryMarkup } from './machine-summaries';
import { TextBuilder, BLOCK_TAGS } from './text-builder';

/**
 * Text of an HTML string (a JSON-LD description, Readability's output) without ever parsing it
 * into a DOM. Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) throw on
 * every HTML sink — innerHTML, DOMParser, createContextualFragment — even in inert documents,
 * so the string is tokenised here and its text assembled with the same rules as a DOM walk.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“',
  rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷',
  frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', larr: '←', rarr: '→', uarr: '↑', darr: '↓', check: '✓', dagger: '†',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', ETH: 'Ð', Ntilde: 'Ñ',
  Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û',
  Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß', agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä',
  aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í',
  icirc: 'î', iuml: 'ï', eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö',
  oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ', OElig: 'Œ',
  oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', Zcaron: 'Ž', zcaron: 'ž', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : '\ufffd';
}

/** Decodes numeric and the common named character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return codePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return (name !== undefined && NAMED_ENTITIES[name]) || match;
  });
}

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head', 'button', 'select', 'textarea', 'title', 'math', 'form', 'dialog']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const LINE_TAGS = new Set(['tr', 'dt', 'dd', 'caption', 'figcaption']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

function isHiddenMarkup(attributes: string): boolean {
  return /(?:^|\s)hidden(?:\s|=|$)/i.test(attributes) || /style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attributes);
}

interface OpenElement {
  tag: string;
  kind: 'li' | 'block' | 'line' | 'inline';
}

export interface HtmlTextOptions {
  /** Leave out site-written summaries (see machine-summaries.ts). */
  readonly dropMachineSummaries?: boolean;
}

/** Readable text of an HTML fragment: paragraphs, "• " list items, no markup. */
export function htmlFragmentToText(html: string, options: HtmlTextOptions = {}): string {
  const out = new TextBuilder();
  const stack: OpenElement[] = [];
  let listDepth = 0;
  // While > 0, we are inside an element whose content is not text (script, hidden, summary).
  let skipTag: string | null = null;
  let skipDepth = 0;

  const close = (element: OpenElement): void => {
    if (element.kind === 'li') {
      listDepth--;
      out.endListItem();
    } else if (element.kind === 'block') out.requestBreak(listDepth > 0 ? 1 : 2);
    else if (element.kind === 'line') out.requestBreak(1);
  };

  for (const match of html.matchAll(TOKEN)) {
    const [token, cdata, slash, rawTag, attributes = ''] = match;
    if (rawTag === undefined) {
      if (skipTag !== null) continue;
      if (cdata !== undefined) out.appendText(cdata);
      else if (!token.startsWith('<!') && !token.startsWith('<?')) out.appendText(decodeEntities(token));
      continue;
    }
    const tag = rawTag.toLowerCase();
    const selfClosing = attributes.trimEnd().endsWith('/') || VOID_TAGS.has(tag);
    if (skipTag !== null) {
      if (tag === skipTag && !selfClosing) skipDepth += slash === '/' ? -1 : 1;
      if (skipDepth === 0) skipTag = null;
      continue;
    }
    if (slash === '/') {
      const at = stack.map((element) => element.tag).lastIndexOf(tag);
      if (at === -1) continue;
      for (const element of stack.splice(at).reverse()) close(element);
      continue;
    }
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (tag === 'hr') {
      out.requestBreak(2);
      continue;
    }
    if (selfClosing) continue;
    if (SKIPPED_TAGS.has(tag) || isHiddenMarkup(attributes) || (options.dropMachineSummaries === true && isMachineSummaryMarkup(attributes))) {
      skipTag = tag;
      skipDepth = 1;
      continue;
    }
    // An <li> or <p> closes the previous one implicitly, as browsers do.
    if ((tag === 'li' || tag === 'p') && stack[stack.length - 1]?.tag === tag) close(stack.pop()!);
    if (tag === 'li') {
      out.startListItem();
      listDepth++;
      stack.push({ tag, kind: 'li' });
    } else if (BLOCK_TAGS.has(tag.toUpperCase())) {
      out.requestBreak(listDepth > 0 ? 1 : 2);
      stack.push({ tag, kind: 'block' });
    } else if (LINE_TAGS.has(tag)) {
      out.requestBreak(1);
      stack.push({ tag, kind: 'line' });
    } else {
      if (tag === 'td' || tag === 'th') out.appendText(' ');
      stack.push({ tag, kind: 'inline' });
    }
  }
  return out.toString();
}

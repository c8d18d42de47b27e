import type { LetterDocument } from './letter-document';

/** Plain text: what a text file, an email body or a form field takes. */
export function renderPlainText(doc: LetterDocument): string {
  const header = [doc.sender.name, ...doc.sender.contact, ...doc.sender.links].filter(Boolean);
  const blocks = [
    header.join('\n'),
    doc.date,
    doc.recipient.join('\n'),
    doc.greeting,
    ...doc.paragraphs,
    [doc.signOff, doc.signature].filter(Boolean).join('\n'),
  ].filter((block) => block !== '');
  return `${blocks.join('\n\n')}\n`;
}

/** Model and user text must stay literal: no accidental emphasis, links, headings or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

export function renderMarkdown(doc: LetterDocument): string {
  const hardBreaks = (lines: string[]) => lines.map(escapeMarkdown).join('  \n');
  const links = doc.sender.links.map((url) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  const blocks = [
    doc.sender.name ? `# ${escapeMarkdown(doc.sender.name)}` : '',
    [hardBreaks(doc.sender.contact), links.join('  \n')].filter(Boolean).join('  \n'),
    escapeMarkdown(doc.date),
    hardBreaks(doc.recipient),
    escapeMarkdown(doc.greeting),
    ...doc.paragraphs.map((p) => hardBreaks(p.split('\n'))),
    hardBreaks([doc.signOff, doc.signature].filter(Boolean)),
  ].filter((block) => block !== '');
  return `${blocks.join('\n\n')}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Rich text for the clipboard: pasted into a mail client or a word processor, it keeps its paragraphs. */
export function renderHtml(doc: LetterDocument): string {
  const lines = (items: string[]) => items.map(escapeHtml).join('<br>');
  const safeLink = (url: string) => (/^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url));
  const header = [
    `<strong>${escapeHtml(doc.sender.name)}</strong>`,
    ...doc.sender.contact.map(escapeHtml),
    ...doc.sender.links.map(safeLink),
  ].join('<br>');
  const parts = [
    header,
    escapeHtml(doc.date),
    lines(doc.recipient),
    escapeHtml(doc.greeting),
    ...doc.paragraphs.map((p) => lines(p.split('\n'))),
    lines([doc.signOff, doc.signature]),
  ].filter((part) => part !== '');
  return `<div>${parts.map((p) => `<p>${p}</p>`).join('')}</div>`;
}

/**
 * The mock's résumé reader: answers a forced `save_resume_profile` tool call with fields pulled
 * from the text it was sent, or from a PDF document block (uncompressed text operators of simple
 * PDFs, such as pdf-lib writes with a standard font). Rough on purpose: tests write résumés like
 *   Name: Ada Lovelace / Email: … / Phone: … / Skills: a, b / Experience: Role at Employer (2019 - 2023)
 */
import { inflateSync } from 'node:zlib';

export const RESUME_TOOL_NAME = 'save_resume_profile';

type Block = Record<string, unknown>;

export function hasResumeTool(body: Record<string, unknown>): boolean {
  return Array.isArray(body['tools']) && body['tools'].some((t) => (t as Block)?.['name'] === RESUME_TOOL_NAME);
}

export function hasDocumentBlock(body: Record<string, unknown>): boolean {
  return blocksOf(body).some((b) => b['type'] === 'document');
}

function blocksOf(body: Record<string, unknown>): Block[] {
  const messages = Array.isArray(body['messages']) ? (body['messages'] as Block[]) : [];
  return messages.flatMap((m) => (Array.isArray(m['content']) ? (m['content'] as Block[]) : typeof m['content'] === 'string' ? [{ type: 'text', text: m['content'] }] : []));
}

function unescapePdfString(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
    /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c);
}

/** Text shown by Tj/TJ operators, a line per text object or line move. */
export function roughPdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1]!;
    try {
      content = inflateSync(Buffer.from(content, 'latin1')).toString('latin1');
    } catch {
      // Not compressed.
    }
    for (const op of content.matchAll(/(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))\s*Tj|\[([^\]]*)\]\s*TJ|(T\*|Td|TD|ET)/g)) {
      if (op[3]) {
        lines.push('\n');
        continue;
      }
      const parts = op[1] ? [op[1]] : [...(op[2] ?? '').matchAll(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g)].map((m) => m[0]);
      for (const part of parts) {
        lines.push(part.startsWith('<') ? Buffer.from(part.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1') : unescapePdfString(part.slice(1, -1)));
      }
    }
  }
  return lines.join('').replace(/\n\s*\n+/g, '\n').trim();
}

/** The résumé text out of its JSON data block, as a model reads it; other text as it is. */
function unfenced(text: string): string {
  const block = /<resume>\s*([\s\S]*?)\s*<\/resume>/.exec(text)?.[1];
  if (!block) return text;
  try {
    const data = JSON.parse(block) as { text?: unknown };
    return typeof data.text === 'string' ? data.text : text;
  } catch {
    return text;
  }
}

export function resumeTextOf(body: Record<string, unknown>): string {
  return blocksOf(body)
    .map((b) => {
      if (b['type'] === 'text' && typeof b['text'] === 'string') return unfenced(b['text']);
      const source = b['source'] as Block | undefined;
      if (b['type'] === 'document' && source?.['type'] === 'base64' && typeof source['data'] === 'string') return roughPdfText(Buffer.from(source['data'], 'base64'));
      return '';
    })
    .join('\n');
}

const field = (text: string, label: string) => new RegExp(`^\\s*${label}\\s*:\\s*(.+)$`, 'im').exec(text)?.[1]?.trim() ?? '';

/** The tool input a model might produce for this résumé text. */
export function resumeToolInput(text: string): Record<string, unknown> {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const name = field(text, 'Name') || lines.find((l) => !/^(record|<resume)/i.test(l)) || '';
  const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text)?.[0] ?? '';
  const experience = [...text.matchAll(/^\s*(?:Experience\s*:|[-•*])\s*(.+?) at (.+?)(?:\s*\((\d{4})\s*[-–]\s*(\d{4}|present|now)?\s*\))?\s*$/gim)].map((m) => ({
    role: m[1]!.trim(),
    employer: m[2]!.trim(),
    start: m[3] ?? '',
    end: m[4] && !/present|now/i.test(m[4]) ? m[4] : '',
    description: '',
  }));
  const education = [...text.matchAll(/^\s*Education\s*:\s*(.+?)(?:,\s*(.+))?$/gim)].map((m) => ({ degree: m[2] ? m[1]!.trim() : '', institution: (m[2] ?? m[1]!).trim(), start: '', end: '' }));
  return {
    name,
    email,
    phone: field(text, 'Phone'),
    homepage: field(text, 'Homepage'),
    github: field(text, 'GitHub'),
    linkedin: field(text, 'LinkedIn'),
    skills: field(text, 'Skills').split(/\s*,\s*/).filter(Boolean),
    experience,
    projects: [],
    education,
  };
}

import { LETTER_PARTS, type LetterContent, type LetterPart } from '../schema';

/** Everything the model writes: the addressee and the four parts. */
export type LetterField = keyof LetterContent;

/** The tag the model wraps each field in. Snake case because models copy it more reliably than camel case. */
export const LETTER_TAGS: Record<LetterField, string> = {
  addressee: 'addressee',
  opening: 'opening',
  aboutMe: 'about_me',
  whyMe: 'why_me',
  whyCompany: 'why_company',
};

export const LETTER_FIELDS: readonly LetterField[] = ['addressee', ...LETTER_PARTS];

export interface TaggedLetter {
  /** Each field whose opening tag has arrived, with its text so far. */
  parts: Partial<LetterContent>;
  /** Fields whose closing tag has arrived, in format order. */
  complete: LetterField[];
}

const ANY_OPENING_TAG = new RegExp(`<(${Object.values(LETTER_TAGS).join('|')})>`, 'i');
/** A tag still being streamed, such as "<ab" or "</why_m": hidden until it is whole. */
const TRAILING_PARTIAL_TAG = /<\/?[a-z_]*$/i;

/**
 * Reads the tagged format from any prefix of the stream, so the panel can show each part
 * as it is written.
 */
export function parseTaggedLetter(text: string): TaggedLetter {
  const parts: Partial<LetterContent> = {};
  const complete: LetterField[] = [];
  const lower = text.toLowerCase();
  for (const field of LETTER_FIELDS) {
    const open = `<${LETTER_TAGS[field]}>`;
    const start = lower.indexOf(open);
    if (start === -1) continue;
    const bodyStart = start + open.length;
    const close = lower.indexOf(`</${LETTER_TAGS[field]}>`, bodyStart);
    if (close !== -1) {
      parts[field] = text.slice(bodyStart, close).trim();
      complete.push(field);
      continue;
    }
    let body = text.slice(bodyStart);
    // A model that forgets a closing tag has still ended the part when the next one opens.
    const nextOpen = body.search(ANY_OPENING_TAG);
    if (nextOpen !== -1) {
      parts[field] = body.slice(0, nextOpen).trim();
      complete.push(field);
      continue;
    }
    body = body.replace(TRAILING_PARTIAL_TAG, '');
    parts[field] = body.trim();
  }
  return { parts, complete };
}

/** True when the text has the tagged format, whether or not every part was filled. */
export function hasLetterTags(text: string): boolean {
  return ANY_OPENING_TAG.test(text);
}

/** The addressee when the model named nobody. */
export function defaultAddressee(company: string | undefined): string {
  return company ? `Hiring Team at ${company}` : 'Hiring Manager';
}

const PREAMBLE_LINE =
  /^(?:here(?:'s| is)\b|below is\b|sure\b|certainly\b|of course\b|absolutely\b|as requested\b|i(?:'ve| have) (?:written|drafted)\b).{0,160}$/i;
const GREETING_LINE = /^(dear|hello|hi|greetings|to)\s+(.{1,80}?)\s*([,:!])?\s*$/i;
const SIGN_OFF_LINE =
  /^(?:sincerely|yours sincerely|yours truly|yours faithfully|best regards|kind regards|warm regards|warmest regards|regards|best|best wishes|respectfully|thank you|thanks|cheers|with gratitude|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|beste grüße|viele grüße|cordialement|bien cordialement|je vous prie d.agréer.{0,80}|veuillez agréer.{0,120}|atentamente|saludos cordiales|un saludo|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|atenciosamente|cumprimentos|com os melhores cumprimentos|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|ystävällisin terveisin|terveisin|z wyrazami szacunku|z poważaniem|pozdrawiam)\s*[,.!]?\s*$/i;
/** Set greetings of the other letter languages, which name nobody: dropped like "Dear …,". */
const FOREIGN_GREETING_LINE =
  /^(?:sehr geehrte|sehr geehrter|guten tag|hallo|liebe|lieber|madame|monsieur|bonjour|estimad[oa]s?|hola|gentil[ei]|spettabile|egregi[oa]|geachte|beste|prezad[oa]s?|car[oa]s?|hej|kære|hei|hyvä|szanown[iay]|dzień dobry)\b.{0,80}[,:!]\s*$/iu;
const HEADING_LINE = /^\s*(?:#{1,6}\s*|\*\*|__)?\s*([a-z][a-z' ]{2,40}?)\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$/i;

function headingPart(line: string, company: string | undefined): LetterPart | null {
  const match = HEADING_LINE.exec(line);
  if (!match?.[1]) return null;
  const title = match[1].trim().toLowerCase();
  if (/^(?:opening|introduction|intro)$/.test(title)) return 'opening';
  if (/^(?:about me|about myself|my background|background|experience)$/.test(title)) return 'aboutMe';
  if (/^(?:why me|why i fit|why i am a fit|why i'm a fit|what i bring|my qualifications|qualifications)$/.test(title)) return 'whyMe';
  if (/^why (?:this|the|your) company$/.test(title) || /^why (?:this|the) role$/.test(title)) return 'whyCompany';
  if (company && title === `why ${company.toLowerCase()}`) return 'whyCompany';
  return null;
}

function addresseeFromGreeting(name: string): string | null {
  if (/^whom it may concern$/i.test(name)) return null;
  return name.trim();
}

/** Lines of the reply without the model's chatter around the letter. */
function letterLines(text: string): { lines: string[]; addressee: string | null } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let addressee: string | null = null;

  // Everything from a sign-off on is the closing and the name (and maybe notes): not letter body.
  const signOff = lines.findIndex((line) => SIGN_OFF_LINE.test(line.trim()));
  const body = signOff === -1 ? lines : lines.slice(0, signOff);

  const firstText = body.findIndex((line) => line.trim() !== '');
  if (firstText !== -1 && PREAMBLE_LINE.test(body[firstText]!.trim())) body.splice(firstText, 1);

  const greetingIndex = body.findIndex((line) => line.trim() !== '');
  if (greetingIndex !== -1) {
    const greeting = GREETING_LINE.exec(body[greetingIndex]!.trim());
    // Only a salutation counts: "Dear X" or a short line ending in a comma, not "To build …".
    if (greeting?.[2] && (/^dear$/i.test(greeting[1]!) || greeting[3])) {
      addressee = addresseeFromGreeting(greeting[2]);
      body.splice(greetingIndex, 1);
    } else if (FOREIGN_GREETING_LINE.test(body[greetingIndex]!.trim())) {
      body.splice(greetingIndex, 1);
    }
  }
  return { lines: body, addressee };
}

const ADDRESSEE_BLOCK = new RegExp(`<${LETTER_TAGS.addressee}>([\\s\\S]*?)</${LETTER_TAGS.addressee}>`, 'i');

function paragraphsOf(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Where paragraphs go when nothing labels them: first is the opening, last the company, the middle split. */
function distributeParagraphs(paragraphs: string[]): Record<LetterPart, string[]> {
  const out: Record<LetterPart, string[]> = { opening: [], aboutMe: [], whyMe: [], whyCompany: [] };
  const n = paragraphs.length;
  if (n === 0) return out;
  if (n === 1) return { ...out, opening: paragraphs };
  if (n === 2) return { ...out, opening: [paragraphs[0]!], whyMe: [paragraphs[1]!] };
  if (n === 3) return { ...out, opening: [paragraphs[0]!], whyMe: [paragraphs[1]!], whyCompany: [paragraphs[2]!] };
  const middle = paragraphs.slice(1, -1);
  const aboutCount = Math.ceil(middle.length / 2);
  return {
    opening: [paragraphs[0]!],
    aboutMe: middle.slice(0, aboutCount),
    whyMe: middle.slice(aboutCount),
    whyCompany: [paragraphs[n - 1]!],
  };
}

/** Paragraphs under recognised headings; text before the first heading opens the letter. */
function paragraphsByHeading(lines: string[], company: string | undefined): Record<LetterPart, string[]> | null {
  const out: Record<LetterPart, string[]> = { opening: [], aboutMe: [], whyMe: [], whyCompany: [] };
  let current: LetterPart = 'opening';
  let buffer: string[] = [];
  let sawHeading = false;
  const flush = () => {
    out[current].push(...paragraphsOf(buffer));
    buffer = [];
  };
  for (const line of lines) {
    const part = line.trim() === '' ? null : headingPart(line, company);
    if (part) {
      flush();
      current = part;
      sawHeading = true;
    } else {
      buffer.push(line);
    }
  }
  flush();
  return sawHeading ? out : null;
}

/**
 * Makes a letter of a reply that ignored the tagged format, as local models often do.
 * No sentence of the letter body is dropped: surplus paragraphs join a neighbouring part.
 */
export function parseLooseLetter(text: string, company?: string): LetterContent {
  // A reply that kept only some tags may still name the addressee in its own block.
  const taggedAddressee = ADDRESSEE_BLOCK.exec(text)?.[1]?.trim();
  const withoutTags = text.replace(ADDRESSEE_BLOCK, '').replace(new RegExp(`</?(?:${Object.values(LETTER_TAGS).join('|')})>`, 'gi'), '\n\n');
  const { lines, addressee } = letterLines(withoutTags);
  const grouped = paragraphsByHeading(lines, company) ?? distributeParagraphs(paragraphsOf(lines));
  return {
    addressee: taggedAddressee || addressee || defaultAddressee(company),
    opening: grouped.opening.join('\n\n'),
    aboutMe: grouped.aboutMe.join('\n\n'),
    whyMe: grouped.whyMe.join('\n\n'),
    whyCompany: grouped.whyCompany.join('\n\n'),
  };
}

/** The letter from a finished reply: the tagged parts when the model kept the format, else the loose reading. */
export function readLetter(text: string, company?: string): LetterContent {
  const { parts } = parseTaggedLetter(text);
  const everyPartFilled = LETTER_PARTS.every((part) => (parts[part] ?? '') !== '');
  if (everyPartFilled) {
    return {
      addressee: parts.addressee || defaultAddressee(company),
      opening: parts.opening!,
      aboutMe: parts.aboutMe!,
      whyMe: parts.whyMe!,
      whyCompany: parts.whyCompany!,
    };
  }
  return parseLooseLetter(text, company);
}

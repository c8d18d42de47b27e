import { detectLanguage as detectTextLanguage, LETTER_LANGUAGES, type LetterLanguage } from '../../letters/language';
/**
 * Reading a letter the way the guard and the sources view need it: sentences that never run across
 * a paragraph end, the letter's language, and whether a sentence speaks about the candidate.
 */
import { LETTER_PARTS, type LetterContent } from '../../schema';

export type LetterField = keyof LetterContent;

export interface Sentence {
  field: LetterField;
  /** Index of the paragraph within the field. */
  paragraph: number;
  text: string;
}

/** The guard reads the letter languages the app writes. */
export const GUARD_LANGUAGES = LETTER_LANGUAGES;
export type GuardLanguage = LetterLanguage;

const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', ł: 'l', Ł: 'l', ß: 'ss', '’': "'", '‘': "'", '`': "'", '´': "'" };

/** Lower case without accents: "Škoda" and "Skoda", "Ørsted" and "orsted" compare equal. Hot: runs on every sentence. */
/**
 * A word list written as one '|'-separated string. Written as array literals, the guard's lists
 * would spend about 2 KB of quotes and commas in the service worker, which parses the guard on every wake.
 */
export function words(list: string): string[] {
  return list.split('|');
}

export function fold(text: string): string {
  // Most letters are mostly ASCII: skip the Unicode work when there is none.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]|[øØæÆłŁß’‘`´]/g, (c) => SPECIAL_LETTERS[c] ?? '')
    .toLowerCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Abbreviations after which a full stop does not end a sentence (lower case: the word before the stop is lowered to look it up). */
const ABBREVIATIONS = new Set(
  words('inc|ltd|co|corp|dr|mr|mrs|ms|prof|st|vs|etc|approx|no|nr|e.g|i.e|z.b|bzw|ca|u.a|d.h|s.a|n.v|b.v|k.k|p.ex|ex|sr|jr|mio|mrd|tel|str|dipl|ing|ph.d|m.sc|b.sc|sig|sra|mme|mlle|hr|fr|ggf|inkl|evt|bl.a|m.fl|mm|f.eks|esim|np|tzw|ul|pty'),
);

/** Splits a paragraph into sentences at . ! ? … followed by space, except after abbreviations and initials. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /([.!?…]+)["”’»)]*\s+/g;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const before = paragraph.slice(start, match.index + match[1]!.length);
    const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const next = paragraph.slice(end, end + 1);
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    // "bol.com. Next" splits; "3.5 years" never matches (no space after the dot); lower-case next word after "." rarely starts a sentence.
    if (match[1] === '.' && next && /\p{Ll}/u.test(next)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** Real sentences are short; text that never ends a sentence (a pasted list, garbage) is read in pieces so the check stays fast. */
const MAX_SENTENCE = 400;
function capped(text: string): string[] {
  if (text.length <= MAX_SENTENCE) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE);
    const at = cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*[-•*]\s)/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Every sentence of the letter, addressee line included, each inside one paragraph of one field. */
export function letterSentences(content: LetterContent): Sentence[] {
  const sentences: Sentence[] = [];
  for (const field of ['addressee', ...LETTER_PARTS] as LetterField[]) {
    paragraphsOf(content[field] ?? '').forEach((paragraph, index) => {
      // A single line break inside a paragraph is still a break: a closing line is not part of the sentence above.
      for (const line of paragraph.split('\n')) {
        for (const text of splitSentences(line.trim())) for (const piece of capped(text)) sentences.push({ field, paragraph: index, text: piece });
      }
    });
  }
  return sentences;
}

/** The language a text is most likely in (the one detector the app has); English when nothing stands out. */
export function detectLanguage(text: string): GuardLanguage {
  return detectTextLanguage(text)?.language ?? 'en';
}

/** A pattern matching any of the words, for text passed through `fold` (so `\b` works on ASCII). */
export function wordsPattern(words: string[], flags = ''): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${words.map((w) => escapeRegExp(fold(w))).join('|')})(?![a-z0-9])`, flags);
}

/** Words by which a sentence speaks about the writer (matched on folded text). */
const FIRST_PERSON: Record<GuardLanguage, RegExp> = {
  en: wordsPattern(words("i|i'm|i've|i'd|i'll|my|me|mine|myself")),
  de: wordsPattern(words('ich|mein|meine|meinen|meinem|meiner|meines|mir|mich')),
  fr: /(?<![a-z])(?:j'|m'|je|mon|ma|mes|moi)(?![a-z])/,
  es: wordsPattern(words('yo|mi|mis|me|conmigo|he|trabajé|lideré|dirigí|desarrollé|gestioné|logré|reduje|aumenté|cuento|tengo|dirijo|trabajo|soy|estoy|llevo|gestiono')),
  it: wordsPattern(words('io|mio|mia|miei|mie|ho|mi|sono|lavoro|progetto|coordino|uso')),
  nl: wordsPattern(words('ik|mijn|mij|me')),
  pt: wordsPattern(words('eu|meu|minha|meus|minhas|me|trabalhei|liderei|desenvolvi|reduzi|aumentei|tenho|sou|trabalho|giro|falo')),
  sv: wordsPattern(words('jag|min|mitt|mina|mig')),
  da: wordsPattern(words('jeg|min|mit|mine|mig')),
  no: wordsPattern(words('jeg|min|mitt|mine|meg')),
  fi: /(?<![a-z])(?:mina|minun|minulla|minut|minulle|olen|olin)(?![a-z])|[a-z]{3,}(?:in|nut|nyt|ni)(?![a-z])/,
  pl: wordsPattern(words('ja|mój|moja|moje|moim|mojej|mnie|mi|jestem|pracowałem|pracowałam|prowadziłem|prowadziłam|zbudowałem|zbudowałam|odpowiadałem|odpowiadałam|mam|posiadam|pracuję|zautomatyzowałem|zautomatyzowałam|skróciłem|skróciłam')),
};

/** Words by which a sentence speaks to the employer (matched on folded text). */
const SECOND_PERSON: Record<GuardLanguage, RegExp> = {
  en: wordsPattern(words('you|your|yours')),
  de: wordsPattern(words('sie|ihr|ihre|ihren|ihrem|ihrer|ihres|euch|euer|eure')),
  fr: wordsPattern(words('vous|votre|vos')),
  es: wordsPattern(words('usted|ustedes|su|sus|vuestro|vuestra')),
  it: wordsPattern(words('voi|vostro|vostra|vostri|lei|suo|sua')),
  nl: wordsPattern(words('u|uw|jullie|je|jouw')),
  pt: wordsPattern(words('você|vocês|vosso|vossa|sua|seu')),
  sv: wordsPattern(words('ni|er|ert|era|du|din|ditt')),
  da: wordsPattern(words('jer|jeres|du|din|dit|i søger|i har|i kan|i arbejder')),
  no: wordsPattern(words('dere|deres|du|din|ditt')),
  fi: wordsPattern(words('te|teidän|teillä|sinun|teille|teitä')),
  pl: wordsPattern(words('państwo|państwa|państwu|wasz|wasza|wasze|pan|pani')),
};

export function speaksAboutCandidate(sentence: string, language: GuardLanguage): boolean {
  const folded = fold(sentence);
  return FIRST_PERSON[language].test(folded) || (language !== 'en' && /\bI\b/.test(sentence));
}

export function speaksToEmployer(sentence: string, language: GuardLanguage): boolean {
  return SECOND_PERSON[language].test(fold(sentence));
}

/** Numbers as a letter states them: digits, money, percentages, multipliers, number words in the guard's languages. */
import { fold, type GuardLanguage, words } from './text';

export interface NumberMention {
  /** The words as written, for the finding's quote. */
  raw: string;
  value: number;
  index: number;
  /** A four-digit calendar year (1950–2099) with nothing attached. */
  year: boolean;
}

/** Scale words by their start, in every language: "Mio.", "milionów", "miljoner", "milliards" (order matters: "milliard" before "mil…"). */
const SCALE: Array<[RegExp, number]> = [
  [/^(?:milliard|miljard|mrd|mld|bn|b$|billion)/i, 1e9],
  [/^(?:m|mm|mn|mio|mil|mln)/i, 1e6],
  [/^(?:k|tsd|tausend|thousand|tys|tusen|tuhat)/i, 1e3],
];
const SCALE_EXACT_THOUSAND = /^(?:mil|tusen|tuhatta|k|tsd\.?|tys\.?)$/i;

function scaleOf(unit: string | undefined): number {
  if (!unit) return 1;
  if (SCALE_EXACT_THOUSAND.test(unit)) return 1e3;
  return SCALE.find(([pattern]) => pattern.test(unit))?.[1] ?? 1;
}

/** Reads "1,200", "1.200", "1 200", "2.5", "2,5" as a person would: three digits after a separator are thousands. */
function parseDigits(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const groups = compact.split(/[.,]/);
  if (groups.length === 1) return Number(compact);
  const last = groups[groups.length - 1]!;
  if (groups.length === 2 && last.length !== 3) return Number(`${groups[0]}.${last}`);
  if (groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  return Number(`${groups.slice(0, -1).join('')}.${last}`);
}

const UNIT_WORDS =
  'k|K|m|M|mm|MM|bn|Bn|mn|Mio\\.?|Mrd\\.?|Tsd\\.?|mln|mld|tys\\.?|[Tt]housand|[Tt]ausend|[Tt]usen|tuhatta|mil|[Mm]illi(?:on|ard)\\p{L}*|[Mm]illón|[Mm]illones|[Mm]ilion\\p{L}*|[Mm]iljo\\p{L}*|[Mm]iljard\\p{L}*|[Mm]ilh\\p{L}+|[Bb]illion\\p{L}*';
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\d.,/#@_-])([$€£¥]|(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN)\s?)?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)(?:\s?(${UNIT_WORDS})(?![\p{L}]))?(\s?(?:%|x|×|percent|per cent|prozent|pour cent|por ciento|per cento|procent|por cento|prosenttia))?(?![\p{L}\d])`,
  'gu',
);

/** Number words from two up; "one" and its kin are left out: they are articles and pronouns too often. */
const NUMBER_WORDS: Record<GuardLanguage, Record<string, number>> = {
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12 },
  de: { zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, funfzehn: 15, zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, hundert: 100, dutzend: 12 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, douzaine: 12 },
  es: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, docena: 12 },
  it: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100, dozzina: 12 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100 },
  pt: { dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, cem: 100 },
  sv: { tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, femton: 15, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, hundra: 100 },
  da: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, femten: 15, tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, hundrede: 100 },
  no: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, atte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, femten: 15, tjue: 20, tretti: 30, forti: 40, femti: 50, hundre: 100 },
  fi: { kaksi: 2, kolme: 3, nelja: 4, viisi: 5, kuusi: 6, seitseman: 7, kahdeksan: 8, yhdeksan: 9, kymmenen: 10, kaksitoista: 12, viisitoista: 15, kaksikymmenta: 20, sata: 100, kahden: 2, kolmen: 3, neljan: 4, viiden: 5, kuuden: 6, kymmenen_: 10 },
  pl: { dwa: 2, dwie: 2, dwoch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, piec: 5, pieciu: 5, szesc: 6, szesciu: 6, siedem: 7, siedmiu: 7, osiem: 8, osmiu: 8, dziewiec: 9, dziewieciu: 9, dziesiec: 10, dziesieciu: 10, dwanascie: 12, pietnascie: 15, dwadziescia: 20, sto: 100 },
};

/** The value of a number word of any of the guard's languages ("sieben" → 7), for words read outside findNumbers. */
export function numberWordValue(word: string): number | undefined {
  for (const values of Object.values(NUMBER_WORDS)) if (Object.hasOwn(values, word)) return values[word];
  return undefined;
}

/** Nouns a number word counts in a figure of speech ("two things stand out"), not in a claim. */
const FIGURE_OF_SPEECH = new Set(
  words('things|reasons|ways|aspects|points|areas|words|questions|sides|dinge|grunde|punkte|choses|raisons|cosas|razones|cose|motivi|dingen|redenen|coisas|razoes|saker|skal|ting|asiaa|syyta|rzeczy|powody').map(fold),
);

const NUMBER_WORD_PATTERNS = new Map<GuardLanguage, RegExp>();
function numberWordPattern(language: GuardLanguage): RegExp {
  let pattern = NUMBER_WORD_PATTERNS.get(language);
  if (!pattern) {
    const words = Object.keys(NUMBER_WORDS[language]).filter((w) => !w.endsWith('_'));
    pattern = new RegExp(`(?<![a-z])(${words.join('|')})(?![a-z])(\\+)?\\s+([a-z]+)`, 'g');
    NUMBER_WORD_PATTERNS.set(language, pattern);
  }
  return pattern;
}

/**
 * Every number in the text. Numbers glued to letters (S3, ES6, B2B) are names, not figures;
 * number words count only when they count something ("seven engineers").
 */
export function findNumbers(text: string, language: GuardLanguage): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const digits = match[2]!;
    const value = parseDigits(digits) * scaleOf(match[3]?.trim());
    if (!Number.isFinite(value)) continue;
    const year = /^(?:19[5-9]\d|20\d\d)$/.test(digits) && !match[1] && !match[3] && !match[4];
    found.push({ raw: match[0].trim(), value, index: match.index, year });
  }
  // Folding keeps positions for the letters these words use (accents drop to one character each).
  const folded = fold(text);
  if (folded.length === text.length) {
    for (const match of folded.matchAll(numberWordPattern(language))) {
      if (FIGURE_OF_SPEECH.has(match[3]!)) continue;
      const value = NUMBER_WORDS[language][match[1]!];
      if (value === undefined) continue;
      found.push({ raw: text.slice(match.index, match.index + match[1]!.length), value, index: match.index, year: false });
    }
  }
  return found;
}

/** Same figure: equal values, allowing for rounding the way people write "1.2M" for 1,234,000. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return larger >= 1000 && Math.abs(a - b) / larger < 0.05;
}

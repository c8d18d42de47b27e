/**
 * The language a posting is written in, as a BCP 47 tag, so the letter can be written in it.
 * The text decides when it is clear: many sites keep an English interface around a German ad, or
 * a Danish `lang` around an English one. The page's own declaration (`lang`, JSON-LD
 * `inLanguage`, Content-Language) breaks ties and adds the region ("pt-BR").
 */

const SAMPLE_CHARS = 2500;

/** Scripts used by one language (or where one language is the only likely reader). */
const SCRIPT_LANGUAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Telugu}/gu, 'te'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

/**
 * Frequent short words of languages written in Latin script; a text's language is the one whose
 * words it uses most. Words shared by several languages are left out.
 */
const LATIN_STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'you', 'with', 'our', 'for', 'are', 'will', 'your', 'we', 'of', 'to', 'in', 'is', 'this', 'have', 'that', 'be', 'on', 'as'],
  de: ['und', 'der', 'die', 'das', 'mit', 'für', 'wir', 'sie', 'ist', 'ein', 'eine', 'von', 'zu', 'auf', 'bei', 'du', 'dich', 'dein', 'deine', 'ihre', 'nicht', 'auch', 'im'],
  fr: ['et', 'les', 'des', 'une', 'pour', 'vous', 'nous', 'dans', 'avec', 'est', 'sur', 'le', 'la', 'du', 'au', 'aux', 'votre', 'vos', 'être', 'qui'],
  es: ['y', 'los', 'las', 'con', 'para', 'del', 'una', 'por', 'el', 'que', 'en', 'es', 'tu', 'su', 'sus', 'se', 'al', 'como', 'buscamos', 'nuestro'],
  pt: ['e', 'os', 'as', 'com', 'para', 'uma', 'do', 'da', 'dos', 'das', 'em', 'não', 'você', 'seu', 'sua', 'na', 'no', 'ao', 'são', 'nosso'],
  it: ['e', 'il', 'della', 'di', 'per', 'con', 'che', 'una', 'gli', 'le', 'del', 'nel', 'sono', 'alla', 'dei', 'delle', 'tuo', 'nostro', 'lavoro', 'siamo'],
  nl: ['en', 'de', 'het', 'een', 'van', 'voor', 'met', 'je', 'jij', 'wij', 'we', 'ons', 'onze', 'bij', 'zijn', 'niet', 'ook', 'naar', 'wat', 'jouw'],
  pl: ['i', 'w', 'na', 'z', 'do', 'się', 'oraz', 'jest', 'dla', 'nie', 'od', 'po', 'jak', 'przez', 'twoje', 'pracy', 'będzie', 'lub', 'że', 'oferujemy'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'en', 'da', 'de', 'iş', 'deneyim', 'sahip', 'gibi', 'çok', 'daha', 'ilgili', 'bilgi', 'tercihen', 'aranan'],
  sv: ['och', 'att', 'det', 'som', 'för', 'med', 'är', 'vi', 'du', 'på', 'av', 'har', 'en', 'till', 'om', 'vår', 'dig', 'din', 'kommer', 'inom'],
  da: ['og', 'at', 'det', 'som', 'for', 'med', 'er', 'vi', 'du', 'på', 'af', 'har', 'en', 'til', 'om', 'vores', 'dig', 'din', 'kan', 'hos'],
  nb: ['og', 'å', 'det', 'som', 'for', 'med', 'er', 'vi', 'du', 'på', 'av', 'har', 'en', 'til', 'om', 'vår', 'deg', 'din', 'kan', 'hos', 'ikke'],
  fi: ['ja', 'on', 'että', 'sinä', 'me', 'olet', 'meillä', 'kanssa', 'tai', 'myös', 'ovat', 'sekä', 'työ', 'voit', 'haemme', 'tehtävä'],
  cs: ['a', 'v', 've', 'na', 'se', 'je', 's', 'pro', 'do', 'jsou', 'nebo', 'které', 'práce', 'bude', 'naše', 'také', 'jako', 'při'],
  ro: ['și', 'de', 'în', 'la', 'cu', 'pentru', 'este', 'sau', 'un', 'o', 'din', 'care', 'vei', 'noastre', 'echipa', 'experiență'],
  hu: ['és', 'a', 'az', 'hogy', 'egy', 'nem', 'van', 'vagy', 'is', 'meg', 'mint', 'feladatok', 'elvárások', 'amit', 'kínálunk'],
  id: ['dan', 'yang', 'di', 'untuk', 'dengan', 'ini', 'dari', 'dalam', 'kami', 'anda', 'akan', 'atau', 'pada', 'memiliki', 'pengalaman'],
  vi: ['và', 'của', 'có', 'các', 'được', 'trong', 'cho', 'với', 'là', 'những', 'làm', 'việc', 'không', 'một', 'kinh', 'nghiệm'],
};

const STOPWORD_SETS = Object.entries(LATIN_STOPWORDS).map(([language, words]) => [language, new Set(words)] as const);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function latinLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return '';
  let best = '';
  let bestScore = 0;
  let second = 0;
  for (const [language, set] of STOPWORD_SETS) {
    let score = 0;
    for (const word of words) if (set.has(word)) score++;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = language;
    } else if (score > second) second = score;
  }
  // Unclear (mixed text, lists of technologies): leave it to the page's declaration.
  if (bestScore < Math.max(4, words.length * 0.08) || bestScore < second * 1.25) return '';
  return best;
}

/** The language of `text` by script, then by frequent words; '' when unclear. */
export function detectTextLanguage(raw: string): string {
  const text = raw.slice(0, SAMPLE_CHARS);
  const letters = count(text, /\p{L}/gu);
  // A few ideographs already say which script; Latin text needs enough words to count.
  if (letters < 4) return '';
  const han = count(text, /\p{Script=Han}/gu);
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  if ((han + kana) / letters > 0.3) return kana > (han + kana) * 0.1 ? 'ja' : 'zh';
  const arabic = count(text, /\p{Script=Arabic}/gu);
  if (arabic / letters > 0.3) {
    // Letters Persian (and Urdu) add to the Arabic alphabet.
    return count(text, /[پچژگ]/gu) > arabic * 0.01 ? 'fa' : 'ar';
  }
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  if (cyrillic / letters > 0.3) {
    const lower = text.toLowerCase();
    // Both write "і"; only Belarusian writes "ў", only Ukrainian "ї", "є" and "ґ".
    if (count(lower, /ў/gu) > count(lower, /[їєґ]/gu)) return 'be';
    if (count(lower, /[іїєґ]/gu) > cyrillic * 0.01) return 'uk';
    if (count(lower, /[ъ]/gu) > cyrillic * 0.02 && count(lower, /[ыэё]/gu) === 0) return 'bg';
    if (count(lower, /[ђћџљњ]/gu) > 0) return 'sr';
    return 'ru';
  }
  for (const [pattern, language] of SCRIPT_LANGUAGES) {
    if (count(text, pattern) / letters > 0.3) return language;
  }
  return latinLanguage(text);
}

/** "en_US" → "en-US", "EN" → "en"; '' for anything that is not a language tag. */
export function normaliseLanguageTag(raw: string | null | undefined): string {
  const tag = (raw ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return '';
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-').slice(0, 35);
}

/** What the page says its language is: JSON-LD `inLanguage` first, then `<html lang>`, then meta. */
export function declaredLanguage(document: Document, jsonLdLanguage: string): string {
  const candidates = [
    jsonLdLanguage,
    document.documentElement?.getAttribute('lang'),
    document.documentElement?.getAttribute('xml:lang'),
    // In <head> only: a miss would otherwise scan the whole of a 2 MB page.
    document.head?.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    document.head?.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const tag = normaliseLanguageTag(candidate);
    if (tag !== '') return tag;
  }
  return '';
}

function primary(tag: string): string {
  return tag.split('-')[0] ?? '';
}

// Norwegian Bokmål is declared as "no" or "nb"; Danish and Norwegian share most short words.
const SAME_LANGUAGE: Record<string, string> = { no: 'nb', nn: 'nb' };

/** The posting's language: the text's when it is clear, the page's declaration otherwise. */
export function postingLanguage(document: Document, jsonLdLanguage: string, postingText: string): string {
  const declared = declaredLanguage(document, jsonLdLanguage);
  const detected = detectTextLanguage(postingText);
  if (detected === '') return declared;
  const declaredPrimary = SAME_LANGUAGE[primary(declared)] ?? primary(declared);
  if (declaredPrimary === detected) return declared;
  // Danish and Norwegian are too close to tell by frequent words; trust the page.
  if ((detected === 'da' || detected === 'nb') && (declaredPrimary === 'da' || declaredPrimary === 'nb')) return declared;
  return detected;
}

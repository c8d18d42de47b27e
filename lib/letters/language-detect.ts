/**
 * How to recognise a posting's language from a tag the page gave ("de-DE", "German") or from its
 * text, and which language a job's letter is written in. The word lists are most of this module's
 * size: the panel loads it on demand (lib/ui/lazy.ts), the background imports it through language.ts.
 */
import { isLetterLanguage, LETTER_LANGUAGES, type LetterLanguage } from './language-names';

/** Names a page may use instead of a code (JSON-LD `inLanguage` is free text on some boards). */
const NAME_ALIASES: Record<string, LetterLanguage> = {
  english: 'en', englisch: 'en', anglais: 'en', engelsk: 'en', engels: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', tysk: 'de', duits: 'de', alemán: 'de', tedesco: 'de', niemiecki: 'de', saksa: 'de',
  french: 'fr', français: 'fr', francais: 'fr', französisch: 'fr', fransk: 'fr', frans: 'fr',
  spanish: 'es', español: 'es', espanol: 'es', castellano: 'es', spanisch: 'es',
  italian: 'it', italiano: 'it', italienisch: 'it',
  dutch: 'nl', nederlands: 'nl', niederländisch: 'nl', flemish: 'nl', vlaams: 'nl',
  portuguese: 'pt', português: 'pt', portugues: 'pt', portugiesisch: 'pt',
  swedish: 'sv', svenska: 'sv', schwedisch: 'sv',
  danish: 'da', dansk: 'da', dänisch: 'da',
  norwegian: 'no', norsk: 'no', bokmål: 'no', bokmal: 'no', nynorsk: 'no', norwegisch: 'no',
  finnish: 'fi', suomi: 'fi', finnisch: 'fi',
  polish: 'pl', polski: 'pl', polnisch: 'pl',
};

/** ISO 639 codes (two- and three-letter) that are not simply our code. */
const CODE_ALIASES: Record<string, LetterLanguage> = {
  nb: 'no', nn: 'no', nob: 'no', nno: 'no', nor: 'no',
  eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', nld: 'nl', dut: 'nl',
  por: 'pt', swe: 'sv', dan: 'da', fin: 'fi', pol: 'pl',
};

/** A language tag or name as pages write it ("de-DE", "pt_BR", "nb", "German") → our language, or null. */
export function normalizeLanguage(tag: string | null | undefined): LetterLanguage | null {
  const cleaned = (tag ?? '').trim().toLowerCase();
  if (!cleaned) return null;
  const named = NAME_ALIASES[cleaned];
  if (named) return named;
  const primary = cleaned.split(/[-_\s]/)[0]!;
  if (isLetterLanguage(primary)) return primary;
  return CODE_ALIASES[primary] ?? NAME_ALIASES[primary] ?? null;
}

/**
 * Frequent words of postings in each language: function words plus the vocabulary every job ad
 * uses ("experience", "team", "we offer"). A word shared by several languages counts for each,
 * divided among them, so the words only one language has decide between neighbours such as
 * Danish and Norwegian or Spanish and Portuguese. Plain strings joined with `+` (one string once
 * minified): a template literal would ship every line break and indent to the service worker.
 */
const STOPWORDS: Record<LetterLanguage, string> = {
  en: 'the and of to in a is for with you we our your on are will be as an at by this that or from have has it not who what ' +
    'experience work team role skills about us join looking ability strong would can their they which more years including working ' +
    'responsibilities requirements knowledge preferred required benefits apply opportunity should must',
  de: 'der die das und zu den von mit ist für auf nicht ein eine einen einem einer dem des sich auch als bei wir sie du ihr ihre ' +
    'unser unsere unseren unserem oder sowie im werden wird sind haben aus über nach durch um kenntnisse erfahrung aufgaben ' +
    'bieten suchen arbeiten unternehmen bewerbung stelle mitarbeiter deine dein dich dir ihnen ihren zur zum bereich gute sehr ' +
    'idealerweise wünschenswert abgeschlossenes studium ausbildung freuen uns',
  fr: 'le la les de des du et en un une à au aux avec pour par sur dans que qui est sont ne pas vous nous notre nos votre vos ' +
    'ce cette ces il elle être avoir plus mais ou comme aussi entreprise expérience poste équipe travail recherchons rejoindre ' +
    'profil missions connaissances sera leur leurs vos êtes serez maîtrise compétences au sein afin',
  es: 'el la los las de del y en con por para un una unos que es no se su sus al lo como más pero o nuestro nuestra nuestros ' +
    'este esta ser ha han empresa experiencia trabajo también buscamos ofrecemos equipo conocimientos puesto años muy sobre ' +
    'desde entre cuando donde todo valorará requisitos funciones formación incorporación',
  it: 'il lo la i gli le di da in con su per tra fra un una uno e che è non del della dei delle nel nella al alla sono siamo ' +
    'cerchiamo esperienza lavoro anche come più ma o nostro nostra nostri questo questa essere ha hanno azienda conoscenza ' +
    'offriamo ruolo candidato sarà degli alle ai requisiti completano profilo inserimento',
  nl: 'de het een en van in op te met voor is zijn niet dat die er aan om als ook bij naar uit door over je jij jouw wij we ons ' +
    'onze u uw of maar wordt worden heeft hebben kunnen kennis ervaring werken functie bedrijf bieden zoeken wat wie hoe waar ' +
    'nieuwe goede vacature sollicitatie werkzaamheden jaar minimaal',
  pt: 'o a os as de do da dos das e em no na nos nas com por para um uma que é não se seu sua ao à como mais mas ou nosso nossa ' +
    'este esta ser tem têm empresa experiência trabalho também procuramos oferecemos equipe equipa conhecimento conhecimentos ' +
    'vaga anos muito sobre desde entre quando onde você são pelo pela requisitos atividades',
  sv: 'och att är det en ett till som på med för av inte jag vi du har de den kan vill ska från eller också vara hos efter oss ' +
    'vår våra om när var vad bara både mycket många mer några vid din dina sig arbete erfarenhet tjänst tjänsten ansökan företag ' +
    'gärna söker bli blir nya hur dig ni samt inom kommer meriterande arbetar',
  da: 'og at er det en et til som på med for af ikke jeg vi du har de den kan vil skal fra eller også være hos efter os vores ' +
    'hvis når hvor hvad kun både meget mange mere nogle ved din dine sig arbejde erfaring stilling stillingen ansøgning ' +
    'virksomhed gerne søger blive bliver nye hvordan dig jer jeres udvikling gennem mellem tilbyder hjælpe mig uddannelse',
  no: 'og at er det en et til som på med for av ikke jeg vi du har de den kan vil skal fra eller også være hos etter oss vår våre ' +
    'hvis når hvor hva bare både mye mange mer noen ved din dine seg arbeid erfaring stilling stillingen søknad virksomhet ' +
    'gjerne søker bli blir nye hvordan deg dere deres utvikling gjennom mellom tilbyr hjelpe meg utdanning jobbe',
  fi: 'ja on ei että se joka jotka kanssa myös tai ovat olla sekä mutta kuin tämä hän me sinä meidän meillä sinulla työ työssä ' +
    'kokemusta haemme tehtävä tehtävään osaamista hyvä hyvät voit olet tiimi tiimissä yrityksen tarjoamme esim noin jos kun ' +
    'vuotta kautta hakemus hakea sinua arvostamme',
  pl: 'i w z na do się jest nie że to od o po dla oraz lub jak przez które który która są być jako także również naszego nasz ' +
    'nasza naszym pracy praca doświadczenie znajomość oferujemy wymagania obowiązki firmy zespole zespołu ze czy tym tego jej ' +
    'jego mile widziane umiejętność',
};

/** Letters that only some of the languages use; a hint for short texts. */
const LETTER_HINTS: [RegExp, LetterLanguage[]][] = [
  [/ß/g, ['de']],
  [/[ąęłńśźż]/g, ['pl']],
  [/ñ/g, ['es']],
  [/[ãõ]/g, ['pt']],
  [/[æø]/g, ['da', 'no']],
  [/å/g, ['sv', 'da', 'no']],
  [/[äö]/g, ['de', 'sv', 'fi']],
  [/ü/g, ['de']],
  [/[èàù]/g, ['fr', 'it']],
  [/[êâîôûœç]/g, ['fr', 'pt']],
];

/**
 * Word shapes one language has and its neighbours lack: Finnish case endings and vowel pairs,
 * Danish "-hed"/"ud-" against Norwegian "-het"/"ut-". Each matching word adds half a stopword.
 */
const WORD_SHAPES: [RegExp, LetterLanguage][] = [
  [/\p{L}{2,}(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|aan|ään|mme|nen|ksi|eja|iä)$/u, 'fi'],
  [/ää|yy|öö/, 'fi'],
  [/\p{L}{3,}(?:hed|heder|else|elser)$/u, 'da'],
  [/^ud\p{L}{3,}/u, 'da'],
  [/\p{L}{3,}(?:het|heter)$/u, 'no'],
  [/^ut\p{L}{3,}/u, 'no'],
  // "Application": Danish "ansøgning…", Norwegian "søknad…".
  [/^ansøg/u, 'da'],
  [/^søknad/u, 'no'],
  [/\p{L}{3,}(?:ção|ções)$/u, 'pt'],
  [/\p{L}{3,}(?:ción|ciones)$/u, 'es'],
  [/\p{L}{3,}(?:zione|zioni)$/u, 'it'],
  [/\p{L}{3,}(?:ung|ungen|keit|schaft)$/u, 'de'],
];

/**
 * word → [language, weight] pairs, the weight shared among the languages that use the word. Built
 * on the first detection, not when the module loads: importing the module costs nothing until used.
 */
let wordWeights: Map<string, [LetterLanguage, number][]> | undefined;
function weightsOf(): Map<string, [LetterLanguage, number][]> {
  if (wordWeights) return wordWeights;
  const owners = new Map<string, LetterLanguage[]>();
  for (const language of LETTER_LANGUAGES) {
    for (const word of new Set(STOPWORDS[language].split(/\s+/).filter(Boolean))) {
      owners.set(word, [...(owners.get(word) ?? []), language]);
    }
  }
  wordWeights = new Map([...owners].map(([word, langs]) => [word, langs.map((l) => [l, 1 / langs.length] as [LetterLanguage, number])]));
  return wordWeights;
}

export interface DetectedLanguage {
  language: LetterLanguage;
  /** True when the text was long enough and one language clearly ahead. */
  confident: boolean;
}

/** Enough to tell a posting's language; the rest of a long posting only costs time. */
const MAX_WORDS = 1500;

/** The language of a posting's text, or null when nothing in it is recognisable. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const scores = Object.fromEntries(LETTER_LANGUAGES.map((l) => [l, 0])) as Record<LetterLanguage, number>;
  let hits = 0;
  const weights = weightsOf();
  for (const word of words) {
    const owners = weights.get(word);
    if (!owners) continue;
    hits++;
    for (const [language, weight] of owners) scores[language] += weight;
  }
  for (const word of words) {
    if (word.length < 4) continue;
    for (const [shape, language] of WORD_SHAPES) if (shape.test(word)) scores[language] += 0.5;
  }
  const sample = words.join(' ');
  for (const [pattern, languages] of LETTER_HINTS) {
    const count = Math.min(5, sample.match(pattern)?.length ?? 0);
    for (const language of languages) scores[language] += (count * 0.5) / languages.length;
  }
  const ranked = LETTER_LANGUAGES.map((l) => [l, scores[l]] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return null;
  const margin = best[1] - (second?.[1] ?? 0);
  return { language: best[0], confident: hits >= 8 && margin >= Math.max(2, best[1] * 0.25) };
}

/**
 * The language a job's letter is written in: the one the user chose; else the posting's. The
 * language the page reported is used unless the text itself clearly says otherwise (a board's
 * interface language is often not the posting's); without either, the text decides, then English.
 */
export function resolveLetterLanguage(input: {
  job: { description: string; language?: string };
  config: { letterLanguage?: string };
}): LetterLanguage {
  const chosen = input.config.letterLanguage ?? 'auto';
  if (chosen !== 'auto' && isLetterLanguage(chosen)) return chosen;
  const reported = normalizeLanguage(input.job.language);
  const detected = detectLanguage(input.job.description);
  if (reported && !(detected?.confident && detected.language !== reported)) return reported;
  return detected?.language ?? 'en';
}

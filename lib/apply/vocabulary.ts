/**
 * The words application forms use, in the languages we support. Everything is matched on
 * normalised text (see `normalise`): lower case, accents and separators gone, camelCase split,
 * so "Lettre de présentation", "coverLetterText" and "job_application[cover_letter]" all match.
 */
import { normalise } from './normalise';

export { normalise };

/** A term matches at the start of a word and may run on ("anschreiben" in "anschreibens"). */
const words = (terms: string[]) => new RegExp(`(?:^| )(?:${terms.join('|')})`);

/** Names of the cover letter itself, in every supported language. */
const COVER_LETTER = words([
  // English
  'cover ?letter|covering letter|cover note|motivation(?:al)? letter|letter of (?:motivation|application|interest)|application letter',
  // German
  'anschreiben|bewerbungsanschreiben|motivationsschreiben|bewerbungsschreiben|begleitschreiben|motivationsbrief|bewerbungsbrief',
  // French
  'lettre de (?:motivation|presentation|candidature)|lettre d accompagnement|lettre motivation',
  // Spanish, Portuguese
  'carta de (?:presentacion|motivacion|apresentacao|motivacao)|carta motivacional',
  // Italian
  'lettera (?:di )?(?:presentazione|motivazionale|motivazione|accompagnamento)',
  // Dutch
  'motivatie ?brief|sollicitatiebrief|begeleidende brief',
  // Swedish
  'personligt brev|foljebrev|ansokningsbrev|motivationsbrev',
  // Danish
  'motiveret ansogning|ansogningsbrev|folgebrev',
  // Norwegian
  'soknadsbrev|soknadstekst|motivasjonsbrev',
  // Polish (declined forms too)
  'list(?:u|em)? motywacyjn|list(?:u|em)? przewodni',
  // Short names in ids and names: "cl_text", "coverletter"
  'coverletter',
  // Beyond the ten: Portuguese above, Finnish, Czech/Slovak, Romanian, Hungarian, Estonian, Turkish
  'saatekirje|hakemuskirje|motivacni dopis|motivacny list|scrisoare de intentie|motivacios level|motivatsioonikiri|on yazi',
]);

/**
 * The Danish "ansøgning" and Norwegian "søknad" name the whole application as well as the
 * letter: they count, but for less than an unambiguous name.
 */
const APPLICATION_TEXT = words([
  'ansogning(?!sformular| sformular)|soknad(?!sskjema| sskjema)',
  // UK and academic forms ask for the letter under these names.
  'personal statement|supporting statement|statement of interest',
]);

/** Documents that are never the cover letter: the résumé above all. */
const OTHER_DOCUMENT = new RegExp(
  '(?:^| )(?:' +
    [
      'resumes?|cv|cvs|curriculum|lebenslauf|lebenslaufs|zyciorys|meritforteckning|curriculo|hoja de vida',
      'portfolio|transcripts?|photos?|foto|bewerbungsfoto|zeugniss?e?|certificat|certificates?|diplom|diploma',
      'passport|references|referenzen|work samples?|arbeitsprobe',
    ].join('|') +
    ')(?: |$)',
);

/** A question asked on the form: it wants its own answer, not the letter. */
const QUESTION = new RegExp(
  '\\?|(?:^| )(?:' +
    [
      'why (?:do|are|would|did|should)|why us|what (?:makes|excites|interests|motivates|do you)|tell us|describe|how (?:did|do|would)',
      'warum|wieso|weshalb|was reizt|pourquoi|por que|porque|perche|waarom|varfor|hvorfor|dlaczego',
    ].join('|') +
    ')',
);

/**
 * Fields that take a letter when a form has no cover-letter field of its own. Used only on
 * application forms (they ask for a résumé), never on contact or newsletter forms.
 */
const LETTER_LIKE = words([
  'additional information|additional info|anything else|message to the hiring|message to hiring|note to the hiring',
  'motivation|your motivation|introduction|introduce yourself',
  'zusatzliche informationen|weitere informationen|nachricht an|ihre nachricht',
  'informations complementaires|message au recruteur|informacion adicional|mensaje|informazioni aggiuntive',
  'aanvullende informatie|ovrig information|ovrigt|yderligere information|tilleggsinformasjon|dodatkowe informacje',
  'motivatie|motivasjon',
]);

export type TermKind = 'cover' | 'application-text' | 'document' | 'mixed' | 'question' | 'letter-like' | 'none';

/** What a piece of text (a label, a name, nearby text) says a field is. */
export function classify(text: string): TermKind {
  const n = normalise(text);
  if (n === '') return 'none';
  // "CV and cover letter (one file)" is the résumé upload: putting only the letter there loses the CV.
  if (COVER_LETTER.test(n)) return OTHER_DOCUMENT.test(n) ? 'mixed' : 'cover';
  if (OTHER_DOCUMENT.test(n)) return 'document';
  if (APPLICATION_TEXT.test(n) && !QUESTION.test(n)) return 'application-text';
  if (QUESTION.test(n)) return 'question';
  if (LETTER_LIKE.test(n)) return 'letter-like';
  return 'none';
}

/** Does the text name a résumé (how we tell an application form from a contact form)? */
export function namesResume(text: string): boolean {
  return /(?:^| )(?:resumes?|cv|cvs|curriculum|lebenslauf|zyciorys|meritforteckning|curriculo)(?: |$)/.test(normalise(text));
}

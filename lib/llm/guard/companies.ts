/**
 * Organisations a sentence names, and in what role: the company applied to (or praised, or
 * addressed), or a place the candidate worked, studied, interned or had as a client.
 * Everything is read one sentence at a time, so nothing matches across sentence or paragraph ends.
 */
import { containsName, namesCompany, type Evidence } from './evidence';
import { escapeRegExp, fold, words } from './text';

export type OrgRole = 'target' | 'employer';

export interface OrgMention {
  name: string;
  role: OrgRole;
}

const TOKEN = String.raw`(?:[\p{Lu}\d][\p{L}\d&'’+-]*(?:\.[\p{L}\d]+)*|\p{Ll}{1,3}\p{Lu}[\p{L}\d]*|[\p{Ll}\d-]+\.(?:com|io|de|nl|fr|es|it|se|dk|no|fi|pl|pt|co|ai|net|org|eu|app|dev|uk))`;
const LINK = String.raw`(?:\s+(?:&|and|und|of|&amp;)\s+|\s+|-)`;
/** A name: capitalised words (Unicode: Škoda, Ørsted), camel case (eBay), or a lower-case domain brand (bol.com). */
const NAME = new RegExp(`${TOKEN}(?:${LINK}${TOKEN}){0,4}`, 'gu');

/** Capitalised words that are never an organisation after the anchors below. */
const NOT_NAMES = new Set(
  words("i|i'm|i've|i'd|i'll|we're|we've|you're|it's|let's|a|an|the|this|that|these|those|my|our|your|their|his|her|its|we|you|they|it|what|which|when|where|while|why|how|as|at|in|on|for|with|and|but|or|so|if|to|from|by|dear|hello|hi|hiring|manager|team|recruiting|recruiter|sir|madam|mr|ms|mrs|dr|prof|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|english|german|french|spanish|italian|dutch|portuguese|swedish|danish|norwegian|finnish|polish|ich|sie|ihr|ihre|ihrem|ihren|ihrer|ihnen|je|vous|votre|yo|su|io|ik|u|uw|eu|jag|ni|jeg|dere|minä|te|ja|państwa|herr|frau|damen|herren|madame|monsieur|señor|señora|signor|signora|heer|mevrouw|senhor|senhora|pan|pani|teams|abteilung|équipe|equipo|squadra|afdeling|teamet|recruitment|talent|acquisition|hr|people|careers|selection|personnel|human|resources|rekrytering|rekruttering|recrutement|recrutamento|reclutamiento|selección|selezione|werving|rekrytointi|rekrytointitiimi|rekrutacja|rekrutacji|personalabteilung|personal|bewerbungsteam|na|no|nos|nas|em|o|os|um|uma|im|am|beim|der|die|das|den|dem|dans|le|la|les|du|des|au|aux|el|los|las|del|il|lo|gli|nel|nella|presso|het|een|op|bij|ett|på|hos|vid|hjå|w|z|dla|als|come|como|comme|som|jako|sehr|geehrte|geehrtes|geehrter|liebe|lieber|gentile|gentili|egregio|spettabile|beste|geachte|estimado|estimada|estimados|equipa|prezado|prezada|caro|cara|kære|hej|hei|hallo|hyvä|szanowny|szanowni|szanowna|bonjour|hola|buongiorno|olá").map(fold),
);

/** Words right before a name that make it the company applied to (folded text). */
const TARGET_BEFORE: RegExp[] = [
  // English
  /(?:join|joining|joined|to be part of|become part of|becoming part of|be a part of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:teams?\s+(?:at|of|in)\s+)?$/,
  /(?:position|role|job|opportunity|opening|vacancy|post|posting|career|internship|team|apprenticeship)\s+(?:with|at|in|for)\s+$/,
  /(?:apply(?:ing)?|application|applied)\s+(?:to|at|for|with)\s+(?:a\s+role\s+at\s+)?$/,
  /(?:to|would)\s+(?:work|contribute|grow|build|help)\s+(?:at|for|with|to)\s+$/,
  /(?:working|contributing)\s+(?:at|for|with|to)\s+(?=$)/,
  /(?:drawn to|draws me to|drew me to|draw me to|attracts me to|attracted me to|attracted to|brings me to|brought me to|appeals to me about|appeals to me at|excites me about|excited about|excited by|impressed by|impressed with|admire[ds]?|admiring|admire about|inspired by|interest in|interested in|believe in|fascinated by|love about|like about|respect for|thrilled about|enthusiastic about|about working at|about joining)\s+(?:the\s+way\s+)?$/,
  /(?:help|helping|support|supporting)\s+$/,
  /(?:dear|hello|hi|to)\s+(?:the\s+)?$/,
  /(?:hiring|recruiting|talent|people|hr|selection)\s+(?:team|manager|committee|department)\s*(?:at|of|,|for|-|–)?\s*$/,
  /(?:future|long-term)\s+(?:at|with)\s+$/,
  /\b(?:why|the reason|por que|pourquoi|warum|perche|waarom|varfor|hvorfor|miksi|dlaczego)\s+(?:i\s+(?:chose|want|applied to)\s+)?$/,
  // German
  /(?:bei|für)\s+$(?<=(?:arbeiten|mitwirken|mitarbeiten|einsteigen|beitragen|bewerbe|bewerben|bewerbung|stelle|position|rolle|zukunft|teil|anfangen|einzusteigen|mitzuwirken|tatig zu sein|zu werden)\s+(?:[a-z]+\s+){0,2}(?:bei|fur)\s+)/,
  /(?:an|von|bei)\s+$(?<=(?:reizt mich|begeistert mich|mich an|mission|vision|werte|kultur|fasziniert mich|gefallt mir|teil|teams?)\s+(?:an|von|bei)\s+)/,
  /(?:teil von|teil des teams (?:von|bei)|team von|team bei|stelle bei|position bei|rolle bei|bewerbung bei|bewerbe mich bei|zukunft bei)\s+$/,
  // French
  /(?:rejoindre|integrer|candidature pour|poste a|travailler pour|contribuer a|contribuer au succes de|m'attire dans|mission de|vision de|valeurs de|equipe de|equipes de|au sein de|chez)\s+$/,
  // Spanish
  /(?:unirme a|incorporarme a|formar parte de|trabajar en|trabajar para|contribuir a|puesto en|vacante en|posicion en|puesto de|mision de|vision de|valores de|me atrae de|me motiva de|equipo de|sumarme a)\s+$/,
  // Italian
  /(?:unirmi a|entrare in|far parte di|lavorare in|lavorare per|lavorare presso|contribuire a|posizione presso|posizione in|ruolo presso|ruolo in|missione di|visione di|valori di|mi attrae di|mi colpisce di|team di|squadra di)\s+$/,
  // Dutch
  /(?:aan de slag bij|te werken bij|werken bij|deel uitmaken van|deel uit te maken van|aansluiten bij|aan te sluiten bij|functie bij|vacature bij|rol bij|missie van|visie van|waarden van|aanspreekt aan|spreekt me aan bij|team van|team bij|bijdragen aan|bij te dragen aan|sollicitatie bij|solliciteer bij)\s+$/,
  // Portuguese
  /(?:juntar-me a|juntar-me ao|fazer parte da|fazer parte do|fazer parte de|trabalhar na|trabalhar no|trabalhar para|contribuir para|vaga na|vaga no|cargo na|cargo no|posicao na|missao da|missao do|visao da|valores da|me atrai na|me atrai no|equipe da|equipa da)\s+$/,
  // Swedish, Danish, Norwegian
  /(?:arbeta pa|arbeta hos|arbeta for|jobba pa|jobba hos|bli en del av|ansluta till|ansoka till|tjansten pa|tjansten hos|rollen pa|rollen hos|tilltalar mig med|lockar mig med|arbejde hos|arbejde for|arbejde i|blive en del af|stillingen hos|stillingen i|jobbe i|jobbe hos|jobbe for|jobbe pa|tiltaler mig ved|motiverer mig ved|teamet hos|teamet pa|teamet i)\s+$/,
  // Polish
  /(?:dolaczyc do|dolaczenia do|pracy w|pracowac w|stanowisko w|stanowisku w|rola w|misja|misji|wizja|zespolu|zespole)\s+$/,
];

/** Words right after a name that make it the company applied to. */
const TARGET_AFTER: RegExp[] = [
  /^(?:'s|'|s|:s|:n|n)?\s+(?:position|role|opening|vacancy|offer)\b/,
  /^(?:'s|s)?\s+(?:is|are|has been|continues to)\s+(?:building|known|a leader|leading|doing|working on|shaping|redefining|transforming|changing|one of|at the forefront|pioneering|growing|exactly|the kind|the place|the company|a company|where)/,
  /^\s+(?:resonates?|stands? out|appeals?|inspires?|impresses?|excites?|speaks to me)/,
  /^\s*,?\s+(?:i|we)\s+(?:would|could|will|can|hope|'d|look forward|am excited|want|plan|intend)/,
  /^\s+(?:hiring|recruiting|talent|people|hr)\s+(?:team|manager)/,
  /^\s+(?:team|recruitment team)\s*$/,
  // German, French, Spanish, Italian, Dutch, Portuguese, Nordic, Finnish, Polish genitives and praise
  /^(?:s|'|'s)?\s+(?:mission|vision|werte|kultur|ansatz|produkte|plattform|anspruch|innovationskraft)\b/,
  /^(?:s|'s|:s|:n|n)?\s+(?:mission|vision|varderingar|vaerdier|verdier|kultur|uppdrag|missio|visio|arvot|tehtava|misja|wizja)\b/,
  /^\s+(?:ist|sind|est|es|e|is|er|ar|on|jest)\s+(?:genau|exactement|exactamente|esattamente|precies|exatamente|precis|praecis|juuri|dokladnie)/,
  /^:?(?:lle|lla)\b.*\b(?:haen|hakea|hakemus|tyoskennella|liittya)/,
];

/** Words right before a name that make it a place the candidate worked, studied, interned, or a client. */
const EMPLOYER_BEFORE: RegExp[] = [
  // English
  /(?:worked|interned|freelanced|consulted|contracted|employed|served|volunteered|spent [a-z0-9 ]{1,20}|i work|i am working|i'm working|i was|i've been|i have been|previously|formerly)\s+(?:[a-z-]+\s+){0,3}?(?:at|with|for|in)\s+(?:the\s+)?$/,
  /(?:my|our|previous|current|former|last|past|earlier|a|an|summer|recent)\s+(?:[a-z-]+\s+){0,2}?(?:years?|months?|time|tenure|stint|internship|placement|apprenticeship|traineeship|residency|fellowship|contract|engagement|career|job|role|position|work|days|summer|team)\s+(?:at|with|for)\s+(?:the\s+)?$/,
  /(?:studied|study|studying|graduated|graduate|graduating|degree|enrolled|alumnus|alumna|alumni|diploma|mba|phd|msc|bsc|master's|bachelor's|master|bachelor|doctorate|semester)\s+(?:[a-z-]+\s+){0,4}?(?:at|from)\s+(?:the\s+)?$/,
  /(?:clients?|customers?|accounts?|brands?)\s+(?:such as|like|including|include|included|incl\.)\s+(?:[a-z]+\s+)?$/,
  /(?:for|with|delivered to|built for|projects for|work for)\s+(?:clients?|customers?)\s+(?:such as|like|including)\s+$/,
  /(?:i|we)\s+(?:joined|left|founded|co-founded)\s+$/,
  /(?:while|when i was|when i worked)\s+(?:at|with)\s+$/,
  /\bas\s+(?:an?\s+)?[a-z -]{2,40}\s+(?:at|with|for)\s+$(?<!(?:would|to|could)\s+[a-z ]*)/,
  // German
  /(?:arbeitete|gearbeitet|tatig|war|praktikum|werkstudent|werkstudentin|ausbildung|anstellung|zeit|jahren|jahre|erfahrung|als [a-z -]{2,30}|studierte|studiert|studium|abschluss|promovierte|kunden wie|kunden)\s+(?:[a-z-]+\s+){0,2}?(?:bei|an der|an dem|am|an|fur|wie)\s+(?:der\s+)?$(?<!(?:zu|mochte|wurde)\s+[a-z ]*)/,
  // French
  /(?:travaille|passe|stage|alternance|experience|annees|ans|mois|etudie|etudes|diplome|diplomee|consultant|clients comme|clients tels que)\s+(?:[a-z'-]+\s+){0,2}?(?:chez|a|au sein de|pour)\s+$(?<!(?:souhaite|aimerais|voudrais|rejoindre|travailler)\s+(?:[a-z'-]+\s+){0,2}(?:chez|a|au sein de)\s+)/,
  // Spanish, Italian, Portuguese
  /(?:trabaje|practicas|beca|estudie|licencie|graduado|graduada|clientes como|lavorato|stage|tirocinio|studiato|laureato|laureata|clienti come|trabalhei|estagio|estudei|formado|formada)\s+(?:[a-z-]+\s+){0,2}?(?:en|para|presso|in|per|alla|al|na|no|para a|pela|pelo|como)\s+$(?<!(?:de|para|en)\s+trabajar\s+en\s+)/,
  // Dutch
  /(?:werkte|gewerkt|stage|stageliep|ervaring|jaar|jaren|studeerde|gestudeerd|klanten zoals|klanten als|werkzaam)\s+(?:[a-z-]+\s+){0,2}?(?:bij|aan de|aan|voor|als)\s+$/,
  // Swedish, Danish, Norwegian
  /(?:arbetade|har arbetat|jobbade|praktik|praktiserade|erfarenhet|ar|studerade|examen|kunder som|arbejdede|har arbejdet|praktikant|erfaring|studerede|uddannet|jobbet|studerte|utdannet)\s+(?:[a-z-]+\s+){0,2}?(?:pa|hos|vid|for|i|ved|som)\s+$/,
  // Finnish (work place names are inflected: "Nokialla", "Reaktorilla"; written with a colon after foreign names)
  /(?:tyoskentelin|olin|harjoittelin|opiskelin|valmistuin)\s+(?:[a-z-]+\s+){0,2}?$/,
  // Polish
  /(?:pracowalem|pracowalam|staz|praktyki|doswiadczenie|lat|studiowalem|studiowalam|ukonczylem|klientow takich jak)\s+(?:[a-z-]+\s+){0,2}?(?:w|we|u|dla|na)\s+(?:firmie\s+)?$/,
];

const EMPLOYER_AFTER: RegExp[] = [
  /^\s*,?\s+where\s+(?:i|we)\s+(?!would|could|will|'d|hope)/,
  /^\s*,?\s+(?:i|we)\s+(?:[a-z]+ed|built|led|ran|wrote|made|grew|cut|took|won|shipped|had|was|spent|oversaw|drove|brought|taught|sold|set up|rebuilt|moved|have)\b/,
  /^\s*,?\s+(?:wo ich|ou j'|donde|dove|waar ik|onde|dar jag|hvor jeg|jossa|gdzie)\b/,
];

const PRAISED = new RegExp(
  fold(
    String.raw`^(?:'s|'|s|:s|:n|n)?\s+(?:own\s+)?(?:mission|vision|values|culture|commitment|approach|focus|reputation|products?|platform|growth|story|ambitions?|journey|purpose|dedication|investment|emphasis|goals?|customers|work|engineering|leadership|success|impact|roadmap|expansion|team|teams|people|brand|innovation|sustainability|werte|kultur|ansatz|produkte|anspruch|valeurs|approche|valores|cultura|enfoque|valori|approccio|waarden|cultuur|aanpak|varderingar|vaerdier|verdier|arvot|kulttuuri|wartosci|kultura)\b`,
  ),
);
const AFFECT = new RegExp(
  fold(
    String.raw`\b(?:resonat|admir|inspir|excit|draw|drew|appeal|impress|love|attract|passion|align|share|believe|join|contribut|want|would|hope|eager|keen|thrill|fascinat|motivat|speaks? to me|stands? out|why|reizt|begeister|fasziniert|überzeugt|beeindruck|gefällt|m'attire|me plait|me atrae|me motiva|mi attrae|mi ispira|spreekt me aan|me atrai|tilltalar|lockar|tiltaler|motiverer|kiehtoo|przyciąga|imponuje)`,
  ),
);

const FUTURE_SOURCE = /\b(?:would|could|will|'d|hope|look forward|excited to|eager to|keen to|want to|love to|like to|chance|opportunity|wurde|möchte|freue|aimerais|voudrais|souhaite|me gustaria|quisiera|vorrei|mi piacerebbe|zou|graag|gostaria|skulle|vill|gerne|gjerne|haluaisin|chcialbym|chcialabym)\b/;

/** The patterns run on folded text: fold their accented letters the same way. */
const folded = (patterns: RegExp[]) => patterns.map((p) => new RegExp(fold(p.source), p.flags));
const TARGET_BEFORE_F = folded(TARGET_BEFORE);
const TARGET_AFTER_F = folded(TARGET_AFTER);
const EMPLOYER_BEFORE_F = folded(EMPLOYER_BEFORE);
const EMPLOYER_AFTER_F = folded(EMPLOYER_AFTER);
const FUTURE = folded([FUTURE_SOURCE])[0]!;

const LINK_WORDS = new Set(['&', 'and', 'und', 'of', '&amp;']);

function nameTokens(name: string): string[] {
  return name.split(/\s+/);
}

/** A name found after a capitalised sentence opener ("Joining Revolut", "At Klarna") is also tried without that first word. */
function candidates(sentence: string): Array<{ name: string; index: number; parent?: string }> {
  const out: Array<{ name: string; index: number; parent?: string }> = [];
  for (const match of sentence.matchAll(NAME)) {
    let name = match[0].replace(/['’]s$|['’]$|[.,:;]+$/u, '');
    let index = match.index;
    const tokens = nameTokens(name);
    // Drop leading words that are never names ("The", "At", "Dear").
    while (tokens.length > 0 && NOT_NAMES.has(fold(tokens[0]!))) {
      index += tokens[0]!.length + 1;
      tokens.shift();
    }
    // Cut before a word that is never part of a name ("Brightwave I built …"), keeping links like "Bank of America".
    const cut = tokens.findIndex((t, i) => i > 0 && NOT_NAMES.has(fold(t)) && !LINK_WORDS.has(fold(t)));
    if (cut > 0) tokens.splice(cut);
    while (tokens.length > 0 && LINK_WORDS.has(fold(tokens[tokens.length - 1]!))) tokens.pop();
    // A name has letters: "1.2" or "4.9" is a figure.
    if (tokens.length === 0 || !/\p{L}/u.test(tokens.join(''))) continue;
    name = tokens.join(' ');
    // Part of an address ("github.com/maya", "maya@firm.com"), not a name.
    const next = sentence.charAt(match.index + match[0].length);
    if (next === '/' || next === '@' || sentence.charAt(match.index - 1) === '@' || sentence.charAt(match.index - 1) === '/') continue;
    out.push({ name, index });
    // "Joining Revolut would …": the opener may be a verb.
    if (tokens.length > 1 && index === 0) out.push({ name: tokens.slice(1).join(' '), index: index + tokens[0]!.length + 1, parent: name });
  }
  return out;
}

function known(folded: string, evidence: Evidence, role: OrgRole): boolean {
  if (role === 'target') {
    return namesCompany(folded, evidence.company) || containsName(evidence.postingText, folded) || containsName(evidence.profileText, folded) || evidence.organisations.some((o) => o === folded);
  }
  // "Hellmann Logistik Monatsberichte": German nouns are capitalised, so a name may run on into the next word.
  if (evidence.organisations.some((o) => o === folded || (o.startsWith(folded) && folded.length >= 3) || (o.length >= 3 && (folded.startsWith(`${o} `) || (folded.startsWith(o) && folded.length - o.length <= 4))))) return true;
  // A client named in a description counts, but "Google" inside "Google Cloud" does not.
  return containsName(evidence.workText, folded) && !isPartOfLongerName(folded, evidence);
}

/** Words after a client's name that make it a product: "Google Cloud", "Microsoft Azure". */
const PRODUCT_WORDS = String.raw`\s+(?:cloud|analytics|ads|workspace|maps|sheets|docs|bigquery|azure|web services|sdk|api|certified|certification)`;

function isPartOfLongerName(folded: string, evidence: Evidence): boolean {
  // Skills and products are in workText as lower case; "google cloud" contains "google" but names a product.
  const name = `(?<![a-z0-9])${escapeRegExp(folded)}`;
  const compound = new RegExp(`${name}${PRODUCT_WORDS}`);
  const alone = new RegExp(`${name}(?![a-z0-9])(?!${PRODUCT_WORDS})`);
  return compound.test(evidence.workText) && !alone.test(evidence.workText);
}

/** Organisations named in one sentence with the role the sentence gives them. */
export function organisationsIn(sentence: string, isAddressee: boolean): OrgMention[] {
  const mentions: OrgMention[] = [];
  const seen = new Set<string>();
  const foldedSentence = fold(sentence);
  // Folding keeps positions unless the sentence has æ or ß: then fold each slice on its own.
  const samePositions = foldedSentence.length === sentence.length;
  const slice = (start: number, end: number) => (samePositions ? foldedSentence.slice(start, end) : fold(sentence.slice(start, end)));
  const found = candidates(sentence);
  for (const { name, index, parent } of found) {
    // The anchors are a few words long: the words right before and after the name are all they need.
    const before = slice(Math.max(0, index - 90), index);
    const after = slice(index + name.length, index + name.length + 90);
    const wholeSentence = foldedSentence;
    let role: OrgRole | null = null;
    if (EMPLOYER_BEFORE_F.some((p) => p.test(before)) && !(/(?:at|with|for)\s+$/.test(before) && FUTURE.test(before) && !/\b(?:while|when|as|during|previous|former|last|past)\b/.test(before))) role = 'employer';
    // "At Klarna, I built …" / "Klarna, where I …": the words after decide only when a place was being named.
    else if (EMPLOYER_AFTER_F[0]!.test(after) || EMPLOYER_AFTER_F[2]!.test(after) || (/(?:^|\s)(?:at|with|for)\s+$/.test(before) && EMPLOYER_AFTER_F[1]!.test(after))) role = 'employer';
    else if (TARGET_BEFORE_F.some((p) => p.test(before)) || TARGET_AFTER_F.some((p) => p.test(after))) role = 'target';
    // "Spotify's mission resonates with me" praises an employer; "I learned from Stripe's engineering blog" does not.
    else if (PRAISED.test(after) && AFFECT.test(wholeSentence)) role = 'target';
    else if (/(?:^|\s)(?:at|with|bei|chez|presso|bij|hos|pa)\s+$/.test(before) && FUTURE.test(wholeSentence)) role = 'target';
    else if (isAddressee && /(?:at|for|,|-|–|team|bei|chez|de|di|van|hos|pa|w)\s*$/.test(before)) role = 'target';
    if (!role) continue;
    // "Globex Corporation's mission": the whole name, not also its last word.
    if (parent && mentions.some((m) => m.name === parent)) continue;
    const key = `${role}:${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ name, role });
  }
  return mentions;
}

export interface OrgFinding {
  name: string;
  role: OrgRole;
}

/** Mentions the profile and posting do not explain. */
export function unexplainedOrganisations(sentence: string, isAddressee: boolean, evidence: Evidence): OrgFinding[] {
  return organisationsIn(sentence, isAddressee).filter((m) => {
    const folded = fold(m.name);
    if (NOT_NAMES.has(folded)) return false;
    // The position's title or a role from the profile ("Product Designer UX") is not an organisation.
    if (evidence.roles.some((role) => role.includes(folded))) return false;
    // "experience in SEO" names a skill, and "as a data analyst at <the company>" is the application itself.
    if (m.role === 'employer' && (evidence.skills.includes(folded) || namesCompany(folded, evidence.company))) return false;
    return !known(folded, evidence, m.role);
  });
}

/**
 * Facts a sentence states about the candidate that the profile must back: figures, years of
 * experience, degrees and certifications, contact details.
 */
import { CONTACT_PATTERN, degreeLevels, namesCompany, normalizeContact, type DegreeLevel, type Evidence } from './evidence';
import { findNumbers, numberWordValue, sameValue, type NumberMention } from './numbers';
import { escapeRegExp, fold, speaksAboutCandidate, speaksToEmployer, wordsPattern, words } from './text';

export interface ClaimFinding {
  kind: 'unsupported-number' | 'inflated-experience' | 'unsupported-credential' | 'unsupported-contact';
  quote: string;
  detail: string;
}

/** "7 years of experience", "over a decade", "seit 8 Jahren", "10+ ans d'expérience": the number and the words around it. */
const YEARS_CLAIM_SOURCE = String.raw`(?<![\d.,a-z])(\d{1,2}(?:[.,]\d)?\+?|NUMBER_WORDS|a decade|a dozen|two decades)\s*\+?\s*(?:full\s|professional\s)?(?:years?|yrs|jahren?|jahre|ans|annees|anos|anni|jaar|jaren|ar|aar|vuotta|vuoden|lat|lata)s?(?![a-z])`;
const EXPERIENCE_CONTEXT = wordsPattern(words('experience|erfahrung|berufserfahrung|experiencia|esperienza|ervaring|erfarenhet|erfaring|kokemus|kokemusta|doświadczenia|doświadczenie|worked|working|building|leading|managing|developing|designing|writing|in|as|at|of|bei|als|seit|depuis|comme|en|como|come|da|presso|sinds|bij|há|som|i|pa|hos|jako|w|od|career|carrière|karriere|carrera'));
const EXPERIENCE_WORD = wordsPattern(words('experience|erfahrung|berufserfahrung|experiencia|esperienza|ervaring|werkervaring|erfarenhet|erfaring|kokemus|kokemusta|työkokemusta|doświadczenia|doświadczenie'));
const DECADE = /\b(?:a decade|over a decade|more than a decade|ein jahrzehnt|einem jahrzehnt|une decennie|una decada|un decennio|een decennium|uma decada|ett decennium|et arti|et tiar|vuosikymmen|dekade|dekady|dekada)\b/;
const TWO_DECADES = /\b(?:two decades|zwei jahrzehnte|deux decennies|dos decadas|due decenni|twee decennia|duas decadas)\b/;

/** Number words that count the years of a claim ("seven years"); numbers.ts knows their values. */
const YEAR_COUNT_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|' +
  'zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|zwanzig|' +
  'deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|' +
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|' +
  'due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|' +
  'twee|drie|vijf|zes|zeven|negen|tien|twaalf|twintig|' +
  'dois|duas|sete|oito|dez|vinte|' +
  'tva|fyra|fem|sex|sju|atta|nio|tio|tolv|femton|tjugo|' +
  'to|fire|seks|syv|otte|ni|ti|tyve|atte|tjue|' +
  'kaksi|kolme|nelja|viisi|kuusi|seitseman|kahdeksan|yhdeksan|kymmenen|' +
  'dwa|dwie|trzy|cztery|piec|szesc|siedem|osiem|dziewiec|dziesiec|pietnascie|dwadziescia';

const YEARS_CLAIM = new RegExp(YEARS_CLAIM_SOURCE.replace('NUMBER_WORDS', YEAR_COUNT_WORDS), 'g');

/** Words by which a sentence reports what the posting asks, rather than what the candidate did. */
const ABOUT_POSTING = wordsPattern(words("you ask|you are looking|you're looking|you require|you need|you want|you seek|the posting|the role|the position|this role|the job|the ad|your posting|requires|requirement|asks for|looking for|seeking|your team|your company|your customers|your users|your clients|sie suchen|ausschreibung|stellenanzeige|die stelle|vous recherchez|l'annonce|le poste|usted busca|buscan|la oferta|el puesto|cercate|l'annuncio|la posizione|u zoekt|de vacature|de functie|vocês procuram|a vaga|ni söker|annonsen|tjänsten|i søger|stillingen|dere søker|haette|ilmoitus|tehtävä|szukacie|ogłoszenie|stanowisko"));

/** A month right before a number; `[a-z]*` lets "jan" stand for januar, janvier, january… (list only names no listed start begins). */
const MONTH_NEAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|oktober|dezember|fevrier|avril|mai|juin|juillet|aout|enero|abril|agosto|diciembre|gennaio|maggio|giugno|luglio|settembre|ottobre|dicembre|maart|mei|fevereiro|setembro|outubro|dezembro|stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia)[a-z]*\.?\s*$/;

function yearsValue(token: string, phrase: string): number | null {
  if (TWO_DECADES.test(phrase)) return 20;
  if (DECADE.test(phrase)) return 10;
  const t = token.replace(/\+$/, '');
  if (/^\d/.test(t)) return Number(t.replace(',', '.'));
  return numberWordValue(t) ?? null;
}

interface YearsClaim {
  quote: string;
  years: number;
  start: number;
  end: number;
}

function yearsClaims(sentence: string): YearsClaim[] {
  const folded = fold(sentence);
  const claims: YearsClaim[] = [];
  for (const match of folded.matchAll(YEARS_CLAIM)) {
    const years = yearsValue(match[1]!, match[0]);
    if (years === null) continue;
    const rest = folded.slice(match.index + match[0].length, match.index + match[0].length + 40);
    const before = folded.slice(Math.max(0, match.index - 40), match.index);
    if (!EXPERIENCE_CONTEXT.test(`${before} ${rest}`)) continue;
    // "in the next two years", "within 3 years": plans, not experience.
    if (/\b(?:next|coming|within|in|first|innerhalb|nachsten|prochaines|proximos|prossimi|komende|kommande|kommende|seuraavan|najblizszych)\s*$/.test(before) && !/\b(?:experience|erfahrung)\b/.test(rest)) continue;
    claims.push({ quote: sentence.slice(match.index, match.index + match[0].length).trim(), years, start: match.index, end: match.index + match[0].length });
  }
  for (const pattern of [TWO_DECADES, DECADE]) {
    const match = pattern.exec(folded);
    if (match && !claims.some((c) => match.index >= c.start && match.index < c.end)) {
      claims.push({ quote: sentence.slice(match.index, match.index + match[0].length), years: pattern === DECADE ? 10 : 20, start: match.index, end: match.index + match[0].length });
    }
  }
  return claims;
}

/** "5 years at Brightwave": the claim is bounded by that employer's dates, when the employer follows the claim closely. */
function employerYears(sentence: string, claim: YearsClaim, evidence: Evidence): number | null {
  const following = fold(sentence.slice(claim.end, claim.end + 40));
  const entry = evidence.yearsByEmployer.find((e) => e.name.length >= 2 && new RegExp(`^[^.;]*?(?:at|with|for|bei|chez|en|presso|bij|na|no|pa|hos|i|w)\\s+${escapeRegExp(e.name)}`).test(following));
  return entry?.years ?? null;
}

function experienceFindings(sentence: string, evidence: Evidence): { findings: ClaimFinding[]; spans: Array<[number, number]> } {
  const findings: ClaimFinding[] = [];
  const spans: Array<[number, number]> = [];
  if (ABOUT_POSTING.test(fold(sentence)) && !speaksAboutCandidate(sentence, evidence.language)) return { findings, spans };
  for (const claim of yearsClaims(sentence)) {
    spans.push([claim.start, claim.end]);
    // "12 years of experience" in a letter is the writer's unless the sentence is about the posting.
    const about = speaksAboutCandidate(sentence, evidence.language) || (EXPERIENCE_WORD.test(fold(sentence)) && !speaksToEmployer(sentence, evidence.language));
    if (!about) continue;
    const limit = employerYears(sentence, claim, evidence) ?? evidence.careerYears;
    if (limit === null) {
      if (evidence.profileNumbers.some((n) => n === claim.years)) continue;
      findings.push({ kind: 'inflated-experience', quote: claim.quote, detail: 'Your profile has no dates that show this much experience.' });
    } else if (claim.years > limit + 0.75) {
      findings.push({
        kind: 'inflated-experience',
        quote: claim.quote,
        detail: `The dates in your profile add up to about ${Math.max(1, Math.round(limit))} year${Math.round(limit) === 1 ? '' : 's'}.`,
      });
    }
  }
  return { findings, spans };
}

function inSpans(index: number, spans: Array<[number, number]>): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}

/** Numbers that belong to a name or a date rather than a claim: "ISO 27001", "Java 17", "March 2021", "Q3". */
function isNameOrDate(sentence: string, mention: NumberMention, evidence: Evidence): boolean {
  const before = sentence.slice(Math.max(0, mention.index - 24), mention.index);
  if (MONTH_NEAR.test(fold(before))) return true;
  if (/\b(?:Q|H|FY|v|V|Nr\.?|No\.?|ISO|IEC|EN|DIN|Level|Stufe|niveau|nivel|Python|Java|Vue|Angular|PHP|C\+\+|ES|HTML|Windows|iOS|Android|Web)\s?$/.test(before)) return true;
  // A product or version named with its number ("Dynamics 365", "PostgreSQL 15", "Kubernetes 1.29"): a name, not a figure.
  const nameBefore = /(?:^|[^.!?]\s)([\p{Lu}][\p{L}+#]*|[\p{L}+#]*[\p{Lu}][\p{L}+#]*)\s$/u.exec(before)?.[1];
  if (nameBefore && !/[%$€£]/.test(mention.raw)) {
    const word = fold(nameBefore);
    if (evidence.skills.some((skill) => skill.split(/\s+/).includes(word)) || evidence.postingText.includes(word) || evidence.profileText.includes(word)) return true;
  }
  const after = sentence.slice(mention.index + mention.raw.length, mention.index + mention.raw.length + 3);
  // A reference mark, "[1]".
  if (before.endsWith('[') && after.startsWith(']')) return true;
  return /^[/:]\d/.test(after) || /^\s?(?:am|pm|h\b|uhr)/i.test(after);
}

/** The clause around a position: the subject of "which your posting describes" is not the number before it. */
function clauseAround(sentence: string, index: number): string {
  const boundary = /[,;:–—]\s|\s(?:which|and|but|while|whereas|where|so|und|et|y|e|och|og|ja|oraz)\s/g;
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(boundary)) {
    if (match.index < index) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

const PLAN_UNITS = wordsPattern(words('days|weeks|months|tage|tagen|wochen|monate|monaten|jours|semaines|mois|semanas|meses|giorni|settimane|mesi|dagen|weken|maanden|dias|dagar|veckor|månader|dage|uger|måneder|dager|uker|päivää|viikkoa|kuukautta|päivän|viikon|kuukauden|dni|tygodni|miesięcy'));
const PLAN_LEAD = wordsPattern(words('first|next|within|in the|erste|ersten|nächsten|innerhalb|premiers|premières|prochains|primeros|próximos|primi|prossimi|eerste|komende|binnen|primeiros|första|inom|første|inden for|innen|ensimmäisen|pierwszych|ciągu'));

/** "In my first 90 days I would …": a plan, not a fact about the past. */
function isPlan(sentence: string, mention: NumberMention): boolean {
  const after = fold(sentence.slice(mention.index + mention.raw.length, mention.index + mention.raw.length + 14));
  const before = fold(sentence.slice(Math.max(0, mention.index - 24), mention.index));
  return /^\s*\p{L}/u.test(after) && PLAN_UNITS.test(after.trim().split(/\s+/)[0] ?? '') && PLAN_LEAD.test(before);
}

function numberFindings(sentence: string, evidence: Evidence, skip: Array<[number, number]>): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  const aboutCandidate = speaksAboutCandidate(sentence, evidence.language);
  const withoutContacts = MAY_HAVE_CONTACT.test(sentence) ? sentence.replace(CONTACT_PATTERN, (m) => ' '.repeat(m.length)) : sentence;
  for (const mention of findNumbers(withoutContacts, evidence.language)) {
    if (inSpans(mention.index, skip) || isNameOrDate(withoutContacts, mention, evidence) || isPlan(withoutContacts, mention)) continue;
    if (evidence.profileNumbers.some((n) => sameValue(n, mention.value))) continue;
    const inPosting = evidence.postingNumbers.some((n) => sameValue(n, mention.value));
    const clause = clauseAround(sentence, mention.index);
    const aboutPosting = ABOUT_POSTING.test(fold(clause)) || speaksToEmployer(clause, evidence.language) || namesCompany(fold(clause), evidence.company);
    if (mention.year) {
      // A year the posting or the profile's dates do not explain is a date the model made up about the candidate.
      if (inPosting || !aboutCandidate) continue;
      findings.push({ kind: 'unsupported-number', quote: mention.raw, detail: 'This year is not in your profile.' });
      continue;
    }
    if (inPosting) {
      // The posting's figure is fine about the company; as the candidate's own result ("I cut latency by 30%") it is borrowed.
      // The writer must be the subject: "I cut latency by 30%", not "services for 1.2 million drivers need the engineering I enjoy".
      const lead = clause.slice(0, Math.max(0, clause.indexOf(mention.raw)));
      if (!speaksAboutCandidate(lead, evidence.language) || aboutPosting) continue;
      findings.push({ kind: 'unsupported-number', quote: mention.raw, detail: 'This figure comes from the job posting, not from your profile, but the letter presents it as your own.' });
      continue;
    }
    if (!aboutCandidate && aboutPosting) continue;
    findings.push({ kind: 'unsupported-number', quote: mention.raw, detail: 'This figure is not in your profile.' });
  }
  return findings;
}

/** Words for a degree (folded), in the phrase pattern below and when reading the subject after one. */
const DEGREE_WORDS = 'degree|diploma|abschluss|diplom|diplome|titulo|laurea|graad|examen|eksamen|tutkinto|dyplom';

/** Acronyms of degrees and certifications, and the words that announce one. */
const CREDENTIAL_ACRONYMS =
  /(?<![\p{L}\d])(MBA|EMBA|Ph\.?\s?D\.?|DPhil|M\.?Sc\.?|B\.?Sc\.?|M\.?A\.|B\.?A\.|MEng|BEng|M\.?Eng\.?|B\.?Eng\.?|LL\.?M\.?|J\.?D\.|CFA|CPA|ACCA|CIMA|PMP|PRINCE2|CISSP|CISA|CISM|CEH|OSCP|CCNA|CCNP|CCIE|ITIL|CSM|PSM|CSPO|SAFe|TOGAF|CKA|CKAD|CKS|RHCE|RHCSA|MCSE|FRM|CAIA|CMA|CIPD|SHRM-CP|SHRM-SCP|PHR|SPHR|CAPM|ISTQB|IREB|CPSA|CCSP|GIAC|LEED|Dipl\.-Ing\.|Dipl\.-Kfm\.|Dr\.|M\.?Sc|B\.?Sc)(?![\p{L}\d])/gu;

const CREDENTIAL_PHRASES = new RegExp(
  fold(
    String.raw`(?:(?:aws|microsoft|google(?: cloud)?|azure|salesforce|oracle|cisco|comptia|sap|scrum|kubernetes|red hat|hubspot|databricks|snowflake|terraform|hashicorp|isc2|pmi|axelos)\s+certified[\w :-]{0,60}|certified\s+[\w -]{2,50}|(?:certification|certificate|certificat|zertifikat|zertifizierung|certificado|certificación|certificazione|certificaat|certificering|certificação|certifiering|certifikat|sertifikaatti|sertifikat|certyfikat)\s+(?:in|as|als|en|em|i|w|z|de|di|som)?\s*[\w -]{2,40}|[\w-]+\s+(?:certification|certificate|zertifizierung|zertifikat|certifikat|certyfikat)|six sigma\s+\w+\s+belt|(?:green|black)\s+belt|(?:master'?s?|bachelor'?s?|doctoral|doctorate)\s+(?:degree|of|in)\b[\w -]{0,40}|(?:${DEGREE_WORDS})\s+(?:in|of|en|em|i|w|z|de|di)\s+[\w -]{2,40}|(?:meine|meiner|seine) promotion\b|(?:doktortitel|doktorarbeit|promoviert|promovierte|doctorat|doctorado|dottorato|gepromoveerd|doutorado|doktorsexamen|doktorgrad|tohtorin|doktorat)\b)`,
  ),
  'g',
);

/** Cheap test before the phrase pattern: every phrase has one of these. */
const CREDENTIAL_WORDS = /promotion|doktor|certif|zertif|sertif|certyf|belt|degree|master|bachelor|doctor|diplom|abschluss|laurea|titulo|graad|examen|eksamen|tutkinto|dyplom|promov|dottorato|doutorado|tohtori/;

const NEGATION = wordsPattern(words("not|don't|do not|without|no|lack|yet to|working towards|working toward|preparing for|studying for|currently pursuing|nicht|kein|keine|keinen|pas|sans|sin|no tengo|non|senza|geen|niet|zonder|não|sem|inte|utan|ikke|uden|uten|ei|ilman|nie|bez"));

function credentialLevel(text: string): DegreeLevel | null {
  const levels = degreeLevels(text);
  for (const level of ['mba', 'doctorate', 'master', 'bachelor'] as const) if (levels.has(level)) return level;
  return null;
}

/** Words of a credential that must appear in the profile for it to count as backed. */
function significantWords(text: string): string[] {
  const skip = new Set(words('in|as|of|the|a|an|and|de|en|i|my|degree|holder|professional|associate|moj|moja|mon|ma|mi|min|mitt|mit|mein|meine|meinem|mijn|meu|minha|mio|mia|il|la|le|el|het|den|det|der|die|das|og|och|et|y|e|z|w|ein|eine|un|une|uno|una|um|uma|ett|een|new|full'));
  return fold(text)
    .split(/[^a-z0-9+]+/)
    .filter((w) => w.length >= 2 && !skip.has(w) && !/^(?:certif|zertif|sertif|certyf)/.test(w));
}

/** Words of a degree phrase that are not its subject. */
const SUBJECT_FILLER = new RegExp(`^(?:${DEGREE_WORDS}|von|der|from|at|in)$`);
/** A certification rather than a degree (folded text). */
const CERTIFICATION = /certif|zertifi|sertifi|certyf|belt/;

function credentialBacked(raw: string, evidence: Evidence): boolean {
  const folded = fold(raw).replace(/\s+/g, ' ').trim();
  if (evidence.profileText.includes(folded)) return true;
  const compact = folded.replace(/[.\s]/g, '');
  if (compact.length >= 2 && new RegExp(`(?<![a-z0-9])${escapeRegExp(compact)}(?![a-z0-9])`).test(evidence.profileText.replace(/\./g, ''))) return true;
  const level = credentialLevel(raw);
  const words = significantWords(raw);
  const certification = CERTIFICATION.test(folded);
  if (level && !certification) return evidence.degrees.has(level);
  if (!certification) {
    // "Abschluss in Wirtschaftsinformatik": backed when the subject is in the profile's education.
    const subject = words.filter((w) => !SUBJECT_FILLER.test(w));
    return evidence.degrees.size > 0 ? subject.length === 0 || subject.some((w) => evidence.profileText.includes(w)) : false;
  }
  // "AWS Certified Solutions Architect" is backed only by a profile that says it is certified, in these words.
  const hasCertWord = CERTIFICATION.test(evidence.profileText);
  const content = words.filter((w) => !['aws', 'microsoft', 'google', 'azure', 'cloud'].includes(w) || words.length <= 2);
  if (content.length === 0) return true;
  return hasCertWord && content.every((w) => new RegExp(`(?<![a-z0-9])${escapeRegExp(w)}`).test(evidence.profileText));
}

function credentialFindings(sentence: string, evidence: Evidence): ClaimFinding[] {
  const folded = fold(sentence);
  if (NEGATION.test(folded)) return [];
  const aboutCandidate = speaksAboutCandidate(sentence, evidence.language);
  const asksOnly = ABOUT_POSTING.test(folded) && !aboutCandidate;
  if (asksOnly) return [];
  const found: ClaimFinding[] = [];
  const seen = new Set<string>();
  const consider = (raw: string) => {
    const quote = raw.trim().replace(/[\s,.;:]+$/, '');
    if (!quote || seen.has(fold(quote))) return;
    seen.add(fold(quote));
    if (!credentialBacked(quote, evidence)) found.push({ kind: 'unsupported-credential', quote, detail: 'Your profile does not list this degree or certification.' });
  };
  if (!aboutCandidate) return [];
  const acronymEnds: number[] = [];
  for (const match of sentence.matchAll(CREDENTIAL_ACRONYMS)) {
    // "Dr." only counts as a title claimed by the writer ("as Dr. …" is rare); skip it unless followed by nothing.
    if (/^Dr\.$/.test(match[1]!)) continue;
    consider(match[1]!);
    acronymEnds.push(match.index + match[0].length);
  }
  if (!CREDENTIAL_WORDS.test(folded)) return found;
  for (const match of folded.matchAll(CREDENTIAL_PHRASES)) {
    // "CISSP-certified engineer" is the CISSP already reported.
    if (acronymEnds.some((end) => match.index >= end && match.index <= end + 1)) continue;
    const raw = sentence.slice(match.index, match.index + match[0].length);
    // Cut the phrase at the first word that leads on to the rest of the sentence.
    const cut = raw.split(/\s+(?:which|that|and|where|from|at|with|to|gives|has|have|helps|so|because|while|und|von|an|der|et|de la|du|y|e|di|da|van|från|fra|en|och|og|ja|i)\s+/i)[0]!;
    consider(cut);
  }
  return found;
}

/** Cheap test before the contact pattern, which is slow on long words. */
const MAY_HAVE_CONTACT = /@|www\.|:\/\/|\/|\d[\d ().-]{6,}\d/;

function contactFindings(sentence: string, evidence: Evidence): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  if (!MAY_HAVE_CONTACT.test(sentence)) return findings;
  for (const match of sentence.matchAll(CONTACT_PATTERN)) {
    const normal = normalizeContact(match[0]);
    if (evidence.contacts.includes(normal) || evidence.postingContacts.includes(normal)) continue;
    // A link to a page under the profile's own site or GitHub account is the candidate's.
    if (evidence.contacts.some((c) => c.includes('/') || c.includes('.') ? normal.startsWith(`${c}/`) : false)) continue;
    findings.push({ kind: 'unsupported-contact', quote: match[0].replace(/[.,;:]+$/, ''), detail: 'This contact detail is not the one in your profile.' });
  }
  return findings;
}

export function claimFindings(sentence: string, evidence: Evidence): ClaimFinding[] {
  const experience = experienceFindings(sentence, evidence);
  return [...experience.findings, ...numberFindings(sentence, evidence, experience.spans), ...credentialFindings(sentence, evidence), ...contactFindings(sentence, evidence)];
}

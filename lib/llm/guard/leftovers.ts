/** Text that is not the letter: placeholders left to fill in, and the model talking to the user (or declining). */
import { fold } from './text';

/** Brackets of any style around words to fill in: [Company], {{company}}, <Your Name>, 【名前】. */
const BRACKETED = [
  /\[(?!\d+\])[^\[\]\n]{1,80}\](?!\()/g,
  /\{\{?[^{}\n]{1,60}\}?\}/g,
  /<(?!\/?(?:addressee|opening|about_me|why_me|why_company|b|i|em|strong|br|p)>)[^<>\n@]{1,50}>/g,
  /【[^】\n]{1,40}】/g,
  /%[A-Z][A-Z_ ]{2,30}%/g,
];

/** Words inside parentheses that make them an instruction, in the guard's languages. */
const FILL_IN = fold(
  String.raw`add|insert|include|mention|describe|enter|specify|fill in|fill|name of|replace|placeholder|tbd|todo|tk|optional|if applicable|company name|job title|your name|your |example:|e\.g\. a|specific|relevant|recent|hier|name des|namen|einfügen|ergänzen|ajouter|insérer|nom de|indiquer|añadir|insertar|nombre de|incluir|inserire|aggiungere|nome dell|invoegen|toevoegen|naam van|inserir|adicionar|nome da|lägg till|infoga|namn på|indsæt|tilføj|navn på|sett inn|legg til|lisää|nimi|wstaw|dodaj|nazwa`,
);
const PARENTHESISED = new RegExp(`\\((?:\\s*)(?:${FILL_IN})[^()\\n]{0,80}\\)`, 'g');

const GENERIC = [
  /(?<![\p{L}\d])(?:Company|Firma|Unternehmen|Entreprise|Société|Empresa|Azienda|Bedrijf|Företag|Virksomhed|Selskap|Yritys|Firm|Organi[sz]ation|Client|Kunde|Employer)\s+(?:[A-Z]|XYZ|ABC|X{1,3})(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])(?:XYZ|ABC|Acme|Example|Sample|Musterfirma|Muster|Beispiel)\s*(?:Corp(?:oration)?\.?|Inc\.?|Company|Ltd\.?|Limited|LLC|GmbH|AG|SA|S\.A\.|BV|B\.V\.|AB|Oy|Sp\. z o\.o\.|S\.p\.A\.|S\.L\.|Group|Industries|Solutions|Technologies)(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])(?:XYZ|ABC)(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])(?:Max Mustermann|Erika Mustermann|John Doe|Jane Doe|Lorem ipsum[^.]*|Your Name|Company Name|Job Title|Hiring Manager's Name|Hiring Manager Name|Position Title|Role Title|Recipient Name|Name of (?:the )?(?:company|hiring manager|recruiter))(?![\p{L}\d])/giu,
  /_{3,}|\.{5,}|(?<![\p{L}])(?:X{2,}|x{3,}|N\/A|TBD|TODO|TK)(?![\p{L}])/gu,
  /(?<![\p{L}\d])(?:X{1,2}|xx)\s?(?:%|years?|Jahre|ans|años|anni|jaar|anos|år|vuotta|lat|months?|people|engineers|customers|clients|users|employees)(?![\p{L}])/gu,
  /(?<![\p{L}\d])(?:N|Y|Z)\s?%(?![\p{L}])/gu,
  /(?<![\p{L}\d])[$€£]\s?X+(?![\p{L}])/gu,
];

export function placeholdersIn(text: string, realNames: string[]): string[] {
  const found: string[] = [];
  const real = realNames.map(fold).filter(Boolean);
  const add = (raw: string) => {
    const quote = raw.trim();
    if (!quote) return;
    const folded = fold(quote);
    if (real.some((name) => name.includes(folded) || folded.includes(name) && folded.replace(/[^a-z]/g, '') === name.replace(/[^a-z]/g, ''))) return;
    if (!found.includes(quote)) found.push(quote);
  };
  for (const pattern of BRACKETED) for (const match of text.matchAll(pattern)) add(match[0]);
  for (const match of fold(text).matchAll(PARENTHESISED)) add(text.slice(match.index, match.index + match[0].length));
  for (const pattern of GENERIC) for (const match of text.matchAll(pattern)) add(match[0]);
  // One finding per spot: "[Company Name]" already covers the "Company Name" inside it.
  return found.filter((q) => !found.some((other) => other !== q && other.includes(q)));
}

/**
 * The model speaking to the user instead of writing the letter: refusals, disclaimers, notes on the
 * draft, offers to change it. Each pattern needs the words that only make sense said to the user, so a
 * letter's own closing ("I would be glad to walk you through the migration") never matches.
 */
const CHATTER: RegExp[] = [
  // Refusals and disclaimers
  /\bas an ai\b|\bas a(?:n ai)? language model\b|\bi(?:'m| am) (?:just )?an ai\b|\bi(?:'m| am) (?:not able|unable) to (?:help|assist|write|create|provide|complete|comply|generate|fabricate|invent|verify|include)\b|\bi (?:can't|cannot|can not|won't|will not) (?:help(?! but)|assist|write|create|provide|comply|generate|fabricate|invent|make up|verify|include|add|claim|mention)\b|\bi(?:'m| am) sorry,? but\b/,
  /\bals (?:ki|ki-sprachmodell|sprachmodell)\b|\bich kann (?:ihnen )?(?:dabei )?nicht (?:helfen|behilflich)|\ben tant qu'(?:ia|intelligence artificielle|modele de langage)\b|\bje ne peux pas (?:vous aider|ecrire|rediger)|\bcomo (?:una ia|modelo de lenguaje|inteligencia artificial)\b|\bno puedo (?:ayudar|escribir|redactar)|\bcome (?:un'ia|ia|modello linguistico)\b|\bnon posso (?:aiutar|scrivere)|\bals (?:ai|taalmodel)\b|\bik kan (?:je |u )?(?:daar )?niet (?:mee )?helpen|\bcomo (?:um modelo de linguagem|uma ia)\b|\bnao posso (?:ajudar|escrever)|\bsom (?:en )?(?:ai|sprakmodell|sprogmodel)\b|\bjag kan inte hjalpa|\bjeg kan ikke hjaelpe|\bjeg kan ikke hjelpe|\btekoalyna\b|\ben voi auttaa|\bjako (?:model jezykowy|ai|sztuczna inteligencja)\b|\bnie moge pomoc/,
  // Handing over the draft
  /\bhere(?:'s| is| are)\s+(?:a|an|the|your)\s+(?:[a-z-]+\s+){0,3}(?:cover letter|letter|draft|version|rewrite|revision)\b|^(?:sure|certainly|of course|absolutely)[,!.]\s|\bbelow is\s+(?:a|an|the|your)\b|\bi(?:'ve| have) (?:written|drafted|revised|rewritten|tailored|updated|kept|focused|emphasi[sz]ed|highlighted|included|left out|omitted|removed|avoided|assumed|used)\b(?=[^.]*\b(?:letter|draft|version|placeholder|profile|resume|cv|assum|tone|you can|you may|if you|bracket|words|one page|as requested|as you asked)\b)/,
  /\b(?:hier ist|hier sind) (?:ihr|ihre|dein|deine|ein|eine|das|der|die) (?:[a-z-]+\s+){0,2}(?:anschreiben|bewerbungsschreiben|entwurf|brief|version)|\bvoici (?:votre|une|la|ta) (?:[a-z-]+\s+){0,2}(?:lettre|brouillon|version)|\baqui (?:tienes|esta|tiene) (?:tu|una|la|su) (?:[a-z-]+\s+){0,2}(?:carta|borrador|version)|\becco (?:la|una|il) (?:tua |sua )?(?:[a-z-]+\s+){0,2}(?:lettera|bozza|versione)|\bhier is (?:je|uw|een|de) (?:[a-z-]+\s+){0,2}(?:brief|sollicitatiebrief|motivatiebrief|concept|versie)|\baqui esta (?:a|sua|uma|o) (?:[a-z-]+\s+){0,2}(?:carta|rascunho|versao)|\bhar ar (?:ditt|ett|en|det) (?:[a-z-]+\s+){0,2}(?:personligt brev|brev|utkast)|\bher er (?:dit|din|et|en|mitt) (?:[a-z-]+\s+){0,2}(?:ansogning|soknad|brev|utkast|udkast|motivasjonsbrev)|\btassa on (?:hakemus|luonnos|saatekirje)|\boto (?:list|twoj|projekt)/,
  // Notes and assumptions
  /(?:^|[\s(*[])(?:note|nb|p\.s\.? note|hinweis|anmerkung|remarque|nota|opmerking|observacao|obs|huom|uwaga|merk|bemaerk|bemerk)\s*:|\bi (?:assumed|have assumed|made (?:an|the) assumption)|\bassuming (?:you|that you|the candidate)|\b(?:your|the candidate's) (?:profile|resume|cv|background information)\b(?= (?:does|doesn't|did|didn't|mentions|lists|says|shows))|\bthe candidate's (?:profile|resume|cv|experience)\b|\bich habe angenommen|\bj'ai suppose|\bhe supuesto|\bho ipotizzato|\bik heb aangenomen|\bassumi que|\bjag har antagit|\bjeg har antaget|\bjeg har antatt|\boletin\b|\bzalozylem/,
  // Describing the draft and offering changes
  /\bthis (?:draft|version|cover letter|letter|rewrite)\s+(?:emphasi[sz]es|highlights|focuses|keeps|avoids|uses|leaves|is tailored|has been|was|draws|stays|includes|omits|aims)\b|\bi can (?:also )?(?:make it|adjust|tweak|revise|shorten|lengthen|expand|tailor|modify|rewrite|change|adapt|add|translate)\b|\bif you(?:'d| would) (?:like|prefer),? i (?:can|could)\b|\bwould you like (?:me )?to\b|\blet me know if (?:you(?:'d| would) like|you want|you need (?:any )?(?:changes|adjustments|edits)|any|there are any|anything|this|i should|i can|you have any (?:changes|edits|feedback))|\bfeel free to (?:adjust|modify|edit|customi[sz]e|tweak|change|adapt|personali[sz]e|replace|fill)\b|\bi hope (?:this|that)(?: cover)?(?: letter| draft| version)? (?:helps|works|is helpful|meets|fits|suits|gives you)\b|\bas (?:you )?(?:requested|asked)\b|\bwould you like (?:me to|(?:a|an|the|it|this) (?:[a-z-]+ ){0,3}(?:version|draft|letter|rewrite|translation|shorter|longer))\b|\bnote that i (?:did|have|used|kept|left|assumed|omitted|didn't|did not|chose)\b|\bi (?:made|have made|'ve made) (?:some |a few |an |the )?assumptions?\b|\b(?:remember|don't forget|make sure|be sure) to (?:replace|fill|add|customi[sz]e|adjust|update|insert|personali[sz]e|proofread)\b|\byou (?:may|might|can|could|should) (?:want to )?(?:replace|fill in|add|customi[sz]e|adjust|tweak|insert|personali[sz]e|swap)\b/,
  /\b(?:lass(?:en sie)? mich wissen|sag(?:en sie)? bescheid),? (?:ob|wenn|falls)\b|\bich hoffe,? (?:das|dies) hilft|\bgerne (?:passe|kann) ich (?:den|das|die|es)|\bn'hesitez pas a (?:modifier|ajuster|me dire|adapter|personnaliser)|\bj'espere que cela (?:vous )?(?:aide|convient)|\bje peux (?:aussi )?(?:l'adapter|le raccourcir|la raccourcir|l'ajuster|modifier)|\b(?:avisame|dime) si\b|\bespero que (?:esto|te|le) (?:ayude|sirva)|\bpuedo (?:ajustar|adaptar|acortar|modificar)|\bfammi sapere se\b|\bspero che (?:questo|ti|le) (?:aiuti|sia utile)|\bposso (?:adattar|modificar|accorciar)|\blaat (?:het )?me weten (?:als|of)\b|\bik hoop dat dit helpt|\bik kan (?:de|het|hem) (?:brief )?(?:aanpassen|inkorten)|\b(?:me avise|avise-me|diga-me) se\b|\bespero que (?:isso|isto) ajude|\bposso (?:ajustar|adaptar|encurtar)|\bsag till om\b|\bhoppas (?:detta|det) hjalper|\bjag kan (?:anpassa|korta|andra)|\bsig til,? hvis\b|\bgi (?:meg )?beskjed (?:om|hvis)\b|\bsi ifra (?:om|hvis)\b|\bjeg kan (?:tilpasse|forkorte|aendre|endre)|\bkerro,? jos\b|\btoivottavasti tasta on apua|\bdaj(?: mi)? znac,? (?:jesli|czy)\b|\bmam nadzieje,? ze to pomoze/,
];

/** Sentences (or parts) in which the model speaks to the user. */
export function chatterIn(sentence: string): string | null {
  const folded = fold(sentence.trim());
  for (const pattern of CHATTER) {
    const match = pattern.exec(folded);
    if (match) return sentence.trim();
  }
  return null;
}

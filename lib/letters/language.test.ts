import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguage, resolveLetterLanguage, type LetterLanguage } from './language';

/** Openings of postings as boards in each country write them. */
const POSTINGS: [LetterLanguage, string][] = [
  ['en', 'We are looking for a Senior Backend Engineer to join our payments team. You will design and build services in Go and PostgreSQL, and work closely with product and design. Requirements: 5+ years of experience with distributed systems.'],
  ['de', 'Für unser Team in München suchen wir ab sofort eine:n Senior Backend Entwickler:in (m/w/d). Deine Aufgaben: Du entwickelst und betreibst unsere Zahlungsdienste mit Go und PostgreSQL. Dein Profil: abgeschlossenes Studium der Informatik und mehrjährige Erfahrung mit verteilten Systemen. Wir bieten flexible Arbeitszeiten und ein tolles Team.'],
  ['fr', 'Nous recherchons un(e) Développeur Backend Senior pour rejoindre notre équipe paiements à Paris. Vos missions : concevoir et faire évoluer nos services en Go et PostgreSQL, en lien avec les équipes produit. Profil recherché : vous avez au moins 5 ans d’expérience sur des systèmes distribués.'],
  ['es', 'Buscamos un/a Desarrollador/a Backend Senior para unirse a nuestro equipo de pagos en Madrid. Funciones: diseñar y mantener nuestros servicios en Go y PostgreSQL, en colaboración con el equipo de producto. Requisitos: al menos 5 años de experiencia con sistemas distribuidos. Ofrecemos horario flexible.'],
  ['it', 'Cerchiamo un Backend Developer Senior da inserire nel nostro team pagamenti a Milano. La risorsa si occuperà della progettazione e dello sviluppo dei servizi in Go e PostgreSQL, in collaborazione con il team di prodotto. Requisiti: almeno 5 anni di esperienza con sistemi distribuiti. Offriamo contratto a tempo indeterminato.'],
  ['nl', 'Wij zoeken een Senior Backend Developer voor ons betalingsteam in Amsterdam. Je ontwerpt en bouwt onze diensten in Go en PostgreSQL en werkt nauw samen met product en design. Wat vragen wij: minimaal 5 jaar ervaring met gedistribueerde systemen. Wat bieden wij: een goed salaris en flexibele werktijden.'],
  ['pt', 'Procuramos um(a) Desenvolvedor(a) Backend Sênior para integrar a nossa equipe de pagamentos em São Paulo. Você será responsável por projetar e manter os nossos serviços em Go e PostgreSQL, em conjunto com o time de produto. Requisitos: pelo menos 5 anos de experiência com sistemas distribuídos.'],
  ['sv', 'Vi söker en erfaren backendutvecklare till vårt betalningsteam i Stockholm. Du kommer att utveckla och förvalta våra tjänster i Go och PostgreSQL i nära samarbete med produktteamet. Vi ser gärna att du har minst fem års erfarenhet av distribuerade system. Tjänsten är en tillsvidareanställning.'],
  ['da', 'Vi søger en erfaren backendudvikler til vores betalingsteam i København. Du skal udvikle og vedligeholde vores tjenester i Go og PostgreSQL i tæt samarbejde med produktteamet. Vi forventer, at du har mindst fem års erfaring med distribuerede systemer, og at du trives med at arbejde selvstændigt. Vi tilbyder en stilling med gode muligheder for udvikling.'],
  ['no', 'Vi søker en erfaren backendutvikler til vårt betalingsteam i Oslo. Du vil utvikle og forvalte våre tjenester i Go og PostgreSQL i tett samarbeid med produktteamet. Vi ønsker at du har minst fem års erfaring med distribuerte systemer, og at du trives med å jobbe selvstendig. Vi tilbyr en stilling med gode muligheter for utvikling.'],
  ['fi', 'Haemme kokenutta backend-kehittäjää maksutiimiimme Helsinkiin. Tehtävässä kehität ja ylläpidät palveluitamme Go- ja PostgreSQL-teknologioilla yhdessä tuotetiimin kanssa. Odotamme sinulta vähintään viiden vuoden kokemusta hajautetuista järjestelmistä. Tarjoamme joustavat työajat ja hyvät etuudet.'],
  ['pl', 'Poszukujemy doświadczonego programisty backend do naszego zespołu płatności w Warszawie. Twoje obowiązki: projektowanie i rozwój usług w Go i PostgreSQL we współpracy z zespołem produktowym. Wymagania: co najmniej 5 lat doświadczenia z systemami rozproszonymi. Oferujemy elastyczne godziny pracy oraz prywatną opiekę medyczną.'],
];

/** Single lines as people paste them: a heading, a benefit, a closing call to apply. */
const ONE_LINERS: [LetterLanguage, string][] = [
  ['en', 'Join us as a Product Designer and shape how millions of people pay their bills.'],
  ['en', 'Key responsibilities include managing the warehouse team and ensuring safety standards are met.'],
  ['en', 'Nurse wanted for night shifts at our care home in Leeds.'],
  ['de', 'Wir freuen uns auf deine Bewerbung!'],
  ['de', 'Pflegefachkraft (m/w/d) in Vollzeit oder Teilzeit gesucht – attraktive Vergütung nach Tarif.'],
  ['de', 'Sie verfügen über eine abgeschlossene kaufmännische Ausbildung und gute Englischkenntnisse.'],
  ['fr', 'Vous aimez le contact client et vous avez le sens du service ?'],
  ['fr', 'Poste en CDI basé à Lyon, télétravail possible deux jours par semaine.'],
  ['fr', 'Au sein de la direction financière, vous serez en charge du contrôle de gestion.'],
  ['es', '¿Te apasiona la tecnología? ¡Únete a nuestro equipo!'],
  ['es', 'Se requiere experiencia mínima de dos años en atención al cliente.'],
  ['es', 'Ofrecemos contrato indefinido y salario competitivo según valía.'],
  ['it', 'Siamo alla ricerca di un addetto alle vendite per il nostro negozio di Roma.'],
  ['it', 'Il candidato ideale ha maturato esperienza nel settore logistico.'],
  ['it', 'Si offre contratto a tempo determinato con possibilità di rinnovo.'],
  ['nl', 'Ben jij een enthousiaste collega met passie voor techniek?'],
  ['nl', 'Je hebt minimaal een afgeronde hbo-opleiding en spreekt vloeiend Nederlands.'],
  ['nl', 'Wij bieden een marktconform salaris en goede secundaire arbeidsvoorwaarden.'],
  ['pt', 'Estamos à procura de um engenheiro de software para a nossa equipa em Lisboa.'],
  ['pt', 'Oferecemos plano de saúde, vale-refeição e horário flexível.'],
  ['pt', 'Buscamos profissionais com inglês avançado e vontade de aprender.'],
  ['sv', 'Vi erbjuder en spännande roll i ett växande bolag.'],
  ['sv', 'Du har en relevant högskoleutbildning och talar flytande svenska och engelska.'],
  ['sv', 'Urval sker löpande så skicka in din ansökan redan idag.'],
  ['da', 'Vi glæder os til at høre fra dig.'],
  ['da', 'Du har en relevant uddannelse og taler og skriver flydende dansk og engelsk.'],
  ['da', 'Ansøgningsfristen er den 15. januar, og vi holder samtaler løbende.'],
  ['no', 'Vi ser frem til å høre fra deg.'],
  ['no', 'Du har relevant utdanning og snakker og skriver flytende norsk og engelsk.'],
  ['no', 'Søknadsfristen er 15. januar, og vi holder intervjuer fortløpende.'],
  ['fi', 'Etsimme nyt myyjää Helsingin myymäläämme.'],
  ['fi', 'Sinulla on alan koulutus ja hyvät vuorovaikutustaidot.'],
  ['fi', 'Lähetä hakemuksesi viimeistään perjantaina.'],
  ['pl', 'Szukamy osoby na stanowisko księgowej w naszym biurze w Krakowie.'],
  ['pl', 'Wymagamy minimum dwóch lat doświadczenia na podobnym stanowisku.'],
  ['pl', 'Zapewniamy umowę o pracę i pakiet benefitów.'],
];

describe('detectLanguage', () => {
  it.each(ONE_LINERS)('recognises a %s one-liner', (language, text) => {
    expect(detectLanguage(text)?.language).toBe(language);
  });

  it.each(POSTINGS)('recognises a %s posting', (language, text) => {
    expect(detectLanguage(text)).toEqual({ language, confident: true });
  });

  it.each(POSTINGS)('recognises a %s posting from its first sentence alone', (language, text) => {
    const first = text.split(/(?<=[.:!?])\s/)[0]!;
    expect(detectLanguage(first)?.language).toBe(language);
  });

  it('is not fooled by English tech words in a German posting', () => {
    const text = 'Als Senior Frontend Engineer (m/w/d) arbeitest du mit React, TypeScript, Node.js und GraphQL an unserer Cloud Platform.';
    expect(detectLanguage(text)?.language).toBe('de');
  });

  it('tells Danish from Norwegian and Spanish from Portuguese in short texts', () => {
    expect(detectLanguage('Vi har brug for en udvikler med erfaring af arbejde med data.')?.language).toBe('da');
    expect(detectLanguage('Vi trenger en utvikler med erfaring av arbeid med data.')?.language).toBe('no');
    expect(detectLanguage('Buscamos una persona con experiencia en ventas y muy buena comunicación.')?.language).toBe('es');
    expect(detectLanguage('Procuramos uma pessoa com experiência em vendas e muito boa comunicação.')?.language).toBe('pt');
  });

  it('says nothing when nothing is recognisable, and is not confident on a few words', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12345 — Go, Rust, Kubernetes')).toBeNull();
    expect(detectLanguage('Wir suchen dich')?.confident).toBe(false);
  });
});

describe('normalizeLanguage', () => {
  it('reads the tags and names pages use', () => {
    expect(normalizeLanguage('de-DE')).toBe('de');
    expect(normalizeLanguage('pt_BR')).toBe('pt');
    expect(normalizeLanguage('nb-NO')).toBe('no');
    expect(normalizeLanguage('German')).toBe('de');
    expect(normalizeLanguage('Svenska')).toBe('sv');
    expect(normalizeLanguage('swe')).toBe('sv');
    expect(normalizeLanguage('ja-JP')).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
  });
});

describe('resolveLetterLanguage', () => {
  const german = POSTINGS.find(([l]) => l === 'de')![1];
  const english = POSTINGS.find(([l]) => l === 'en')![1];

  it('writes in the language the user chose', () => {
    expect(resolveLetterLanguage({ job: { description: german }, config: { letterLanguage: 'en' } })).toBe('en');
  });

  it('writes a typed or pasted posting in the language of its text', () => {
    expect(resolveLetterLanguage({ job: { description: german, language: '' }, config: { letterLanguage: 'auto' } })).toBe('de');
    expect(resolveLetterLanguage({ job: { description: english }, config: {} })).toBe('en');
  });

  it('uses the language the page reported unless the text clearly says otherwise', () => {
    expect(resolveLetterLanguage({ job: { description: 'Go, Rust', language: 'fr-FR' }, config: { letterLanguage: 'auto' } })).toBe('fr');
    // A board whose interface is English showing a German posting.
    expect(resolveLetterLanguage({ job: { description: german, language: 'en-US' }, config: { letterLanguage: 'auto' } })).toBe('de');
  });

  it('falls back to English', () => {
    expect(resolveLetterLanguage({ job: { description: '12345' }, config: {} })).toBe('en');
  });
});

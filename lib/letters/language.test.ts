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

describe('detectLanguage', () => {
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

// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { declaredLanguage, detectTextLanguage, normaliseLanguageTag, postingLanguage } from './language';
import { documentFromHtml } from './test-support';

describe('the language a posting is written in', () => {
  it.each([
    ['zh', '岗位职责：负责公司核心系统的设计与开发，任职要求：本科及以上学历'],
    ['ja', '仕事内容：当社のウェブサービスの開発をお任せします。応募資格：実務経験3年以上'],
    ['ko', '주요업무: 백엔드 서비스 개발 및 운영, 자격요건: 관련 경력 3년 이상'],
    ['ar', 'نبحث عن مهندس برمجيات للانضمام إلى فريقنا في دبي. المتطلبات: خبرة ثلاث سنوات'],
    ['hi', 'हम एक सॉफ्टवेयर इंजीनियर की तलाश कर रहे हैं जो हमारी टीम में शामिल हो'],
    ['ru', 'Мы ищем разработчика в нашу команду. Обязанности: разработка сервисов на Python'],
    ['uk', 'Ми шукаємо розробника до нашої команди. Обов’язки: розробка сервісів, досвід роботи від трьох років'],
    ['en', 'We are looking for an engineer who will own our billing services and work with the product team on the roadmap.'],
    ['es', 'Buscamos un técnico para la configuración de cámaras. Las tareas incluyen la instalación y el soporte de los equipos con los clientes.'],
    ['pt', 'Estamos à procura de um desenvolvedor para a nossa equipe. Você vai trabalhar com os clientes e não precisa de experiência com Java.'],
    ['de', 'Wir suchen eine Entwicklerin für unser Team. Du arbeitest mit der Produktabteilung und bist für die Qualität der Software verantwortlich.'],
    ['fr', 'Nous recherchons un développeur pour notre équipe. Vous serez responsable des services et vous travaillerez avec les clients.'],
    ['pl', 'Szukamy programisty do naszego zespołu. Do obowiązków będzie należało tworzenie usług oraz praca z klientami, nie jest wymagane doświadczenie.'],
    ['tr', 'Ekibimize katılacak bir yazılım geliştirici arıyoruz. Bu pozisyon için en az üç yıl deneyim ve iyi derecede bilgi sahibi olmak gerekir.'],
    ['nl', 'Wij zoeken een ontwikkelaar voor ons team. Je werkt met de klanten en bent verantwoordelijk voor de kwaliteit van onze software.'],
  ])('%s', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });

  // Short sentences from real postings in which the language's frequent words only just decide:
  // each of them counts, so a word missing from the list would leave the posting's language unknown.
  it.each([
    ['en', 'We are hiring engineers for the payments team'],
    ['en', 'You will join our platform group and mentor juniors'],
    ['en', 'Your work is central to this product roadmap'],
    ['en', 'Candidates should have shipped apps in that domain with Swift'],
    ['en', 'Hybrid schedule: be on site twice weekly as part of operations'],
    ['de', 'Wir suchen ab sofort eine Softwareentwicklerin für Backend und Cloud'],
    ['de', 'Du verantwortest das Budget gemeinsam mit der Produktleitung'],
    ['de', 'Sie ist ein zentraler Baustein von unserem Erfolg'],
    ['de', 'Bewirb dich gerne auch ohne Studium bei uns im Team'],
    ['de', 'Deine Erfahrung zählt, dein Abschluss nicht, Einstieg auf Probe'],
    ['de', 'Ihre Bewerbung senden Sie bitte direkt zu Händen der Personalabteilung'],
    ['de', 'Die Stelle ist unbefristet und in Vollzeit zu besetzen'],
    ['fr', 'Nous recrutons une développeuse pour notre équipe produit et data'],
    ['fr', 'Vous travaillerez avec les équipes dans un cadre agile'],
    ['fr', 'Le poste est basé sur Lyon, proche de la gare'],
    ['fr', 'Votre rôle au sein du service des achats'],
    ['fr', 'Vos missions consistent à être présent aux côtés de clients qui investissent'],
    ['es', 'Buscamos una ingeniera para nuestro equipo de datos'],
    ['es', 'Trabajarás con el cliente y las áreas técnicas'],
    ['es', 'Es un puesto en remoto que ofrecemos por proyecto'],
    ['es', 'Tu perfil: experiencia del sector y sus normas'],
    ['es', 'Su incorporación al equipo como analista de los riesgos'],
    ['es', 'Se valorará experiencia con SAP y el inglés'],
    ['pt', 'Procuramos uma pessoa com experiência para o nosso time'],
    ['pt', 'Você vai cuidar do produto e da operação'],
    ['pt', 'Atuação em São Paulo, na sede, ou no escritório de Campinas'],
    ['pt', 'Sua rotina inclui suporte ao time dos clientes, das lojas'],
    ['pt', 'Os requisitos não incluem diploma; seu portfólio conta mais, as entregas também'],
    ['it', 'Cerchiamo uno sviluppatore per il nostro team di Milano'],
    ['it', 'Siamo una startup attiva nel settore della logistica'],
    ['it', 'Il tuo lavoro riguarda la gestione dei clienti'],
    ['it', 'Collaborerai con gli sviluppatori sulle scelte tecniche e del prodotto'],
    ['it', 'Le sedi sono vicine alla stazione, zona delle università'],
    ['it', 'Offriamo il contratto nazionale che prevede smart working e buoni pasto per tutti'],
    ['nl', 'Wij zoeken een ontwikkelaar voor het platformteam in Utrecht'],
    ['nl', 'Je werkt met de klanten en collega’s'],
    ['nl', 'Wat wij bieden: ruimte om te groeien bij onze organisatie'],
    ['nl', 'Jij bent niet bang om ook zelf naar oplossingen te zoeken'],
    ['nl', 'Jouw collega’s zijn gedreven professionals, we houden van aanpakken'],
    ['nl', 'Solliciteer via ons portaal met je cv en motivatie'],
    ['pl', 'Oferujemy stabilne zatrudnienie oraz dofinansowanie do nauki i sportu'],
    ['pl', 'Miejsce pracy: biuro w Krakowie lub Warszawie, zdalnie jest możliwe'],
    ['pl', 'Twoje wynagrodzenie będzie zależne od doświadczenia na stanowisku'],
    ['pl', 'Szukamy osoby dla zespołu, która nie boi się kontaktu z klientem'],
    ['pl', 'Gwarantujemy, że odpowiemy po rozmowie, jak tylko rekruterzy przejdą przez zgłoszenia'],
    ['tr', 'Bu pozisyon için ekibimize katılacak bir geliştirici ve tasarımcı arıyoruz'],
    ['tr', 'Aranan nitelikler: en az üç yıl deneyim ve iyi iletişim becerisi'],
    ['tr', 'Tercihen finans sektöründe çalışmış, SQL konusunda bilgi sahibi olan ve takım çalışmasına yatkın'],
    ['tr', 'Müşterilerle ilgili süreçleri takip etmek gibi görevler ile daha fazla sorumluluk'],
    ['tr', 'Tam zamanlı olarak çalışacak, iş planlamada çok deneyimli ve analitik'],
    ['tr', 'Liderlik becerisine sahip, seyahat engeli olmayan ve askerlik görevini de tamamlamış, ekip çalışmasına da yatkın'],
    ['sv', 'Vi söker en utvecklare till vårt team och produktgrupp i Stockholm'],
    ['sv', 'Du kommer att arbeta inom ekonomiavdelningen, placering Göteborg centrum'],
    ['sv', 'Det är ett arbete som passar för nyexaminerade civilingenjörer'],
    ['sv', 'Vår kultur präglas av öppenhet och din utveckling'],
    ['sv', 'Läs mer om tjänsten på vår webbplats och ansök'],
    ['sv', 'Passar rollen dig som har erfarenhet av kundservice?'],
    ['sv', 'Tjänsten är på heltid med start i augusti och provanställning'],
    ['da', 'Vi søger en udvikler til vores team i Aarhus'],
    ['da', 'Du får mulighed for at arbejde med kunderne'],
    ['da', 'Det er en stilling, som består af drift'],
    ['da', 'Har du lyst til at arbejde hos os?'],
    ['da', 'Vi kan tilbyde dig en god løn og pension'],
    ['da', 'Læs mere om din rolle på vores hjemmeside'],
    ['nb', 'Vi søker en utvikler til vår avdeling i Oslo'],
    ['nb', 'Du får mulighet til å jobbe med kundene'],
    ['nb', 'Det er en stilling som består av drift'],
    ['nb', 'Har du lyst til å jobbe hos oss?'],
    ['nb', 'Vi kan tilby deg god lønn og pensjon'],
    ['nb', 'Du trenger ikke lang erfaring for å søke'],
    ['nb', 'Les mer om din rolle på nettsiden vår og søk'],
    ['fi', 'Haemme tiimiimme ohjelmistokehittäjää, joka on innostunut myös pilvestä ja automaatiosta'],
    ['fi', 'Sinä olet meillä tärkeä osa tuotekehitystä ja asiakastyötä'],
    ['fi', 'Työ tehdään asiakkaiden kanssa; voit valita etätyön tai toimiston'],
    ['fi', 'Me uskomme, että asiakkaat sekä kumppanit ovat tärkeimpiä'],
    ['fi', 'Tehtävä on vaativa ja monipuolinen, sisältää myös matkustusta'],
    ['cs', 'Hledáme vývojáře pro náš tým v Praze a Brně, nástup do měsíce'],
    ['cs', 'Náplň práce je vývoj aplikací, které jsou používány denně'],
    ['cs', 'Práce bude probíhat ve spolupráci s analytickým týmem'],
    ['cs', 'Naše firma se zaměřuje na logistiku, také e-commerce'],
    ['cs', 'Pracovat budeš jako analytik při zavádění systémů nebo procesů a dat'],
    ['ro', 'Căutăm un programator pentru echipa noastră din Cluj'],
    ['ro', 'Vei lucra cu colegii echipelor noastre de produs'],
    ['ro', 'Experiență în dezvoltare web este un avantaj real'],
    ['ro', 'Program flexibil și posibilitatea de a lucra la birou sau remote'],
    ['ro', 'Căutăm o persoană care vorbește engleză și germană la nivel avansat'],
    ['hu', 'Keresünk egy fejlesztőt a budapesti irodánkba és távmunkára is'],
    ['hu', 'Feladatok: az ügyfelek támogatása, hibák javítása vagy dokumentálása mint szakértő'],
    ['hu', 'Elvárások: fontos, hogy van angol tudásod, diploma nem szükséges'],
    ['hu', 'Amit kínálunk: versenyképes fizetés és egy modern iroda'],
    ['hu', 'Jelentkezz most, hogy meg tudjuk ismerni a céljaidat is'],
    ['id', 'Kami mencari pengembang yang berbakat untuk tim produk di Jakarta'],
    ['id', 'Anda akan bekerja dengan tim penjualan dan pemasaran'],
    ['id', 'Memiliki pengalaman minimal dua tahun dalam bidang ini'],
    ['id', 'Lulusan dari jurusan informatika atau teknik pada universitas yang terakreditasi'],
    ['vi', 'Chúng tôi tuyển kỹ sư phần mềm cho các dự án web và di động của công ty'],
    ['vi', 'Ứng viên có hai năm kinh nghiệm lập trình Java được ưu tiên'],
    ['vi', 'Làm việc trong môi trường quốc tế, những đồng nghiệp giỏi'],
    ['vi', 'Không yêu cầu bằng cấp, đây là một vị trí phù hợp cho sinh viên'],
    ['vi', 'Bạn sẽ phối hợp với nhóm sản phẩm và khách hàng của các dự án lớn'],
  ])('%s: %s', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });

  it.each([
    ['bn', 'আমরা আমাদের দলের জন্য একজন সফটওয়্যার প্রকৌশলী খুঁজছি'],
    ['ta', 'எங்கள் குழுவில் சேர ஒரு மென்பொருள் பொறியாளரைத் தேடுகிறோம்'],
    ['te', 'మా బృందంలో చేరడానికి సాఫ్ట్‌వేర్ ఇంజనీర్ కోసం వెతుకుతున్నాము'],
    ['th', 'เรากำลังมองหาวิศวกรซอฟต์แวร์เพื่อร่วมทีมของเรา'],
    ['he', 'אנחנו מחפשים מפתח תוכנה להצטרף לצוות שלנו בתל אביב'],
    ['el', 'Αναζητούμε μηχανικό λογισμικού για την ομάδα μας στην Αθήνα'],
    ['ka', 'ვეძებთ პროგრამისტს ჩვენს გუნდში თბილისში'],
    ['hy', 'Մենք փնտրում ենք ծրագրավորող մեր թիմի համար Երևանում'],
    ['fa', 'ما به دنبال یک برنامه‌نویس برای پیوستن به تیم خود در تهران هستیم'],
    ['be', 'Мы шукаем распрацоўшчыка ў нашу каманду'],
    ['be', 'Мы шукаем распрацоўшчыка ў нашу каманду ў Мінску. Патрабаванні: вопыт працы з JavaScript і TypeScript, веданне англійскай мовы'],
    ['uk', 'Ми шукаємо розробника до нашої команди в Європі. Обов’язки: підтримка клієнтів з Білорусі («Белаўто»)'],
    ['bg', 'Търсим програмист, който ще бъде част от екипа ни в София'],
    ['sr', 'Тражимо програмера за наш тим у Београду. Потребно је знање енглеског језика'],
  ])('%s by its script or letters', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });

  it.each([
    ['', 'C++ / Go'],
    ['', 'Kotlin, Kubernetes, Terraform, PostgreSQL, Kafka and Grafana on AWS'],
    ['', 'We are hiring for the team. Wir suchen eine Person für das Team.'],
    ['', `Stack: ${'Kotlin Kubernetes Terraform PostgreSQL Kafka Grafana Prometheus Redis Docker Linux '.repeat(5)}and the on-call rota, you`],
  ])('says nothing when too few words or two languages share the text: %s', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });

  it('reads a few ideographs as Chinese, but not fewer than four letters of anything', () => {
    expect(detectTextLanguage('招聘司机')).toBe('zh');
    expect(detectTextLanguage('司机 3')).toBe('');
  });

  // A script decides only when more than 30% of the letters are in it: 70 English letters with a
  // 30-letter line in another script stay English.
  describe('postings mostly in English with a line in another script', () => {
    const english = 'We are looking for an engineer who will own our billing services and the payment team';
    it.each([
      ['Chinese', '我们正在寻找一名软件工程师加入我们在上海团队负责后端服务开发'],
      ['Arabic', 'نبحث عن مهندس برمجيات لفريقنا في دبي'],
      ['Russian', 'Мы ищем разработчика в нашу команду'],
      ['Greek', 'Ζητάμε μηχανικό λογισμικού στην Κω'],
    ])('%s', (_script, line) => {
      expect(detectTextLanguage(`${english}. ${line}`)).toBe('en');
    });

    it('a Chinese company name in an English posting', () => {
      expect(detectTextLanguage('We are looking for an engineer who will own our billing services at 华为')).toBe('en');
    });
  });

  it.each([
    // One Ukrainian letter (in a city name) among 100 Cyrillic letters is not yet Ukrainian.
    ['ru', 'Мы ищем бэкенд-разработчика в нашу команду. Обязанности: разработка сервисов, опыт работы от двух лет. Офис в центре: г. Київ'],
    // Nor is one "і" (Dnipro in Ukrainian) among 101 letters Ukrainian, or Belarusian without a "ў".
    ['ru', 'Мы ищем бэкенд-разработчика в нашу команду. Обязанности: разработка сервисов, опыт работы от двух лет. Офис в центре: Дніпро'],
    // One hard sign among 50 Cyrillic letters is not yet Bulgarian.
    ['ru', 'Объявление: требуется водитель на склад в Москве и на Севере'],
    // One Persian letter (in a company name) among 100 Arabic letters is not yet Persian.
    ['ar', 'نبحث عن مهندس برمجيات لفريقنا في بغداد. المتطلبات: خبرة ثلاث سنوات في تطوير تطبيقات الويب والعمل مع فريق شركة گاز في البصرة'],
    // Sony's name in katakana (one kana in ten) does not make a Chinese posting Japanese.
    ['zh', '岗位职责：负责索尼ソニー产品的软件开发与维护'],
  ])('does not let a single borrowed letter decide: %s', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });

  it('reads the language from the start of a long posting, not from a translation further down', () => {
    const english = 'We are looking for an engineer who will own our billing services and work with the product team on the roadmap. '.repeat(25);
    expect(english.length).toBeGreaterThan(2500);
    const chinese = '我们正在寻找一名软件工程师加入我们在上海的团队，负责后端服务的设计与开发。'.repeat(100);
    expect(detectTextLanguage(`${english}\n\n${chinese}`)).toBe('en');
  });

  it('says nothing for text too short or too mixed to tell', () => {
    expect(detectTextLanguage('Kubernetes, Terraform, AWS')).toBe('');
  });

  it('normalises declared tags to BCP 47 and rejects anything else', () => {
    expect(normaliseLanguageTag('en_US')).toBe('en-US');
    expect(normaliseLanguageTag('PT-br')).toBe('pt-BR');
    expect(normaliseLanguageTag('english please')).toBe('');
  });

  it.each([
    [' de ', 'de'],
    ['fil', 'fil'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
    ['zh-hant-tw', 'zh-hant-TW'],
    ['es-419', 'es-419'],
    ['sr-Latn-rs', 'sr-Latn-RS'],
    ['de-DE-1996', 'de-DE-1996'],
    ['e', ''],
    ['engl', ''],
    ['en-', ''],
    ['en-a', ''],
    ['en-abcdefghi', ''],
    ['en US', ''],
    ['en-US;q=0.9', ''],
    ['*', ''],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('reads the declared tag %j as %j', (raw, tag) => {
    expect(normaliseLanguageTag(raw)).toBe(tag);
  });

  it('keeps at most 35 characters of a long private tag', () => {
    expect(normaliseLanguageTag('de-abcdefgh-abcdefgh-abcdefgh-abcdefgh')).toBe('de-abcdefgh-abcdefgh-abcdefgh-abcde');
  });

  describe('what the page declares', () => {
    const page = (html: string) => documentFromHtml(html, 'https://careers.example.com/jobs/1');

    it('prefers the posting’s JSON-LD inLanguage over the page’s lang', () => {
      expect(declaredLanguage(page('<html lang="en"><head></head><body></body></html>'), 'pt_BR')).toBe('pt-BR');
    });

    it('reads <html lang>, then xml:lang when lang is not a language tag', () => {
      expect(declaredLanguage(page('<html lang="fr"><head></head><body></body></html>'), '')).toBe('fr');
      expect(declaredLanguage(page('<html lang="english" xml:lang="nl-BE"><head></head><body></body></html>'), '')).toBe('nl-BE');
    });

    it('falls back to the first Content-Language of the <head>, then og:locale', () => {
      const contentLanguage = '<meta http-equiv="Content-Language" content="de-DE, en">';
      const ogLocale = '<meta property="og:locale" content="sv_SE">';
      expect(declaredLanguage(page(`<html><head>${contentLanguage}</head><body></body></html>`), '')).toBe('de-DE');
      expect(declaredLanguage(page(`<html><head>${ogLocale}${contentLanguage}</head><body></body></html>`), '')).toBe('de-DE');
      expect(declaredLanguage(page(`<html><head>${ogLocale}</head><body></body></html>`), '')).toBe('sv-SE');
    });

    it('skips a Content-Language meta without a value', () => {
      expect(declaredLanguage(page('<html><head><meta http-equiv="content-language"><meta property="og:locale" content="es_MX"></head><body></body></html>'), '')).toBe('es-MX');
    });

    it('reads xml:lang of a page without <head>, such as an XML job feed', () => {
      const feed = new JSDOM('<?xml version="1.0"?><rss version="2.0" xml:lang="de-AT"><channel><title>Jobs</title></channel></rss>', { url: 'https://jobs.example.at/feed.xml', contentType: 'application/xml' }).window.document;
      expect(feed.head).toBeNull();
      expect(declaredLanguage(feed, '')).toBe('de-AT');
    });

    it('declares nothing when the page says nothing usable', () => {
      expect(declaredLanguage(page('<html lang="x"><head><meta property="og:locale" content="default"></head><body></body></html>'), 'English')).toBe('');
    });
  });

  describe('Danish and Norwegian, which frequent words cannot tell apart reliably', () => {
    const danish = 'Vi søger en udvikler til vores team i Aarhus. Du får mulighed for at arbejde med kunderne og vores partnere.';
    const norwegian = 'Vi søker en utvikler til vår avdeling i Oslo. Du får mulighet til å jobbe med kundene og ikke bare med koden.';
    const pageIn = (lang: string) => documentFromHtml(`<html lang="${lang}"><head></head><body></body></html>`, 'https://jobs.example.com/1');

    it('reads each on its own', () => {
      expect(detectTextLanguage(danish)).toBe('da');
      expect(detectTextLanguage(norwegian)).toBe('nb');
    });

    it.each([
      ['da', norwegian, 'da'],
      ['nb', danish, 'nb'],
      ['da-DK', danish, 'da-DK'],
      ['no', norwegian, 'no'],
      ['no', danish, 'no'],
      ['nn', norwegian, 'nn'],
      ['en', danish, 'da'],
      ['en', norwegian, 'nb'],
      ['sv', danish, 'da'],
      ['de', 'Kotlin, Kubernetes, Terraform', 'de'],
    ])('on a page declared %s', (lang, text, expected) => {
      expect(postingLanguage(pageIn(lang), '', text)).toBe(expected);
    });

    it('takes the text’s language when the page declares none', () => {
      const page = documentFromHtml('<html><head></head><body></body></html>', 'https://jobs.example.com/1');
      expect(postingLanguage(page, '', danish)).toBe('da');
    });
  });

  it('trusts the posting text over a page whose interface is in another language, and keeps the declared region when they agree', () => {
    const posting = '<h1>Backend Entwickler</h1><p>Wir suchen eine Entwicklerin für unser Team. Du arbeitest mit der Produktabteilung und bist für die Qualität der Software verantwortlich, mit Kotlin und Kubernetes.</p>';
    const jsonLd = (language: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Backend Entwickler', hiringOrganization: 'Rheinwerk', description: posting, inLanguage: language })}</script>`;
    const url = 'https://careers.example.com/jobs/1';
    const english = extractJobPosting(documentFromHtml(`<html lang="en"><head>${jsonLd('')}</head><body></body></html>`, url), url);
    expect(english.found && english.language).toBe('de');
    const swiss = extractJobPosting(documentFromHtml(`<html lang="en"><head>${jsonLd('de-CH')}</head><body></body></html>`, url), url);
    expect(swiss.found && swiss.language).toBe('de-CH');
  });
});

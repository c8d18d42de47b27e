// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { detectTextLanguage, normaliseLanguageTag } from './language';
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

  it('says nothing for text too short or too mixed to tell', () => {
    expect(detectTextLanguage('Kubernetes, Terraform, AWS')).toBe('');
  });

  it('normalises declared tags to BCP 47 and rejects anything else', () => {
    expect(normaliseLanguageTag('en_US')).toBe('en-US');
    expect(normaliseLanguageTag('PT-br')).toBe('pt-BR');
    expect(normaliseLanguageTag('english please')).toBe('');
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

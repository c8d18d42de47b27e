// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, type FoundJobPosting } from './index';
import { NOT_FOUND_REASONS } from './page-kind';
import { documentFromHtml } from './test-support';

/** What the extractor reads from the page itself, beyond structured data and site adapters. */

function found(html: string, url: string): FoundJobPosting {
  const result = extractJobPosting(documentFromHtml(html, url), url);
  if (!result.found) throw new Error(`expected a posting, got "${result.reason}"`);
  return result;
}

const jsonLd = (posting: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...posting })}</script>`;

describe('the full page text when structured data holds a summary', () => {
  const page = (description: string) => `<!DOCTYPE html><html lang="es"><head><title>Operario de bodega</title>${jsonLd({ title: 'Operario de bodega', hiringOrganization: { name: 'Bodega Norte' }, description })}</head>
  <body><div class="ficha"><div class="cabecera"><h1>Operario de bodega</h1><div>Bodega Norte</div><button>Postular</button></div>
  <div class="bloque"><div class="titulo">Responsabilidades</div><div class="texto">Llegar a tiempo, orden y prolijidad en las funciones del día.<br>Puesto efectivo.</div></div>
  <div class="bloque"><div class="titulo">Funciones</div><div class="texto">Movimiento de vino, limpieza y desinfección, tareas generales de bodega.</div></div>
  <div class="bloque"><div class="titulo">Requisitos</div><div class="texto">Ciclo básico completo y experiencia en producción.</div></div>
  <div class="acciones"><button>Postular</button></div>
  <div class="similares"><h3>Ofertas similares</h3><a href="/anuncio/1">Chofer</a><a href="/anuncio/2">Vendedor</a></div></div></body></html>`;

  it('reads every section the page shows, from where the summary starts to the apply row', () => {
    const result = found(page('Llegar a tiempo, orden y prolijidad en las funciones del día.\nPuesto efectivo.'), 'https://trabajo.example.uy/anuncio/operario');
    expect(result.description).toContain('Movimiento de vino, limpieza y desinfección');
    expect(result.description).toContain('Ciclo básico completo');
    expect(result.description).not.toContain('Chofer');
    expect(result.description).not.toContain('Operario de bodega\n');
  });

  it('keeps a full structured description as it is', () => {
    const full = `${'Somos una bodega familiar con cien años de historia en Canelones. '.repeat(30)}`;
    const result = found(page(full), 'https://trabajo.example.uy/anuncio/operario');
    expect(result.description).toBe(full.trim());
  });
});

describe('location from the page', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>Data Engineer</title>${jsonLd({ title: 'Data Engineer', hiringOrganization: 'Fjord Data', description: 'We build pipelines for shipping companies. '.repeat(8) })}</head><body><h1>Data Engineer</h1>${body}</body></html>`;
  const url = 'https://careers.fjord.example/jobs/7';

  it.each([
    ['a "Location:" line', '<p>Location: Bergen, Norway</p>', 'Bergen, Norway'],
    ['a definition list in Spanish', '<dl><dt>Ubicación</dt><dd>Montevideo</dd></dl>', 'Montevideo'],
    ['a Chinese label', '<div><span>工作地点：</span><span>北京</span></div>', '北京'],
    ['a Russian label', '<div><b>Город</b><span>Казань</span></div>', 'Казань'],
    ['an Arabic label', '<p>الموقع: دبي</p>', 'دبي'],
  ])('reads %s', (_name, body, location) => {
    expect(found(page(body), url).location).toBe(location);
  });

  it('does not read a search box or a footer as the location', () => {
    expect(found(page('<form role="search"><label>Location</label><input value="Oslo"></form><footer><p>Location: Head office, Oslo</p></footer>'), url).location).toBe('');
  });
});

describe('recognising postings in any language', () => {
  const generic = (lang: string, title: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

  it.each([
    ['zh', '后端开发工程师', '<h3>岗位职责</h3><p>负责公司核心交易系统的设计、开发与维护，参与技术方案评审，持续优化系统性能和稳定性，保障线上服务质量。</p><h3>任职要求</h3><p>本科及以上学历，三年以上后端开发经验，熟悉分布式系统设计，具备良好的沟通能力和团队合作精神。</p><p>薪资面议，五险一金，带薪年假。</p><button>立即沟通</button>'],
    ['ar', 'مهندس برمجيات', '<h3>المسؤوليات</h3><p>تطوير وصيانة الأنظمة الداخلية للشركة والعمل مع فريق المنتج على تحسين تجربة المستخدمين في جميع أنحاء المنطقة.</p><h3>المتطلبات</h3><p>خبرة لا تقل عن ثلاث سنوات في تطوير البرمجيات ومعرفة جيدة بقواعد البيانات. دوام كامل مع مزايا وراتب تنافسي.</p><a href="/apply">قدم الآن</a>'],
    ['uk', 'Python розробник', '<h3>Обов’язки</h3><p>Розробка та підтримка сервісів компанії, участь у плануванні архітектури, написання тестів та документації для команди продукту.</p><h3>Вимоги</h3><p>Досвід роботи з Python від трьох років, знання PostgreSQL та Docker. Ми пропонуємо повна зайнятість, гнучкий графік та навчання.</p>'],
    ['ja', 'バックエンドエンジニア', '<h3>仕事内容</h3><p>当社の予約サービスのバックエンド開発をお任せします。設計から運用まで一貫して担当していただきます。</p><h3>応募資格</h3><p>Webアプリケーション開発の実務経験三年以上。給与は経験に応じて決定します。勤務地は東京です。</p>'],
  ])('recognises a %s posting on a site without structured data', (lang, title, body) => {
    const url = 'https://jobs.example.net/vacancy/1';
    const result = found(generic(lang, title, body), url);
    expect(result.title).toBe(title);
    expect(result.language.split('-')[0]).toBe(lang);
  });

  it('does not take a page about something else, in the same languages, for a posting', () => {
    const url = 'https://blog.example.net/post/1';
    const recipe = generic('zh', '红烧肉的做法', '<p>红烧肉是一道著名的大众菜肴，各大菜系都有自己特色的红烧肉。其以五花肉为制作主料，最好选用肥瘦相间的三层肉来做。</p><p>先将五花肉切成方块，焯水后备用，再加入冰糖炒出糖色，最后小火慢炖一个小时即可出锅。</p>');
    expect(extractJobPosting(documentFromHtml(recipe, url), url)).toEqual({ found: false, reason: NOT_FOUND_REASONS.noPosting, url });
  });
});

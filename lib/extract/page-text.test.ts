// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fullerPageText } from './page-text';
import { documentFromHtml } from './test-support';

/**
 * A board's JSON-LD often carries only the posting's first paragraph; the page shows all of it.
 * fullerPageText finds the structured text on the page and reads on from there, up to where the
 * posting ends (apply row, similar jobs, forms, footer).
 */

const URL = 'https://empleos.example.uy/aviso/4711';
const page = (body: string) => documentFromHtml(`<!DOCTYPE html><html lang="es"><head><title>Aviso</title></head><body>${body}</body></html>`, URL);

const INTRO = 'Buscamos una persona para atención al cliente en nuestra panadería de Pocitos.';
const TASKS = 'Atender el mostrador, armar pedidos y cobrar en caja con buena disposición.';
const NEEDS = 'Secundaria completa y experiencia previa de al menos un año en comercio.';

/** A posting in sections, as most boards render it, followed by a similar-jobs block. */
function sectionedPage({ tasksHeading = 'Tareas', endHeading = 'Ofertas similares', extra = '' } = {}): Document {
  return page(`<header class="site"><a href="/">Empleos UY</a> <a href="/publicar">Publicar</a></header>
    <main>
      <h1>Atención al cliente</h1>
      <div class="aviso">
        <div class="intro"><p>${INTRO}</p></div>
        <div class="seccion"><h3>${tasksHeading}</h3><p>${TASKS}</p></div>
        <div class="seccion"><h3>Requisitos</h3><p>${NEEDS}</p></div>
        ${extra}
      </div>
      <div class="relacionados"><h3>${endHeading}</h3>
        <ul><li><a href="/aviso/1">Panadero</a><p>Panadería Sur, Montevideo. Jornada completa, turno de mañana, con experiencia.</p></li>
        <li><a href="/aviso/2">Cajero</a><p>Supermercado Centro, Montevideo. Medio horario, fines de semana incluidos.</p></li></ul>
      </div>
    </main>
    <footer><p>Empleos UY © 2026 · Términos · Privacidad</p></footer>`);
}

describe('the fuller page text of a posting whose structured data holds a summary', () => {
  it('reads every section from where the summary starts, and stops before similar jobs', () => {
    expect(fullerPageText(sectionedPage(), INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it('reads on through sections that follow the summary’s block, stopping at the end of the posting', () => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="texto"><p>${INTRO}</p></div>
      <div class="texto"><h3>Tareas</h3><p>${TASKS}</p></div>
      <div class="spacer"></div>
      <div class="texto"><h3>Requisitos</h3><p>${NEEDS}</p></div>
      <div class="acciones"><form action="/postular"><button>Postularme</button></form></div>
      <div class="texto"><p>Otras empresas que contratan en Montevideo: muchas, y con buenos sueldos.</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it.each([
    ['a share row made of links', '<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>'],
    ['a navigation bar', '<nav><span>Anterior aviso: Cajero en Centro, jornada completa y turno tarde.</span></nav>'],
    ['an aside', '<aside><p>Consejos para tu entrevista: llegá temprano y llevá tu currículum.</p></aside>'],
    ['a footer', '<footer><p>Consejos para tu entrevista: llegá temprano y llevá tu currículum.</p></footer>'],
    ['a header', '<header><p>Consejos para tu entrevista: llegá temprano y llevá tu currículum.</p></header>'],
    ['a block with a search box', '<div><label>Buscar más avisos de panadería y gastronomía</label><input name="q"></div>'],
    ['a block with a message box', '<div><label>Escribile a la empresa una consulta sobre el aviso</label><textarea></textarea></div>'],
    ['a block with another posting’s title', '<div><h1>Cajero</h1><p>Supermercado Centro, medio horario, fines de semana.</p></div>'],
  ])('stops at %s', (_name, boundary) => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="texto"><p>${INTRO}</p></div>
      <div class="texto"><h3>Tareas</h3><p>${TASKS}</p></div>
      ${boundary}
      <div class="texto"><p>${NEEDS}</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('reads on past a block that only mentions a link among its text', () => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="texto"><p>${INTRO}</p></div>
      <div class="texto"><p>Enviá tu CV a <a href="mailto:rrhh@panaderia.example">rrhh@panaderia.example</a> antes del viernes, indicando la referencia PAN-12.</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nEnviá tu CV a rrhh@panaderia.example antes del viernes, indicando la referencia PAN-12.`);
  });

  it('reads on past a block that is exactly half link', () => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="texto"><p>${INTRO}</p></div>
      <div class="texto"><p>Consultas: <a href="mailto:rrhh@pan.uy">rrhh@pan.uy</a></p></div>
      <div class="texto"><p>${NEEDS}</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nConsultas: rrhh@pan.uy\n\n${NEEDS}`);
  });

  it.each([
    ['Other open positions'],
    ['Similar job ads'],
    ['Related position'],
    ['Related offer'],
    ['Recommended role for you'],
    ['More jobs like this'],
    ['Похожие вакансии'],
    ['Другие вакансии компании'],
    ['Схожі вакансії'],
    ['相似职位'],
    ['相关职位推荐'],
    ['为你推荐职位'],
    ['Empleos similares'],
    ['Offres similaires'],
    ['Ähnliche Jobs'],
    ['Ähnliche Stellen in Berlin'],
    ['وظائف مشابهة'],
  ])('ends the posting at a "%s" block', (endHeading) => {
    expect(fullerPageText(sectionedPage({ endHeading }), INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it.each([
    ['Growth: move into other roles'],
    ['Переход на другие вакансии внутри компании'],
    ['Чому ми, а не схожі вакансії'],
    ['Qué nos distingue de otras ofertas similares'],
    ['Qué nos distingue de empleos similares'],
    ['Ce qui nous distingue des offres similaires'],
    ['Warum wir und nicht ähnliche Stellen'],
    ['لماذا نحن وليس وظائف مشابهة'],
  ])('keeps a posting section headed "%s", which only mentions other jobs', (tasksHeading) => {
    expect(fullerPageText(sectionedPage({ tasksHeading }), INTRO)).toBe(`${INTRO}\n\n${tasksHeading}\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it('leaves out a board-written summary inside the posting and after it', () => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="aviso">
        <div class="intro"><p>${INTRO}</p><div class="tldr">TLDR: customer service, bakery, Pocitos.</div></div>
        <div class="seccion"><h3>Tareas</h3><p>${TASKS}</p></div>
      </div>
      <div class="seccion"><div class="ai-summary">AI summary: a bakery wants a cashier.</div><h3>Requisitos</h3><p>${NEEDS}</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it('climbs only over a heading before the summary, not over a company blurb', () => {
    const blurb = 'Panadería Pocitos es una empresa familiar fundada en 1952, con cuatro locales en Montevideo y más de sesenta empleados.';
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="ficha">
        <div class="empresa"><p>${blurb}</p></div>
        <div class="aviso">
          <div class="intro"><h3>Descripción</h3><p>${INTRO}</p></div>
          <div class="seccion"><h3>Tareas</h3><p>${TASKS}</p></div>
        </div>
      </div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`Descripción\n\n${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('climbs over a heading of up to 80 characters before the summary', () => {
    const heading = 'Descripción del puesto: atención al cliente y caja en la panadería de Pocitos UY';
    expect(heading).toHaveLength(80);
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="aviso"><h3>${heading}</h3><div class="intro"><p>${INTRO}</p></div></div>
      <div class="seccion"><h3>Tareas</h3><p>${TASKS}</p></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${heading}\n\n${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('reads the posting up to the page’s own wrapper, never the whole page', () => {
    const document = page(`<div class="menu"><a href="/">Empleos UY</a> <a href="/publicar">Publicar</a></div>
      <div class="contenido">
        <h2>Atención al cliente</h2>
        <div class="aviso"><p>${INTRO}</p><h3>Tareas</h3><p>${TASKS}</p></div>
      </div>
      <div class="pie"><p>Empleos UY © 2026 · Términos · Privacidad · Contacto · Ayuda · Prensa</p></div>`);
    expect(fullerPageText(document, INTRO)).toBe(`Atención al cliente\n\n${INTRO}\n\nTareas\n\n${TASKS}\n\nEmpleos UY © 2026 · Términos · Privacidad · Contacto · Ayuda · Prensa`);
  });

  it('finds the summary after the same words in a category link and in the page’s JSON-LD', () => {
    const structured = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Atención al cliente', description: INTRO };
    const document = page(`<script type="application/ld+json">${JSON.stringify(structured)}</script>
      <div class="mobile-copy" aria-hidden="true"><p>${INTRO}</p><p>Versión móvil resumida del aviso para pantallas chicas.</p></div>
      <div hidden><p>${INTRO}</p><p>Borrador anterior del aviso que ya no está publicado en el portal.</p></div>
      <nav class="migas"><ol><li><a href="/">Inicio</a></li><li><a href="/c/atencion">Buscamos una persona</a></li></ol></nav>
      <main><h1>Atención al cliente</h1>
        <div class="aviso">
          <p class="meta"><span><a href="/c/atencion">Buscamos una persona</a></span> · Montevideo · Publicado hace tres días · 245 postulantes · Jornada completa</p>
          <div class="intro"><p>${INTRO}</p></div>
          <div class="seccion"><h3>Tareas</h3><p>${TASKS}</p></div>
        </div>
      </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('finds a summary the page splits over inline tags', () => {
    const document = page(`<main><h1>Atención al cliente</h1>
      <div class="aviso"><p><strong>Buscamos una persona</strong> para <em>atención al cliente</em> en nuestra panadería de Pocitos.</p>
      <div class="seccion"><h3>Tareas</h3><p>${TASKS}</p></div></div>
    </main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('finds a summary whose first line is a bullet, with or without a space after it', () => {
    const document = page(`<main><h1>Cajero/a</h1>
      <div class="aviso"><ul><li>Atención al cliente en mostrador y caja.</li><li>Armado de pedidos.</li></ul>
      <div class="seccion"><h3>Requisitos</h3><p>${NEEDS}</p></div></div>
    </main>`);
    const expected = `• Atención al cliente en mostrador y caja.\n• Armado de pedidos.\n\nRequisitos\n\n${NEEDS}`;
    expect(fullerPageText(document, '• Atención al cliente en mostrador y caja.\n• Armado de pedidos.')).toBe(expected);
    expect(fullerPageText(document, '•Atención al cliente en mostrador y caja.\n•Armado de pedidos.')).toBe(expected);
  });

  it('keeps a bullet that sits inside the first line', () => {
    const document = page(`<main><h1>Cajero</h1>
      <div class="aviso"><p>Sueldo: 40.000 pesos • Jornada completa de lunes a viernes</p>
      <div class="seccion"><h3>Requisitos</h3><p>${NEEDS}</p></div></div>
    </main>`);
    expect(fullerPageText(document, 'Sueldo: 40.000 pesos • Jornada completa de lunes a viernes')).toBe(`Sueldo: 40.000 pesos • Jornada completa de lunes a viernes\n\nRequisitos\n\n${NEEDS}`);
  });

  it('looks the summary up by its first line of at least 15 characters, not by a short heading', () => {
    const document = page(`<aside class="filtros"><p><a href="/c/tareas">Tareas</a></p><p>Filtrá avisos por rubro, zona y jornada.</p></aside>
      <main><h1>Atención al cliente</h1>
        <div class="aviso"><h3>Jornada parcial</h3><p>${INTRO}</p>
        <div class="seccion"><h3>Requisitos</h3><p>${NEEDS}</p></div></div>
      </main>`);
    const expected = `Jornada parcial\n\n${INTRO}\n\nRequisitos\n\n${NEEDS}`;
    expect(fullerPageText(document, `Tareas\n${INTRO}`)).toBe(expected);
    // "Jornada parcial" has exactly 15 characters: long enough to look up, even when the next line
    // is the board's own wording that the page does not show.
    expect(fullerPageText(document, 'Jornada parcial\nResumen escrito por el portal para los buscadores.')).toBe(expected);
  });

  it('finds nothing when the summary has no line long enough to look up', () => {
    expect(fullerPageText(sectionedPage(), 'Tareas\nRequisitos')).toBeNull();
    expect(fullerPageText(page(`<div class="aviso"><p>${INTRO}</p><p>${TASKS}</p></div>`), 'Tareas\nRequisitos')).toBeNull();
  });

  it('finds a summary that runs the page’s paragraphs together on one line', () => {
    expect(fullerPageText(sectionedPage(), `${INTRO} ${TASKS}`)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}\n\nRequisitos\n\n${NEEDS}`);
  });

  it('finds nothing when only the summary’s first words are on the page, even in text right inside the body', () => {
    expect(fullerPageText(page(`Buscamos una persona para reparto en moto.<div><p>${TASKS}</p></div>`), INTRO)).toBeNull();
  });

  it('finds nothing when the summary is not on the page', () => {
    expect(fullerPageText(sectionedPage(), 'Texto que el portal escribió y la página no muestra en ningún lado.')).toBeNull();
  });

  it('keeps the structured text when the page shows little more than it', () => {
    const document = page(`<main><h1>Atención al cliente</h1><div class="aviso"><p>${INTRO}</p><p>Turno tarde.</p></div></main>`);
    expect(fullerPageText(document, INTRO)).toBeNull();
    const same = page(`<main><h1>Atención al cliente</h1><div class="aviso"><p>${INTRO}</p></div></main>`);
    expect(fullerPageText(same, INTRO)).toBeNull();
  });

  it('keeps the structured text when the page shows exactly a fifth more', () => {
    const structured = `${INTRO} Turno de mañana.`;
    const extra = 'Sueldo: $ 40.000.';
    const document = page(`<main><h1>Atención al cliente</h1><div class="aviso"><p>${structured}</p><p>${extra}</p></div></main>`);
    expect(`${structured}\n\n${extra}`).toHaveLength(structured.length * 1.2);
    expect(fullerPageText(document, structured)).toBeNull();
  });

  it('reads the page when it shows more than a fifth more than the structured text', () => {
    const document = page(`<main><h1>Atención al cliente</h1><div class="aviso"><p>${INTRO}</p><p>Turno tarde, de 14 a 22.</p></div></main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTurno tarde, de 14 a 22.`);
  });

  it('takes a structured description of 1,500 characters or more as the whole posting', () => {
    const long = `${INTRO} ${'Ofrecemos buen clima de trabajo, capacitación y uniforme. '.repeat(30)}`.slice(0, 1500);
    const document = page(`<main><h1>Atención al cliente</h1><div class="aviso"><p>${long}</p><h3>Tareas</h3><p>${TASKS.repeat(5)}</p><h3>Requisitos</h3><p>${NEEDS.repeat(5)}</p></div></main>`);
    expect(long).toHaveLength(1500);
    expect(fullerPageText(document, long)).toBeNull();
    expect(fullerPageText(document, long.slice(0, 1499))).toContain(TASKS);
  });

  it('stops reading once it has 20,000 characters of page text', () => {
    const section = (n: number) => `<div class="seccion"><h3>Sección ${n}</h3><p>${`Texto largo de la sección ${n} del aviso. `.repeat(200)}</p></div>`;
    const document = page(`<main><h1>Atención al cliente</h1><div class="intro"><p>${INTRO}</p></div>${[1, 2, 3, 4, 5, 6].map(section).join('')}</main>`);
    const text = fullerPageText(document, INTRO)!;
    expect(text).toContain('Sección 3');
    expect(text).not.toContain('Sección 4');
  });

  it('reads no further once exactly 20,000 characters are read', () => {
    const long = `${'Atender el mostrador y la caja con buena disposición, siempre. '.repeat(400)}`.slice(0, 20_000 - INTRO.length).trimEnd();
    const filler = long + 'x'.repeat(20_000 - INTRO.length - long.length);
    const document = page(`<main><h1>Atención al cliente</h1><div class="intro"><p>${INTRO}</p></div><div class="seccion"><p>${filler}</p></div><div class="seccion"><p>Sección final: más beneficios para el personal.</p></div></main>`);
    const text = fullerPageText(document, INTRO)!;
    expect(text.replace('\n\n', '')).toHaveLength(20_000);
    expect(text).not.toContain('Sección final');
  });

  it('climbs into a posting of exactly 20,000 characters', () => {
    const size = 20_000 - 'Descripción'.length - INTRO.length;
    const filler = 'Atender el mostrador y la caja con buena disposición, siempre. '.repeat(400).slice(0, size - 1) + '.';
    const document = page(`<main><h1>Atención al cliente</h1><div class="aviso"><h3>Descripción</h3><div class="intro"><p>${INTRO}</p></div><div class="seccion"><p>${filler}</p></div></div></main>`);
    expect(document.querySelector('.aviso')!.textContent).toHaveLength(20_000);
    expect(fullerPageText(document, INTRO)).toBe(`Descripción\n\n${INTRO}\n\n${filler}`);
  });

  it('does not climb into a wrapper holding more than 20,000 characters', () => {
    const comments = Array.from({ length: 40 }, (_, i) => `<p>Comentario ${i}: ${'muy buena empresa para trabajar, lo recomiendo. '.repeat(12)}</p>`).join('');
    const document = page(`<main><h1>Atención al cliente</h1><div class="todo"><div class="aviso"><p>${INTRO}</p><h3>Tareas</h3><p>${TASKS}</p></div><div class="similares"><h3>Ofertas similares</h3><p>Cajero en Centro, medio horario, fines de semana incluidos y buen sueldo.</p></div><div class="comentarios">${comments}</div></div></main>`);
    expect(fullerPageText(document, INTRO)).toBe(`${INTRO}\n\nTareas\n\n${TASKS}`);
  });

  it('finds nothing in a document without a body', () => {
    const xml = new JSDOM(`<aviso><p>${INTRO}</p></aviso>`, { contentType: 'application/xml' }).window.document;
    expect(xml.body).toBeNull();
    expect(fullerPageText(xml, INTRO)).toBeNull();
  });
});

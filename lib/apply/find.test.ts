// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCoverLetterTargets } from './index';
import { fieldName, formFrom, loadForm } from './test-support';

const best = (doc: Document) => findCoverLetterTargets(doc)[0];

describe('findCoverLetterTargets on application forms', () => {
  // [fixture, the best field, its kind, every field it may return]
  const forms: [string, string, 'text' | 'file', string[]][] = [
    ['greenhouse.html', 'cover_letter_file', 'file', ['cover_letter_file', 'cover_letter_text']],
    ['greenhouse-embedded.html', 'cover_letter', 'file', ['cover_letter']],
    ['lever.html', 'additional-information', 'text', ['additional-information']],
    ['ashby.html', '0a6d44b5-1a5c-4bb8-a3b3-1f8a6d2b1c0e', 'file', ['0a6d44b5-1a5c-4bb8-a3b3-1f8a6d2b1c0e']],
    ['teamtailor-sv.html', 'candidate_cover_letter', 'text', ['candidate_cover_letter']],
    ['personio-de.html', 'documents[cover-letter]', 'file', ['documents[cover-letter]']],
    ['recruitee-nl.html', 'candidate-cover-letter', 'text', ['candidate-cover-letter']],
    ['careers-fr.html', 'lm', 'text', ['lm']],
    ['careers-es.html', 'carta', 'file', ['carta']],
    ['editor.html', 'div', 'text', ['div']],
  ];

  for (const [fixture, expected, kind, allowed] of forms) {
    it(`${fixture}: finds the cover-letter field and nothing else`, () => {
      const doc = loadForm(fixture);
      const targets = findCoverLetterTargets(doc);
      expect(targets.length).toBeGreaterThan(0);
      expect(fieldName(targets[0]!.element)).toBe(expected);
      expect(targets[0]!.kind).toBe(kind);
      expect(targets.map((t) => fieldName(t.element)).every((name) => allowed.includes(name))).toBe(true);
      for (const t of targets) expect(t.confidence).toBeGreaterThan(0);
    });
  }

  it('Workday: the hidden input of the Cover Letter drop zone, not the Resume/CV one with the same automation id', () => {
    const doc = loadForm('workday.html');
    const inputs = doc.querySelectorAll('input[type="file"]');
    const targets = findCoverLetterTargets(doc);
    expect(targets).toHaveLength(1);
    expect(targets[0]!.element).toBe(inputs[1]);
    expect(targets[0]!.label).toMatch(/Cover Letter/);
  });

  it('never offers the résumé upload or the résumé text', () => {
    for (const fixture of ['greenhouse.html', 'greenhouse-embedded.html', 'lever.html', 'ashby.html', 'personio-de.html', 'recruitee-nl.html', 'careers-fr.html', 'editor.html']) {
      const names = findCoverLetterTargets(loadForm(fixture)).map((t) => fieldName(t.element));
      expect(names.join(' '), fixture).not.toMatch(/resume|cv|curriculum/i);
    }
  });

  it('skips the "Why do you want to work here?" question when a cover-letter field exists', () => {
    const decoys = ['job_application_answers_attributes_1_text_value', 'question_301', 'cards[0b3f][field0]', 'q_1', 'custom_1', 'open-q', 'pourquoi'];
    for (const fixture of ['greenhouse.html', 'greenhouse-embedded.html', 'lever.html', 'teamtailor-sv.html', 'personio-de.html', 'recruitee-nl.html', 'careers-fr.html']) {
      const names = findCoverLetterTargets(loadForm(fixture)).map((t) => fieldName(t.element));
      for (const decoy of decoys) expect(names, fixture).not.toContain(decoy);
    }
  });

  it('falls back to "Message to the Hiring Team" on an application form without a cover-letter field, with low confidence', () => {
    const targets = findCoverLetterTargets(loadForm('smartrecruiters.html'));
    expect(targets.map((t) => fieldName(t.element))).toEqual(['hiring-manager-message-input']);
    expect(targets[0]!.confidence).toBeLessThan(0.6);
  });

  it('finds nothing on sign-in, contact and newsletter pages', () => {
    for (const fixture of ['login.html', 'contact.html', 'newsletter.html']) expect(findCoverLetterTargets(loadForm(fixture)), fixture).toEqual([]);
  });

  it('finds nothing on an application form whose only free text is a question', () => {
    const doc = formFrom(`<form>
      <label for="cv">Resume</label><input id="cv" type="file">
      <label for="why">Why do you want to work here?</label><textarea id="why"></textarea>
      <label for="salary">Salary expectations</label><input id="salary"></form>`);
    expect(findCoverLetterTargets(doc)).toEqual([]);
  });

  it('ranks a visible letter field above a hidden one and a textarea above a one-line input', () => {
    const doc = formFrom(`<form>
      <div><label for="a">Cover letter (short)</label><input id="a" type="text"></div>
      <div style="display:none"><label for="b">Cover letter</label><textarea id="b"></textarea></div>
      <div><label for="c">Cover letter</label><textarea id="c"></textarea></div></form>`);
    expect(findCoverLetterTargets(doc).map((t) => t.element.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves disabled fields and image-only uploads alone', () => {
    const doc = formFrom(`<form><label for="a">Cover letter</label><textarea id="a" disabled></textarea>
      <label for="b">Cover letter scan</label><input id="b" type="file" accept="image/png,image/jpeg"></form>`);
    expect(findCoverLetterTargets(doc)).toEqual([]);
  });
});

describe('findCoverLetterTargets in many languages', () => {
  const labels: [string, string][] = [
    ['English', 'Cover letter'],
    ['English (UK)', 'Covering letter'],
    ['German', 'Anschreiben'],
    ['German (Swiss)', 'Motivationsschreiben'],
    ['French', 'Lettre de présentation'],
    ['Spanish', 'Carta de presentación'],
    ['Italian', 'Lettera di presentazione'],
    ['Dutch', 'Sollicitatiebrief'],
    ['Swedish', 'Personligt brev'],
    ['Danish', 'Motiveret ansøgning'],
    ['Norwegian', 'Søknadsbrev'],
    ['Polish', 'List motywacyjny'],
    ['Portuguese', 'Carta de apresentação'],
  ];
  for (const [language, label] of labels) {
    it(`${language}: "${label}" as a label, a placeholder, nearby text`, () => {
      const asLabel = formFrom(`<form><label for="r">CV</label><input id="r" type="file"><label for="x">${label}</label><textarea id="x"></textarea></form>`);
      expect(best(asLabel)?.element.id).toBe('x');
      const asPlaceholder = formFrom(`<form><input id="r" type="file" aria-label="CV"><textarea id="x" placeholder="${label}"></textarea></form>`);
      expect(best(asPlaceholder)?.element.id).toBe('x');
      const asHeading = formFrom(`<form><h3>CV</h3><div class="drop"><input id="r" type="file" hidden></div><h3>${label}</h3><div class="drop"><input id="x" type="file" hidden><span>Drag a file here</span></div></form>`);
      expect(best(asHeading)?.element.id).toBe('x');
    });
  }

  it('Polish declension and Danish/Norwegian words for the application text', () => {
    expect(best(formFrom(`<form><label for="x">Treść listu motywacyjnego</label><textarea id="x"></textarea></form>`))?.element.id).toBe('x');
    expect(best(formFrom(`<form><label for="x">Ansøgning</label><textarea id="x"></textarea></form>`))?.element.id).toBe('x');
    expect(best(formFrom(`<form><label for="x">Søknadstekst</label><textarea id="x"></textarea></form>`))?.element.id).toBe('x');
  });

  it('by name or id alone, when the label says nothing', () => {
    expect(best(formFrom(`<form><label for="x">Text</label><textarea id="x" name="job_application[cover_letter_text]"></textarea></form>`))?.element.id).toBe('x');
    expect(best(formFrom(`<form><textarea id="coverLetterBody"></textarea></form>`))?.element.id).toBe('coverLetterBody');
  });

  it('inside an open shadow root (web-component forms)', () => {
    const doc = formFrom('<job-form></job-form>');
    const root = doc.querySelector('job-form')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="cv">Resume</label><input id="cv" type="file"><label for="cl">Cover letter</label><textarea id="cl"></textarea>';
    expect(best(doc)?.element).toBe(root.getElementById('cl'));
  });
});

describe('findCoverLetterTargets: words that name the whole application', () => {
  it('"Søknadsskjema" (the application form) and "Ansøgningsformular" are not the letter', () => {
    expect(findCoverLetterTargets(formFrom(`<form><label for="x">Søknadsskjema</label><textarea id="x"></textarea></form>`))).toEqual([]);
    expect(findCoverLetterTargets(formFrom(`<form><label for="x">Ansøgningsformular</label><textarea id="x"></textarea></form>`))).toEqual([]);
  });
});

describe('findCoverLetterTargets: text outside the field', () => {
  it('a posting that asks for a cover letter does not make its search box the letter field', () => {
    const doc = formFrom(`<main><h1>Backend Engineer</h1><p>Apply with your cover letter.</p>
      <form role="search"><input name="q" type="text"><button>Search jobs</button></form>
      <form><label for="e">Email for job alerts</label><input id="e" name="email" type="text"></form></main>`);
    expect(findCoverLetterTargets(doc)).toEqual([]);
  });

  it('a form in a same-origin iframe is part of the page', () => {
    const doc = formFrom('<h1>Careers</h1><iframe id="f"></iframe>');
    const inner = (doc.getElementById('f') as HTMLIFrameElement).contentDocument!;
    inner.body.innerHTML = '<form><label for="cv">Resume</label><input id="cv" type="file"><label for="cl">Cover letter</label><textarea id="cl"></textarea></form>';
    expect(best(doc)?.element).toBe(inner.getElementById('cl'));
  });
});

describe('findCoverLetterTargets: more markup seen on career sites', () => {
  const cases: [string, string][] = [
    ['a label "Additional information" whose hint asks for the letter', `<form><label for="r">Resume</label><input id="r" type="file"><label for="x">Additional information</label><textarea id="x" placeholder="Add a cover letter or anything else you want to share."></textarea></form>`],
    ['a table row', `<form><table><tr><td>Resume</td><td><input id="r" type="file"></td></tr><tr><td>Cover letter</td><td><textarea id="x"></textarea></td></tr></table></form>`],
    ['a fieldset legend', `<form><fieldset><legend>Resume</legend><input id="r" type="file"></fieldset><fieldset><legend>Anschreiben</legend><input id="x" type="file" hidden></fieldset></form>`],
    ['two uploads sharing one container', `<form><div class="uploads"><span>Lebenslauf</span><input id="r" type="file"><span>Motivationsschreiben</span><input id="x" type="file"></div></form>`],
    ['aria-labelledby pointing at two ids', `<form><span id="a">Lettera di presentazione</span><span id="b">(facoltativo)</span><input id="x" type="file" aria-labelledby="a b"></form>`],
    ['a Quill editor with its placeholder', `<form><div class="ql-container"><div class="ql-editor ql-blank" id="x" contenteditable="true" data-placeholder="Write your cover letter…"><p><br></p></div></div></form>`],
    ['a step heading above an unlabelled textarea', `<form><h2>Personligt brev</h2><div class="step"><textarea id="x"></textarea></div><button>Nästa</button></form>`],
  ];
  for (const [what, html] of cases) {
    it(what, () => {
      const targets = findCoverLetterTargets(formFrom(html));
      expect(targets[0]?.element.id).toBe('x');
      expect(targets.map((t) => t.element.id)).not.toContain('r');
    });
  }
});

describe('findCoverLetterTargets: more names and editors', () => {
  it.each([
    ['German compound', 'Bewerbungsanschreiben'],
    ['UK public sector', 'Supporting statement'],
    ['UK graduate schemes', 'Personal statement'],
    ['Finnish', 'Saatekirje'],
    ['Czech', 'Motivační dopis'],
  ])('%s: "%s"', (_language, label) => {
    const doc = formFrom(`<form><label for="r">CV</label><input id="r" type="file"><label for="x">${label}</label><textarea id="x"></textarea></form>`);
    expect(best(doc)?.element.id).toBe('x');
  });

  it('an editor named on its role="textbox" wrapper', () => {
    const doc = formFrom(`<form><div role="textbox" aria-label="Cover letter"><div id="x" contenteditable="true"><p></p></div></div></form>`);
    expect(best(doc)?.element.id).toBe('x');
  });
});

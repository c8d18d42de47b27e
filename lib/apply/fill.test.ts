// @vitest-environment jsdom
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillCoverLetter, findCoverLetterTargets, type CoverLetterTarget } from './index';

const LETTER = 'Dear Ms Ødegård,\n\nI would love to join Zürich Café GmbH.\nLine two of the same paragraph.\n\nKind regards,\nJosé Núñez';

afterEach(() => document.body.replaceChildren());

const textTarget = (element: HTMLElement): CoverLetterTarget => ({ kind: 'text', element, label: 'Cover letter', confidence: 1 });

describe('fillCoverLetter', () => {
  it('puts the letter into a controlled React textarea so React state holds it (line breaks and accents kept)', async () => {
    const seen: string[] = [];
    function ApplicationForm() {
      const [letter, setLetter] = useState('');
      seen.push(letter);
      return createElement('form', null,
        createElement('label', { htmlFor: 'cl' }, 'Cover letter'),
        createElement('textarea', { id: 'cl', value: letter, onChange: (e: { target: { value: string } }) => setLetter(e.target.value) }),
        createElement('output', { id: 'count' }, `${letter.length} characters`),
      );
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() => root.render(createElement(ApplicationForm)));

    const [target] = findCoverLetterTargets(document);
    expect(target?.element.id).toBe('cl');
    expect(await fillCoverLetter(target!, { text: LETTER, file: null })).toBe(true);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(LETTER));
    expect(document.getElementById('count')!.textContent).toBe(`${LETTER.length} characters`);
    // React re-rendered from its state: the DOM value is the state, not a stale write.
    expect((target!.element as HTMLTextAreaElement).value).toBe(LETTER);
    root.unmount();
  });

  it('reports false when a controlled React field rejects the value', async () => {
    function Locked() {
      const [value] = useState('fixed');
      return createElement('textarea', { id: 'cl', 'aria-label': 'Cover letter', value, onChange: () => undefined });
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() => root.render(createElement(Locked)));
    expect(await fillCoverLetter(textTarget(document.getElementById('cl')!), { text: LETTER, file: null })).toBe(false);
    root.unmount();
  });

  it('fires input and change that Vue and Angular listen to, on a plain textarea', async () => {
    document.body.innerHTML = '<form><label for="cl">Anschreiben</label><textarea id="cl"></textarea><button type="submit">Senden</button></form>';
    const events: string[] = [];
    const field = document.getElementById('cl') as HTMLTextAreaElement;
    for (const type of ['focus', 'input', 'change']) field.addEventListener(type, () => events.push(type));
    const submitted = vi.fn((e: Event) => e.preventDefault());
    document.querySelector('form')!.addEventListener('submit', submitted);

    expect(await fillCoverLetter(findCoverLetterTargets(document)[0]!, { text: LETTER, file: null })).toBe(true);
    expect(field.value).toBe(LETTER);
    expect(events).toEqual(['focus', 'input', 'change']);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('puts a one-line input on one line, paragraphs separated by spaces', async () => {
    document.body.innerHTML = '<label for="cl">Cover letter</label><input id="cl" type="text">';
    expect(await fillCoverLetter(findCoverLetterTargets(document)[0]!, { text: LETTER, file: null })).toBe(true);
    expect((document.getElementById('cl') as HTMLInputElement).value).toBe(
      'Dear Ms Ødegård, I would love to join Zürich Café GmbH. Line two of the same paragraph. Kind regards, José Núñez',
    );
  });

  it('gives a contenteditable editor the letter as paragraphs, replacing its placeholder', async () => {
    document.body.innerHTML = `<form><span id="l">Lettre de motivation</span>
      <div class="ProseMirror" contenteditable="true" role="textbox" aria-labelledby="l"><p><br></p></div></form>`;
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const inputs = vi.fn();
    editor.addEventListener('input', inputs);
    const [target] = findCoverLetterTargets(document);
    expect(target?.element).toBe(editor);
    expect(await fillCoverLetter(target!, { text: LETTER, file: null })).toBe(true);
    const paragraphs = Array.from(editor.querySelectorAll('p'));
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'Dear Ms Ødegård,',
      'I would love to join Zürich Café GmbH.Line two of the same paragraph.',
      'Kind regards,José Núñez',
    ]);
    // A line break inside a paragraph stays a line break.
    expect(paragraphs[1]!.querySelectorAll('br')).toHaveLength(1);
    expect(inputs).toHaveBeenCalled();
  });

  it('lets an editor that handles paste itself take the letter from the clipboard data', async () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" aria-label="Cover letter"></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    // jsdom has no DataTransfer/ClipboardEvent: give it the two small pieces a browser has.
    class FakeTransfer {
      data = new Map<string, string>();
      setData(type: string, value: string) { this.data.set(type, value); }
      getData(type: string) { return this.data.get(type) ?? ''; }
    }
    class FakeClipboardEvent extends Event {
      clipboardData: FakeTransfer;
      constructor(type: string, init: EventInit & { clipboardData: FakeTransfer }) { super(type, init); this.clipboardData = init.clipboardData; }
    }
    vi.stubGlobal('DataTransfer', FakeTransfer);
    vi.stubGlobal('ClipboardEvent', FakeClipboardEvent);
    let pasted = '';
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      pasted = (event as unknown as FakeClipboardEvent).clipboardData.getData('text/plain');
      editor.replaceChildren(...pasted.split('\n\n').map((p) => Object.assign(document.createElement('p'), { textContent: p })));
    });
    expect(await fillCoverLetter(textTarget(editor), { text: LETTER, file: null })).toBe(true);
    expect(pasted).toBe(LETTER);
    vi.unstubAllGlobals();
  });

  it('a file target without a file, or a field no longer on the page, is not filled', async () => {
    document.body.innerHTML = '<label for="f">Cover letter</label><input id="f" type="file"><label for="t">Cover letter</label><textarea id="t"></textarea>';
    const [file, text] = [document.getElementById('f')!, document.getElementById('t')!];
    expect(await fillCoverLetter({ kind: 'file', element: file, label: 'Cover letter', confidence: 1 }, { text: LETTER, file: null })).toBe(false);
    text.remove();
    expect(await fillCoverLetter(textTarget(text), { text: LETTER, file: null })).toBe(false);
  });
});

describe('fillCoverLetter on a file input', () => {
  it('hands the file over through a DataTransfer with input and change events (jsdom: a DataTransfer stand-in)', async () => {
    document.body.innerHTML = `<form><div class="drop"><p>Cover letter</p><input id="f" type="file" style="display:none"></div></form>`;
    class FakeTransfer {
      files: File[] = [];
      items = { add: (f: File) => this.files.push(f) };
    }
    vi.stubGlobal('DataTransfer', FakeTransfer);
    const input = document.getElementById('f') as HTMLInputElement;
    const events: string[] = [];
    for (const t of ['input', 'change']) input.addEventListener(t, () => events.push(t));
    const [target] = findCoverLetterTargets(document);
    expect(target).toMatchObject({ kind: 'file', element: input });
    const file = new File(['%PDF-1.7 Łódź'], 'CoverLetter_Zürich_2026-12-01.pdf', { type: 'application/pdf' });
    expect(await fillCoverLetter(target!, { text: LETTER, file })).toBe(true);
    expect(input.files?.[0]?.name).toBe('CoverLetter_Zürich_2026-12-01.pdf');
    expect(events).toEqual(['input', 'change']);
    vi.unstubAllGlobals();
  });
});

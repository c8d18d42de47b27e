import * as v from 'valibot';
import { fillCoverLetter } from './fill';
import { findCoverLetterTargets } from './find';
import { FillPayloadSchema, FRAME_STATE_KEY, type FillReply, type FrameTarget, type ScanResult } from './frame-protocol';
import type { CoverLetterTarget } from './types';

export { FRAME_STATE_KEY };

/**
 * The two halves of filling that run inside a frame. `scanPage` finds the fields and keeps
 * them in the frame (the isolated world persists between injections); the background picks the
 * best field over all frames and then calls `fillFromPayload` in that frame only.
 */

export interface FrameState {
  targets: CoverLetterTarget[];
  fill(payload: unknown): Promise<FillReply>;
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function focusedTextField(doc: Document): HTMLElement | null {
  const active = deepActiveElement(doc) as HTMLElement | null;
  if (!active || active === doc.body) return null;
  if (active.localName === 'textarea') return active;
  if (active.localName === 'input' && ['text', 'search', ''].includes((active.getAttribute('type') ?? '').toLowerCase())) return active;
  const editor = active.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  if (!editor) return null;
  // The editor's root, not a paragraph inside it.
  let root = editor;
  for (let up = root.parentElement?.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])'); up; up = up.parentElement?.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])')) root = up;
  return root;
}

export function scanPage(doc: Document, store: Record<string, unknown>): ScanResult {
  const targets = findCoverLetterTargets(doc);
  const focusedElement = focusedTextField(doc);
  let focused: FrameTarget | null = null;
  if (focusedElement) {
    let index = targets.findIndex((t) => t.element === focusedElement);
    if (index < 0) {
      // The user chose this field themselves: it is the target even if its label says nothing.
      targets.push({ kind: 'text', element: focusedElement, label: focusedElement.getAttribute('aria-label') ?? 'the field you chose', confidence: 1 });
      index = targets.length - 1;
    }
    const t = targets[index]!;
    focused = { index, kind: t.kind, label: t.label, confidence: 1 };
  }
  const state: FrameState = { targets, fill: (payload) => fillFromPayload(targets, payload) };
  store[FRAME_STATE_KEY] = state;
  return {
    url: doc.location?.href ?? '',
    title: doc.title.slice(0, 300),
    heading: (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
    targets: targets.map((t, index) => ({ index, kind: t.kind, label: t.label, confidence: t.confidence })),
    focused,
  };
}

function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fillFromPayload(targets: CoverLetterTarget[], raw: unknown): Promise<FillReply> {
  const payload = v.parse(FillPayloadSchema, raw);
  const target = targets[payload.index];
  if (!target) return { filled: false, label: '', kind: 'text' };
  const file = payload.file ? new File([bytesFromBase64(payload.file.base64)], payload.file.name, { type: payload.file.type }) : null;
  const filled = await fillCoverLetter(target, { text: payload.text, file });
  return { filled, label: target.label, kind: target.kind };
}

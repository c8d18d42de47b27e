import { storage } from '#imports';
import * as v from 'valibot';
import type { ApplyNotice, ApplyRequest } from './apply/outcome';
import type { CaptureNotice } from './capture/draft-store';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';
import type { PanelRequest } from './ui-requests';

/**
 * Every stored item, in one place. All live in storage.local: the API key must never be synced
 * to other machines, and storage.local is not readable by content scripts unless we expose it.
 */

/** The user's settings. Read through `loadSettings` so stored values are validated. */
export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {} });

/** The profile new jobs are written for. Empty when there is no profile yet. */
export const activeProfileIdItem = storage.defineItem<string>('local:activeProfileId', { fallback: '' });

/**
 * A capture from a page that needs the user (or was queued): the panel shows the message and
 * pre-fills the form. Session storage: gone when the browser closes, unreadable by content scripts.
 * Read through `parseCaptureNotice`.
 */
export const captureNoticeItem = storage.defineItem<CaptureNotice | null>('session:captureNotice', { fallback: null });

/** The background asking an open panel to show something (a letter, after a notification click). */
export const panelRequestItem = storage.defineItem<PanelRequest | null>('session:panelRequest', { fallback: null });

/**
 * What the last "Fill cover letter here" (context menu) did: the panel shows it with Undo, or the
 * chooser when no job matched the page. Session storage; read through `parseApplyNotice`.
 */
export const applyNoticeItem = storage.defineItem<ApplyNotice | null>('session:applyNotice', { fallback: null });

/** A "Fill cover letter here" click waiting for the panel; read through `parseApplyRequest`. */
export const applyRequestItem = storage.defineItem<ApplyRequest | null>('session:applyRequest', { fallback: null });

/**
 * Stored values that no longer validate (an older version, a hand edit) fall back field by field,
 * so one bad value never hides the others (the API key above all).
 */
export function parseSettings(stored: unknown): Settings {
  const whole = v.safeParse(SettingsSchema, stored ?? {});
  if (whole.success) return whole.output;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in DEFAULT_SETTINGS)) continue;
      const single = v.safeParse(SettingsSchema, { [key]: value });
      if (single.success) result[key] = (single.output as Record<string, unknown>)[key];
    }
  }
  return result as Settings;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Validates and stores; returns the issues when invalid and stores nothing. */
export async function saveSettings(next: Settings): Promise<{ ok: true } | { ok: false; issues: v.BaseIssue<unknown>[] }> {
  const parsed = v.safeParse(SettingsSchema, next);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  await settingsItem.setValue(parsed.output);
  return { ok: true };
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

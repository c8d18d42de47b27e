import * as v from 'valibot';
import { shouldQueueImmediately } from '../extract/confidence';
import type { ExtractionResult } from '../extract/result';
import { JOB_LIMITS, newId, type JobDetails, type JobSource } from '../schema';

/** What the form is pre-filled with when the user has to confirm or complete the details. */
export const CaptureDraftSchema = v.object({
  company: v.string(),
  title: v.string(),
  location: v.string(),
  url: v.string(),
  description: v.string(),
  source: v.picklist(['page', 'selection']),
});
export type CaptureDraft = v.InferOutput<typeof CaptureDraftSchema>;

export type CaptureDecision =
  | { kind: 'queue'; details: JobDetails }
  | { kind: 'form'; draft: CaptureDraft; message: string };

export interface CaptureInput {
  /** What the injected extractor found, or null when the page could not be read at all. */
  extraction: ExtractionResult | null;
  /** Why the page could not be read (browser page, store, PDF…). */
  unreadableReason?: string | null;
  /** Text the user selected: it becomes the description. */
  selectionText?: string;
  pageUrl: string;
  pageTitle?: string;
  hasProfile: boolean;
  hasApiKey: boolean;
  now?: number;
}

export const CAPTURE_MESSAGES = {
  noProfile: 'Create your profile first (Profile tab): the letter can only use experience you have entered. The job details are kept below.',
  noApiKey: 'Add your Anthropic API key in Settings, then press Generate cover letter. The job details are kept below.',
  noCompany: 'We couldn’t find the company’s name on this page. Add it below, then press Generate cover letter.',
  noTitle: 'We couldn’t find the job title on this page. Add it below, then press Generate cover letter.',
  shortDescription: 'We found too little of the job description. Paste it below (or select it on the page and use “Generate cover letter from selection”).',
  unsure: 'Please check the details we found on this page, then press Generate cover letter.',
} as const;

/**
 * Decides what a context-menu click or the shortcut does: queue the job at once when everything
 * is there and the extraction is confident, otherwise open the form pre-filled, saying what to add.
 */
export function decideCapture(input: CaptureInput): CaptureDecision {
  const found = input.extraction?.found ? input.extraction : null;
  const selection = (input.selectionText ?? '').trim();
  const source: CaptureDraft['source'] = selection ? 'selection' : 'page';
  const draft: CaptureDraft = {
    company: found?.company ?? '',
    title: found?.title ?? '',
    location: found?.location ?? '',
    url: found?.url || input.pageUrl,
    description: (selection || found?.description || '').slice(0, JOB_LIMITS.descriptionMax),
    source,
  };
  const form = (message: string): CaptureDecision => ({ kind: 'form', draft, message });

  if (input.unreadableReason) return form(input.unreadableReason);
  if (!found && !selection) {
    return form(input.extraction && !input.extraction.found ? input.extraction.reason : CAPTURE_MESSAGES.shortDescription);
  }
  if (!input.hasProfile) return form(CAPTURE_MESSAGES.noProfile);
  if (!input.hasApiKey) return form(CAPTURE_MESSAGES.noApiKey);
  if (!draft.company) return form(CAPTURE_MESSAGES.noCompany);
  if (!draft.title) return form(CAPTURE_MESSAGES.noTitle);
  if (draft.description.length < JOB_LIMITS.descriptionMin) return form(CAPTURE_MESSAGES.shortDescription);
  // A selection is the user's own choice of description: it needs no confidence in the page text.
  if (!selection && found && !shouldQueueImmediately(found)) return form(CAPTURE_MESSAGES.unsure);

  const details: JobDetails = {
    id: newId(),
    company: draft.company.slice(0, JOB_LIMITS.company),
    title: draft.title.slice(0, JOB_LIMITS.title),
    description: draft.description,
    location: draft.location,
    url: draft.url,
    source: source satisfies JobSource,
    capturedAt: input.now ?? Date.now(),
    language: '',
  };
  return { kind: 'queue', details };
}

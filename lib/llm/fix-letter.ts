/**
 * The automatic fix: one corrective request when a finished letter has serious findings. The model
 * gets its letter back with the exact findings and the instruction to remove or replace each with
 * facts from the profile; the reply is checked again and the better letter is kept.
 */
import type { LetterFinding, TokenUsage } from '../schema';
import { checkLetter, isRefusal, isSerious } from './checks';
import { GenerationError } from './errors';
import { LETTER_TAGS, parseTaggedLetter, readLetter } from './letter-format';
import type { LetterPrompt } from './prompt';
import type { GenerationRequest, GenerationResult } from './types';

/** The first line of the corrective request; the loopback model recognises it. */
export const FIX_REQUEST_HEADING = 'Your letter above has problems that must be fixed before it is sent:';

const KIND_NAMES: Record<LetterFinding['kind'], string> = {
  placeholder: 'placeholder',
  'wrong-company': 'wrong company',
  preamble: 'remark to the user, not letter text',
  'too-long': 'too long',
  cliche: 'cliché',
  'missing-company': 'company not named',
  'missing-part': 'empty part',
  'unsupported-number': 'number not in the profile',
  'unsupported-employer': 'organisation not in the profile',
  'unsupported-credential': 'degree or certification not in the profile',
  'inflated-experience': 'more experience than the profile supports',
  'unsupported-contact': 'contact detail not in the profile',
};

/**
 * The corrective request's text: each finding with its exact words, then what to do with them.
 * The company and position are named only inside the fenced <job> block of the first request:
 * page text never stands outside a fence.
 */
export function fixRequestText(findings: LetterFinding[]): string {
  const lines = findings.map((f, i) => `${i + 1}. ${KIND_NAMES[f.kind]}${f.quote ? `: "${f.quote}"` : ''}. ${f.message}`);
  return [
    FIX_REQUEST_HEADING,
    ...lines,
    '',
    'Rewrite the letter for the position and the company named in <job>. Remove each of these, or replace it with a fact stated in <profile>; never invent a replacement. ' +
      'Name the company from <job> as the company applied to. Write no placeholders and no remarks to me. Keep everything else, and the language, as it is.',
    `Reply with exactly the same five tags (${Object.values(LETTER_TAGS)
      .map((t) => `<${t}>`)
      .join(', ')}) and nothing outside them.`,
  ].join('\n');
}

function sameFinding(a: LetterFinding, b: LetterFinding): boolean {
  return a.kind === b.kind && (a.quote ?? '') === (b.quote ?? '');
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

/** Where the fix sits on the job's progress bar: after the first check, before saving. */
export const FIX_PROGRESS = { start: 92, end: 95 } as const;

export interface StreamedReply {
  text: string;
  usage: TokenUsage;
  stopReason: string;
}

export interface FixArgs {
  req: GenerationRequest;
  /** Sends one request the way the first one was sent (same client, timeouts, cancellation). */
  stream: (
    request: { system: string; messages: { role: 'user' | 'assistant'; content: string }[] },
    onText: (text: string, usage: TokenUsage) => void,
  ) => Promise<StreamedReply>;
  prompt: LetterPrompt;
  first: GenerationResult;
  /** Progress while the fix streams; `shown` is the fixed letter so far with both requests' tokens. */
  report: (value: number, shown: { text: string; usage: TokenUsage }) => void;
}

/**
 * Makes the one corrective request and returns the letter to keep. A fix that fails (cut off, empty,
 * declined, a dropped connection) or that is worse than the draft leaves the draft in place: the user
 * never loses a letter to the fix. Cancelling still cancels.
 */
export async function fixLetter({ req, stream, prompt, first, report }: FixArgs): Promise<GenerationResult> {
  const serious = first.findings.filter(isSerious);
  const request = {
    system: prompt.system,
    messages: [
      ...prompt.messages,
      { role: 'assistant' as const, content: first.text.trim() },
      { role: 'user' as const, content: fixRequestText(serious) },
    ],
  };
  report(FIX_PROGRESS.start, { text: first.text, usage: first.usage });
  let reply;
  try {
    reply = await stream(request, (text, usage) => {
      const share = Math.min(text.length / Math.max(first.text.length, 1), 1);
      report(Math.round(FIX_PROGRESS.start + (FIX_PROGRESS.end - FIX_PROGRESS.start) * share), { text, usage: addUsage(first.usage, usage) });
    });
  } catch (error) {
    if (error instanceof GenerationError && (error.kind === 'cancelled' || error.kind === 'no-api-key')) throw error;
    return first;
  }
  const usage = addUsage(first.usage, reply.usage);
  const keepDraft = { ...first, usage };
  const fixedTags = parseTaggedLetter(reply.text);
  if (reply.stopReason === 'max_tokens' || reply.text.trim() === '' || isRefusal(reply.text) || (fixedTags.complete.length === 0 && reply.text.length < 200)) return keepDraft;

  const content = readLetter(reply.text, req.job.job.company);
  const findings = checkLetter(content, req.job);
  const stillSerious = findings.filter(isSerious);
  if (stillSerious.length > serious.length) return keepDraft;
  report(FIX_PROGRESS.end, { text: reply.text, usage });
  return {
    content,
    findings,
    model: first.model,
    usage,
    text: reply.text,
    autoFix: {
      draft: first.content,
      draftFindings: first.findings,
      draftText: first.text,
      fixedCount: serious.filter((f) => !stillSerious.some((g) => sameFinding(f, g))).length,
      usage: reply.usage,
    },
  };
}

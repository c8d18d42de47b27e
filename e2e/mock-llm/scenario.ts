/**
 * How the mock misbehaves (or behaves) for one request. Chosen by markers in the prompt,
 * `[[mock:NAME]]` or `[[mock:NAME=VALUE]]`, or by `setScenario` / `POST /__control/scenario`.
 * Every time is in real milliseconds: `timeScale` speeds up only the default pacing.
 */
export interface Scenario {
  /** `slow=MS` (or `slow`: 150 ms): delay between chunks. */
  slowMs?: number;
  /** `stall=MS` (or `stall`: 10 s): wait before sending the response headers. */
  stallMs?: number;
  /** `status=CODE`: answer with this HTTP error and the matching Anthropic error body. */
  status?: number;
  /** `retry-after=SECONDS`: sent with `status` (fractions allowed, as the SDK parses them). */
  retryAfterSeconds?: number;
  /** `retry-after-ms=MS`: the SDK's millisecond variant; lets tests retry without waiting. */
  retryAfterMs?: number;
  /** `break-after=N`: destroy the socket after N text deltas. */
  breakAfter?: number;
  /** `error-midstream=N`: after N text deltas send an `error` event (overloaded) and end. */
  errorMidstream?: number;
  /** `duration=MS`: spread the letter so the whole stream lasts this long (pings keep it alive). */
  durationMs?: number;
  /** `tokens=N`: write a letter of about N output tokens. */
  tokens?: number;
  /** `format=plain`: a classic letter without tags, as local models often reply. */
  format?: 'tagged' | 'plain';
  /** `refuse`: the model declines. */
  refuse?: boolean;
  /** `empty`: no text at all, stop_reason end_turn. */
  empty?: boolean;
  /** `max-tokens`: the letter is cut off, stop_reason max_tokens. */
  maxTokens?: boolean;
  /** `hang`: headers and message_start, then silence until the client goes away. */
  hang?: boolean;
  /** `no-documents`: refuse PDF document blocks with a 400, as local models do. */
  noDocuments?: boolean;
  /**
   * `flaw=placeholder,number` (or `+` between names): the letter has these flaws, the kinds the guard
   * finds. A corrective request (lib/llm/fix-letter.ts) gets a clean letter back.
   */
  flaws?: LetterFlaw[];
}

export const LETTER_FLAWS = ['placeholder', 'number', 'company', 'employer', 'credential', 'experience', 'contact', 'chatter'] as const;
export type LetterFlaw = (typeof LETTER_FLAWS)[number];

function flawsFrom(value: string | undefined): LetterFlaw[] {
  const names = (value ?? '').split(/[,+]/).map((n) => n.trim()).filter(Boolean);
  for (const name of names) {
    if (!(LETTER_FLAWS as readonly string[]).includes(name)) throw new Error(`Unknown mock flaw "${name}". Known: ${LETTER_FLAWS.join(', ')}`);
  }
  if (names.length === 0) throw new Error(`Mock scenario "flaw" needs one or more of: ${LETTER_FLAWS.join(', ')}`);
  return names as LetterFlaw[];
}

/** Slow enough to watch a letter being written. */
const DEFAULT_SLOW_MS = 150;
const DEFAULT_STALL_MS = 10_000;

export const SCENARIO_MARKERS = [
  'slow[=MS]',
  'stall[=MS]',
  'status=CODE',
  'retry-after=SECONDS',
  'retry-after-ms=MS',
  'break-after=N',
  'error-midstream=N',
  'duration=MS',
  'tokens=N',
  'format=plain',
  'refuse',
  'empty',
  'max-tokens',
  'hang',
  'no-documents',
  'flaw=NAME[,NAME…]',
] as const;

function nonNegative(value: string | undefined, name: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n) || n < 0) {
    throw new Error(`Mock scenario "${name}" needs a non-negative number, got "${value ?? ''}"`);
  }
  return n;
}

/** Applies one `name` or `name=value` entry; unknown names are an error so typos do not pass silently. */
function applyEntry(scenario: Scenario, name: string, value: string | undefined): void {
  switch (name.toLowerCase()) {
    case 'slow': scenario.slowMs = value === undefined ? DEFAULT_SLOW_MS : nonNegative(value, name); break;
    case 'stall': scenario.stallMs = value === undefined ? DEFAULT_STALL_MS : nonNegative(value, name); break;
    case 'status': scenario.status = Math.trunc(nonNegative(value, name)); break;
    case 'retry-after': scenario.retryAfterSeconds = nonNegative(value, name); break;
    case 'retry-after-ms': scenario.retryAfterMs = nonNegative(value, name); break;
    case 'break-after': scenario.breakAfter = Math.trunc(nonNegative(value, name)); break;
    case 'error-midstream': scenario.errorMidstream = Math.trunc(nonNegative(value, name)); break;
    case 'duration': scenario.durationMs = nonNegative(value, name); break;
    case 'tokens': scenario.tokens = Math.max(1, Math.trunc(nonNegative(value, name))); break;
    case 'format': scenario.format = value === 'plain' ? 'plain' : 'tagged'; break;
    case 'refuse': scenario.refuse = true; break;
    case 'empty': scenario.empty = true; break;
    case 'max-tokens': scenario.maxTokens = true; break;
    case 'hang': scenario.hang = true; break;
    case 'no-documents': scenario.noDocuments = true; break;
    case 'flaw': scenario.flaws = flawsFrom(value); break;
    default: throw new Error(`Unknown mock scenario "${name}". Known: ${SCENARIO_MARKERS.join(', ')}`);
  }
}

const MARKER = /\[\[mock:([a-z-]+)(?:=([^\]]*))?\]\]/gi;

/** Every `[[mock:…]]` marker in the prompt text, later markers overriding earlier ones. */
export function scenarioFromMarkers(text: string): Scenario {
  const scenario: Scenario = {};
  for (const match of text.matchAll(MARKER)) applyEntry(scenario, match[1]!, match[2]);
  return scenario;
}

/** A scenario written the way markers are, without brackets: "status=429 retry-after=1". */
export function scenarioFromSpec(spec: string): Scenario {
  const scenario: Scenario = {};
  for (const entry of spec.split(/[\s,]+/).filter(Boolean)) {
    const [name, value] = entry.split('=', 2) as [string, string | undefined];
    applyEntry(scenario, name, value);
  }
  return scenario;
}

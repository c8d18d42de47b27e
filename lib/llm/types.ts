import type { GenerationJob, JobStep, LetterContent, LetterFinding, Settings, TokenUsage } from '../schema';

/** What the runner learns while a letter streams. Called often; the runner throttles its writes. */
export interface GenerationProgress {
  step: JobStep;
  /** 0–100, monotonic within one attempt. */
  progress: number;
  /** Everything the model has sent so far (raw, as the format parser reads it). */
  text: string;
  usage: TokenUsage;
}

export interface GenerationRequest {
  /** The job snapshot: profile, job details, config. */
  job: Pick<GenerationJob, 'profile' | 'job' | 'config'>;
  settings: Pick<Settings, 'apiKey' | 'baseUrl' | 'model' | 'maxTokens'> & Partial<Pick<Settings, 'fixProblemsAutomatically'>>;
  signal: AbortSignal;
  onProgress: (p: GenerationProgress) => void;
}

export interface GenerationResult {
  content: LetterContent;
  findings: LetterFinding[];
  model: string;
  usage: TokenUsage;
  /** The raw text, kept on the job so nothing the model wrote is lost. */
  text: string;
  /** Set when the letter is the result of the automatic fix; `content` and `findings` are then the fixed letter's. */
  autoFix: AutoFix | null;
}

/** The automatic fix: the first draft as the model wrote it, what was wrong with it, and how much the fix repaired. */
export interface AutoFix {
  /** The first letter's content, before the corrective request. */
  draft: LetterContent;
  draftFindings: LetterFinding[];
  /** The raw text of the first reply. */
  draftText: string;
  /** Serious findings of the draft that the fixed letter no longer has. */
  fixedCount: number;
  /** Tokens of the corrective request alone (the result's `usage` is both requests together). */
  usage: TokenUsage;
}

/** Why a generation ended without a letter. `message` is for the user: it says what happened and what to do. */
export type GenerationErrorKind =
  | 'no-api-key'
  | 'auth'
  | 'permission'
  | 'model-not-found'
  | 'too-large'
  | 'rate-limited'
  | 'server'
  | 'overloaded'
  | 'connection'
  | 'stream-broken'
  | 'timeout'
  | 'empty'
  | 'refusal'
  | 'max-tokens'
  | 'cancelled'
  | 'unknown';

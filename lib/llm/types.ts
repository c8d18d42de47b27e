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
  settings: Pick<Settings, 'apiKey' | 'baseUrl' | 'model' | 'maxTokens'>;
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

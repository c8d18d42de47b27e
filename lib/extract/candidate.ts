import type { ExtractionMethod } from './result';

/**
 * What one extraction method read from the page. Fields it could not find are absent, so that
 * the merge can fill them from another method.
 */
export interface JobCandidate {
  readonly method: ExtractionMethod;
  readonly title?: string;
  /** `null` means the method looked and is sure the page names no employer. */
  readonly company?: string | null;
  readonly location?: string;
  readonly description?: string;
  /** The language the source declares (JSON-LD `inLanguage`), if any. */
  readonly language?: string;
}

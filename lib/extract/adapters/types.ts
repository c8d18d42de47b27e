/** What a site adapter reads; absent fields are left for other methods to fill. */
export interface AdapterFields {
  readonly title?: string;
  /** `null` when the site's layout is known not to name the employer. */
  readonly company?: string | null;
  readonly location?: string;
  readonly description?: string;
}

/** Knowledge of one site's job-page DOM. */
export interface SiteAdapter {
  /** Lower-case slug used in the result's `method` ("adapter:linkedin"). */
  readonly site: string;
  matches(url: URL, document: Document): boolean;
  extract(document: Document): AdapterFields | null;
}

import { aijobsAdapter } from './aijobs';
import { ashbyAdapter } from './ashby';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { jobsChAdapter } from './jobsch';
import { leverAdapter } from './lever';
import { linkedinAdapter } from './linkedin';
import { platsbankenAdapter } from './platsbanken';
import { seekAdapter } from './seek';
import type { SiteAdapter } from './types';
import { workdayAdapter } from './workday';

export type { AdapterFields, SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  seekAdapter,
  greenhouseAdapter,
  leverAdapter,
  workdayAdapter,
  ashbyAdapter,
  platsbankenAdapter,
  jobsChAdapter,
  aijobsAdapter,
];

export function findSiteAdapter(url: URL, document: Document): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, document));
}

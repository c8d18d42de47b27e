import { aijobsAdapter } from './aijobs';
import { ashbyAdapter } from './ashby';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { jobsChAdapter } from './jobsch';
import { leverAdapter } from './lever';
import { linkedinAdapter } from './linkedin';
import { platsbankenAdapter } from './platsbanken';
import { seekAdapter } from './seek';
import { bambooHrAdapter, personioAdapter, recruiteeAdapter, teamtailorAdapter } from './career-sites';
import { djinniAdapter } from './djinni';
import { habrCareerAdapter } from './habr';
import { headHunterAdapter } from './headhunter';
import { icimsAdapter } from './icims';
import { jobviteAdapter } from './jobvite';
import { smartRecruitersAdapter } from './smartrecruiters';
import { wellfoundAdapter, workAtAStartupAdapter, xingAdapter } from './startup-boards';
import { stepStoneAdapter } from './stepstone';
import { theHubAdapter } from './thehub';
import type { SiteAdapter } from './types';
import { workableAdapter } from './workable';
import { zhipinAdapter } from './zhipin';
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
  zhipinAdapter,
  theHubAdapter,
  headHunterAdapter,
  habrCareerAdapter,
  workableAdapter,
  smartRecruitersAdapter,
  stepStoneAdapter,
  jobviteAdapter,
  icimsAdapter,
  teamtailorAdapter,
  personioAdapter,
  recruiteeAdapter,
  bambooHrAdapter,
  wellfoundAdapter,
  workAtAStartupAdapter,
  xingAdapter,
  djinniAdapter,
];

export function findSiteAdapter(url: URL, document: Document): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, document));
}

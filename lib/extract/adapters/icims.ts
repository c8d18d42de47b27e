import { collapseInline } from '../text';
import { hostnameIs, readLayout } from './dom';
import type { SiteAdapter } from './types';

/**
 * iCIMS career portals (careers-<company>.icims.com/jobs/<id>/<slug>/job). The posting renders in
 * the `in_iframe=1` frame, where the extractor also runs; location sits in a labelled header tag.
 */
function headerTag(document: Document, label: RegExp): string {
  for (const tag of Array.from(document.querySelectorAll('.iCIMS_JobHeaderTag'))) {
    const name = collapseInline(tag.querySelector('dt, .iCIMS_JobHeaderField')?.textContent ?? '');
    if (label.test(name)) return collapseInline(tag.querySelector('dd, .iCIMS_JobHeaderData')?.textContent ?? '');
  }
  return '';
}

export const icimsAdapter: SiteAdapter = {
  site: 'icims',
  matches: (url) => hostnameIs(url, 'icims.com'),
  extract(document) {
    const fields = readLayout(document, {
      title: ['.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobHeaderGroup h1'],
      description: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
    });
    const location = headerTag(document, /^(job )?locations?$/i);
    return fields === null ? null : { ...fields, ...(location === '' ? {} : { location }) };
  },
};

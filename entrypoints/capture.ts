import { extractJobPosting } from '@/lib/extract';

/**
 * Injected on demand (scripting.executeScript) into the tab the user asked about. Its return value
 * is the extraction result; it changes nothing on the page and sends nothing anywhere.
 */
export default defineUnlistedScript(() => extractJobPosting(document, location.href));

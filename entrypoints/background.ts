import { registerCaptureEntryPoints } from '@/lib/background/capture-service';
import { exposeE2eSeam } from '@/lib/background/e2e-seam';
import { startJobService } from '@/lib/background/job-service';
import { keepOriginRuleInSync } from '@/lib/background/local-server-origin';
import { registerNotificationClicks } from '@/lib/background/notifications';
import { wireToolbarButton } from '@/lib/background/panel';
import { restrictStorageToExtension } from '@/lib/background/storage-access';
import { loadSettings, watchSettings } from '@/lib/settings';

export default defineBackground(() => {
  void restrictStorageToExtension();
  keepOriginRuleInSync(loadSettings, watchSettings);
  const engine = startJobService();
  registerCaptureEntryPoints(engine);
  registerNotificationClicks();
  wireToolbarButton();
  if (import.meta.env.MODE === 'e2e') exposeE2eSeam(engine);
});

import { registerApplyEntryPoints } from '@/lib/background/apply-service';
import { registerCaptureEntryPoints } from '@/lib/background/capture-service';
import { exposeE2eSeam } from '@/lib/background/e2e-seam';
import { startJobService } from '@/lib/background/job-service';
import { registerNotificationClicks } from '@/lib/background/notifications';
import { wireToolbarButton } from '@/lib/background/panel';

export default defineBackground(() => {
  const engine = startJobService();
  registerCaptureEntryPoints(engine);
  registerApplyEntryPoints();
  registerNotificationClicks();
  wireToolbarButton();
  if (import.meta.env.MODE === 'e2e') exposeE2eSeam(engine);
});

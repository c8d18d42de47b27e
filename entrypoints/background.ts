import { startJobService } from '@/lib/background/job-service';

export default defineBackground(() => {
  startJobService();
});

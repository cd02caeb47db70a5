import { api } from './api.js';
import { t, tf } from './i18n.js';

/** The count of proposals awaiting review, beside "Review" in the navigation. */
export async function refreshReviewCount(): Promise<void> {
  const badge = document.getElementById('review-count');
  if (!badge) return;
  try {
    const { total } = await api.proposals({}, { limit: 1 });
    badge.textContent = String(total);
    badge.hidden = total === 0;
  } catch {
    badge.hidden = true;
  }
}

const STATUS_POLL_MS = 3000;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * A line under the navigation while the server works in the background: re-analysing documents
 * after a pipeline upgrade ("Re-analysing stored documents: 120 of 3,000"), or bringing the
 * collection up to date after documents were added. Polls while there is work, then hides.
 */
export async function refreshAnalysisStatus(): Promise<void> {
  const line = document.getElementById('analysis-status');
  if (!line) return;
  clearTimeout(statusTimer);
  try {
    const { collection, reanalysis } = await api.status();
    const number = (n: number) => n.toLocaleString('en');
    const text = reanalysis.running
      ? tf('Re-analysing stored documents with the new pipeline: {done} of {total}.', {
          done: number(reanalysis.done),
          total: number(reanalysis.total),
        })
      : !collection.ready && collection.updating
        ? t('Working out people, stories and findings across the stored documents…')
        : collection.updating
          ? tf('Updating people, stories and findings for new documents (showing {n} documents meanwhile).', {
              n: number(collection.documents),
            })
          : '';
    line.textContent = text;
    line.hidden = !text;
    if (text) statusTimer = setTimeout(() => void refreshAnalysisStatus(), STATUS_POLL_MS);
    else api.resetCaches();
  } catch {
    line.hidden = true;
  }
}

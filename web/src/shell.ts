import { api } from './api.js';

/** The count of proposals awaiting review, beside "Review" in the navigation. */
export async function refreshReviewCount(): Promise<void> {
  const badge = document.getElementById('review-count');
  if (!badge) return;
  try {
    const { total } = await api.proposals();
    badge.textContent = String(total);
    badge.hidden = total === 0;
  } catch {
    badge.hidden = true;
  }
}


// Fetches a round's status again every 15 s while the page is visible (a hidden tab is left alone), and at once when it shows again.
import { useEffect, useRef } from "preact/hooks";
import { STATUS_POLL_MS } from "./status-model.ts";

/**
 * Calls `reload` every {@link STATUS_POLL_MS} while `live` and the document is visible; when a hidden page becomes
 * visible and the last fetch is older than the interval, fetches at once. `fetchedAt` is the time of the last answer.
 */
export function useStatusPoll(live: boolean, reload: () => void, fetchedAt: number): void {
  const last = useRef(fetchedAt);
  last.current = fetchedAt;
  useEffect(() => {
    if (!live) return;
    const tick = () => {
      if (!document.hidden) reload();
    };
    const timer = setInterval(tick, STATUS_POLL_MS);
    const onVisible = () => {
      if (!document.hidden && Date.now() - last.current >= STATUS_POLL_MS) reload();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [live, reload]);
}

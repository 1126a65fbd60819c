// Whether this server sends mail (asked once per page load): the e-mail options stay hidden until it says yes.
import { useEffect, useState } from "preact/hooks";
import { Api, type MailSettingsReport } from "../api/endpoints.ts";

let pending: Promise<MailSettingsReport> | null = null;

/** The server's mail settings, or null while unknown (and when the question failed: mail is then treated as off). */
export function useMailInfo(): MailSettingsReport | null {
  const [info, setInfo] = useState<MailSettingsReport | null>(null);
  useEffect(() => {
    let live = true;
    pending ??= Api.mailInfo().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    pending.then(
      (i) => live && setInfo(i),
      () => live && setInfo(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}

/** Forgets the cached answer (tests). */
export function resetMailInfo(): void {
  pending = null;
}

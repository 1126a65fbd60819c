// Personal links of an opened round: copyable text, QR codes, a printable card sheet, and re-issue per seat
// (family seats marked "Familieskjema", the child's link shown as "Barnets lenke", links sent by e-mail marked as such);
// stacks on a phone, so explicit roles.
// The links exist only on this page: it says so, says how to print the cards, and asks before the page is left.
import { useEffect } from "preact/hooks";
import type { DeliveryResult, IssuedLink, Member, Round } from "../../../domain/index.ts";
import { CopyButton } from "../../components/CopyButton.tsx";
import { QrCode } from "../../components/QrCode.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { CardSheet } from "./CardSheet.tsx";
import { ReprintCards } from "./ReprintCards.tsx";
import { FormBadge } from "./FormBadge.tsx";
import { printWith } from "./print.ts";
import { roundSeats, type Seat } from "./seats.ts";

interface Props {
  caseCode: string;
  round: Pick<Round, "family" | "child">;
  links: IssuedLink[];
  /** What the mail server said about the links sent by e-mail when the round was opened, or since by a reminder (never their URLs). */
  deliveries?: DeliveryResult[];
  members: Member[];
  canReissue: boolean;
  /** A member's id, or the child's reserved seat id. */
  onReissue: (seatId: string) => void;
  /** When the links are no longer shown: how many seats have not submitted, and how to make their cards again. */
  reprint?: { pending: number; run: () => Promise<void> };
}

export function LinksPanel({ caseCode, round, links, deliveries = [], members, canReissue, onReissue, reprint }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const byMember = new Map(links.map((l) => [l.memberId, l]));
  const mailed = new Map(deliveries.map((d) => [d.memberId, d]));
  const seats = roundSeats(round, members, roles, lang, t);
  const reissue = (s: Seat) => {
    if (confirm(s.form === "child" ? t("confirmReissueChild") : t("confirmReissue", { name: s.name }))) onReissue(s.id);
  };
  const cards = seats.flatMap((s) => {
    const link = byMember.get(s.id);
    return link ? [{ seat: s, url: link.url }] : [];
  });
  // Reloading or closing the tab would lose the links for good: the browser asks first.
  useEffect(() => {
    if (links.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [links.length > 0]);
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">{t("linksTitle")}</h2>
      {links.length > 0 ? (
        <div class="notice warning links-once" data-testid="links-once">
          <p>
            <strong>{t("linksOnlyNow")}</strong> {t("linksLeave")}
          </p>
          <p>{t("linksHowToPrint", { n: cards.length })}</p>
          <button type="button" class="primary" onClick={() => printWith("printing-cards")} data-testid="print-cards">
            {t("printCardsAll", { n: cards.length })}
          </button>
        </div>
      ) : (
        <>
          <p class="muted">{t("linksGone")}</p>
          {canReissue && reprint && <ReprintCards pending={reprint.pending} onReprint={reprint.run} />}
        </>
      )}
      {deliveries.length > 0 && <p class="hint">{t("openByEmailNote")}</p>}
      <table class="list links" data-testid="links" role="table">
        <caption class="sr-only">{t("linksTitle")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t("role")}
            </th>
            <th scope="col" role="columnheader">
              URL
            </th>
            <th scope="col" role="columnheader">
              <span class="sr-only">{t("reissue")}</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {seats.map((s) => {
            const link = byMember.get(s.id);
            return (
              <tr key={s.id} class={`seat-${s.form}`} role="row">
                <th scope="row" role="rowheader">
                  {s.name} <FormBadge form={s.form} />
                </th>
                <td role="cell">
                  {link ? (
                    <div class="link-cell">
                      <code class="url">{link.url}</code>
                      <CopyButton text={link.url} label={s.name} />
                      <details class="qr-toggle">
                        <summary>{t("showQr")}</summary>
                        <QrCode text={link.url} label={t("qrFor", { name: s.name })} />
                      </details>
                    </div>
                  ) : mailed.get(s.id)?.status === "accepted" ? (
                    <span class="mail-ok">✉ {t(mailed.get(s.id)!.kind === "reminder" ? "linkReminded" : "linkMailed")}</span>
                  ) : mailed.get(s.id) ? (
                    <span class="mail-failed">
                      {t("linkMailFailed")} <span class="muted">({mailed.get(s.id)!.response})</span>
                    </span>
                  ) : (
                    <span class="muted">–</span>
                  )}
                </td>
                <td role="cell">
                  {canReissue && (
                    <button type="button" class="small" onClick={() => reissue(s)} aria-label={`${t("reissue")}: ${s.name}`}>
                      {t("reissue")}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cards.length > 0 && <CardSheet caseCode={caseCode} cards={cards} />}
    </section>
  );
}

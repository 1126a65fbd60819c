// Personal links of an opened round: copyable text, QR codes, a printable card sheet, and re-issue per member.
import { Fragment } from "preact";
import type { Member, PersonalLink } from "../../api/types.ts";
import { CopyButton } from "../../components/CopyButton.tsx";
import { QrCode } from "../../components/QrCode.tsx";
import { useI18n } from "../../i18n/index.ts";
import { memberName, useApp } from "../../state.ts";
import { CardSheet } from "./CardSheet.tsx";
import { printWith } from "./print.ts";

interface Props {
  caseCode: string;
  links: PersonalLink[];
  members: Member[];
  canReissue: boolean;
  onReissue: (memberId: string) => void;
}

export function LinksPanel({ caseCode, links, members, canReissue, onReissue }: Props) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const byMember = new Map(links.map((l) => [l.memberId, l]));
  const reissue = (m: Member) => {
    if (confirm(t("confirmReissue", { name: memberName(roles, m, lang) }))) onReissue(m.id);
  };
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">{t("linksTitle")}</h2>
      <p class={links.length ? "notice warning" : "muted"}>{links.length ? t("linksOnce") : t("linksGone")}</p>
      {links.length > 0 && (
        <button type="button" onClick={() => printWith("printing-cards")}>
          {t("printCards")}
        </button>
      )}
      <table class="list links">
        <caption class="sr-only">{t("linksTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("role")}</th>
            <th scope="col">URL</th>
            <th scope="col">
              <span class="sr-only">{t("reissue")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const link = byMember.get(m.id);
            const name = memberName(roles, m, lang);
            return (
              <Fragment key={m.id}>
                <tr>
                  <th scope="row">{name}</th>
                  <td>
                    {link ? (
                      <div class="link-cell">
                        <code class="url">{link.url}</code>
                        <CopyButton text={link.url} label={name} />
                        <details class="qr-toggle">
                          <summary>{t("showQr")}</summary>
                          <QrCode text={link.url} label={t("qrFor", { name })} />
                        </details>
                      </div>
                    ) : (
                      <span class="muted">–</span>
                    )}
                  </td>
                  <td>
                    {canReissue && (
                      <button type="button" class="small" onClick={() => reissue(m)} aria-label={`${t("reissue")}: ${name}`}>
                        {t("reissue")}
                      </button>
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {links.length > 0 && <CardSheet caseCode={caseCode} links={links} members={members} />}
    </section>
  );
}

// Printable A4 sheet of cards, one per member: role, case code, QR code and the link, to hand out in a meeting.
import type { Member, PersonalLink } from "../../api/types.ts";
import { QrCode } from "../../components/QrCode.tsx";
import { useI18n } from "../../i18n/index.ts";
import { memberName, useApp } from "../../state.ts";

export function CardSheet({ caseCode, links, members }: { caseCode: string; links: PersonalLink[]; members: Member[] }) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <div class="card-sheet" aria-hidden="true">
      {links.map((l) => {
        const name = memberName(roles, byId.get(l.memberId) ?? l, lang);
        return (
          <div class="link-card" key={l.memberId}>
            <p class="card-role">{name}</p>
            <p class="card-case">
              {t("appName")} · {caseCode}
            </p>
            <QrCode text={l.url} label={t("qrFor", { name })} size={140} />
            <p class="card-intro">{t("cardIntro")}</p>
            <p class="card-url">{l.url}</p>
          </div>
        );
      })}
    </div>
  );
}

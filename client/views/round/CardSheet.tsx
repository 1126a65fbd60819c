// Printable A4 sheet of cards, one per link: who it is for (and which form), case code, QR code and the link.
import { QrCode } from "../../components/QrCode.tsx";
import { useI18n } from "../../i18n/index.ts";
import { FormBadge } from "./FormBadge.tsx";
import type { Seat } from "./seats.ts";

const INTRO = { team: "cardIntro", family: "cardIntroFamily", child: "cardIntroChild" } as const;

export function CardSheet({ caseCode, cards }: { caseCode: string; cards: { seat: Seat; url: string }[] }) {
  const { t } = useI18n();
  return (
    <div class="card-sheet" aria-hidden="true" data-testid="card-sheet">
      {cards.map(({ seat, url }) => (
        <div class={`link-card seat-${seat.form}`} key={seat.id}>
          <p class="card-role">{seat.name}</p>
          {seat.form !== "team" && (
            <p class="card-form">
              <FormBadge form={seat.form} />
            </p>
          )}
          <p class="card-case">
            {t("appName")} · {caseCode}
          </p>
          <QrCode text={url} label={t("qrFor", { name: seat.name })} size={140} />
          <p class="card-intro">{t(INTRO[seat.form])}</p>
          <p class="card-url">{url}</p>
        </div>
      ))}
    </div>
  );
}

// Opening a draft round: when the server sends mail, the links of members with an address can go by e-mail (in nb/nn/en).
import { useState } from "preact/hooks";
import type { Member, Round } from "../../../domain/index.ts";
import type { OpenBody } from "../../api/endpoints.ts";
import { useMailInfo } from "../../hooks/useMailInfo.ts";
import { LANGS, useI18n } from "../../i18n/index.ts";

interface Props {
  round: Pick<Round, "language">;
  members: Member[];
  onOpen: (body: OpenBody) => void;
}

export function OpenControls({ round, members, onOpen }: Props) {
  const { t } = useI18n();
  const mail = useMailInfo();
  const withAddress = members.filter((m) => m.email).length;
  const [byMail, setByMail] = useState(true);
  const [lang, setLang] = useState<"nb" | "nn" | "en">(round.language ?? "nb");
  const offered = mail?.enabled === true && withAddress > 0;
  const open = () => onOpen(offered && byMail ? { delivery: "email", lang } : {});
  return (
    <div class="open-controls">
      {offered && (
        <fieldset class="mail-options">
          <label class="check">
            <input type="checkbox" checked={byMail} onChange={(e) => setByMail(e.currentTarget.checked)} />
            {t("openByEmail", { n: withAddress })}
          </label>
          {byMail && (
            <>
              <p class="hint">{t("openByEmailNote")}</p>
              <label class="inline">
                {t("mailLang")}{" "}
                <select value={lang} onChange={(e) => setLang(e.currentTarget.value as typeof lang)}>
                  {LANGS.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
        </fieldset>
      )}
      {mail?.enabled === true && withAddress === 0 && <p class="muted">{t("openByEmailNone")}</p>}
      <button type="button" class="primary" onClick={open}>
        {t("openRound")}
      </button>
    </div>
  );
}

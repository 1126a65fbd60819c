// "Familiens opplevelse": the family's (and the child's) experience per theme beside the team's own mean on the same
// theme — its own band, never a named rater in the matrix or graph. Hidden values say so; one respondent is flagged and
// shown only as all their answers together.
import type { VoiceValue } from "../../../domain/index.ts";
import type { RoundVoices } from "../../api/endpoints.ts";
import { useI18n } from "../../i18n/index.ts";
import { roleName, useApp } from "../../state.ts";

/** Decorative bar for a 1–5 value (the number is always written next to it). */
function Bar({ value, kind }: { value: number | null; kind: string }) {
  if (value === null) return null;
  return (
    <span class={`fbar ${kind}`} aria-hidden="true">
      <span style={{ width: `${Math.max(0, Math.min(1, (value - 1) / 4)) * 100}%` }} />
    </span>
  );
}

function Value({ v, kind }: { v: VoiceValue | { mean: number | null; n: number; hidden?: boolean } | null; kind: string }) {
  const { t, num } = useI18n();
  if (!v) return <span class="muted">{t("familyNoCounterpart")}</span>;
  if (v.n === 0 || (v.mean === null && !v.hidden)) return <span class="muted">{t("familyNoAnswers")}</span>;
  if (v.hidden) return <span class="muted">{t("familyHidden")}</span>;
  return (
    <span class="fvalue">
      <strong>{num(v.mean)}</strong>
      <Bar value={v.mean} kind={kind} />
    </span>
  );
}

/** A value cell; on a phone CSS writes its column name (data-label) beside the value, silent for screen readers. */
function Cell({ label, v, kind }: { label: string; v: Parameters<typeof Value>[0]["v"]; kind: string }) {
  return (
    <td role="cell" data-label={label}>
      <Value v={v} kind={kind} />
    </td>
  );
}

export function VoicesBand({ voices }: { voices: RoundVoices }) {
  const { t, lang } = useI18n();
  const { roles } = useApp();
  const { band } = voices;
  const child = voices.child.include;
  const nobody = band.respondents.family === 0 && band.respondents.child === 0;
  const cols = ["familyTheme", "familyColFamily", ...(child ? ["familyColChild" as const] : []), "familyColTeam", "familyColTeamWithFamily"] as const;
  return (
    <section class="panel family-band" aria-labelledby="family-h" data-testid="family-band">
      <h2 id="family-h">{t("familyTitle")}</h2>
      <p class="muted">{t("familyIntro")}</p>
      <p class="family-respondents">
        {t("familyRespondents", { n: band.respondents.family })}
        {child && ` · ${t("childRespondents", { n: band.respondents.child })}`}
      </p>
      {(band.identifiable.family || band.identifiable.child) && <p class="notice">{t("familyOnePerson")}</p>}
      {!nobody && (
        <p class="family-overall" data-testid="family-overall">
          {t("familyOverall")}: {t("familyColFamily")} <Value v={band.overall.family} kind="family" />
          {child && band.overall.child && (
            <>
              {" · "}
              {t("familyColChild")} <Value v={band.overall.child} kind="family" />
            </>
          )}
        </p>
      )}
      {!nobody && <p class="muted">{t("familyThemesNote", { min: band.minRespondents })}</p>}
      {nobody ? (
        <p>{t("familyNone")}</p>
      ) : (
        <div class="table-wrap family-wrap" tabIndex={0} role="region" aria-label={t("familyTitle")}>
          {/* Explicit roles: on a phone the rows stack as blocks (CSS), which must not drop the table semantics. */}
          <table class="list family-table" role="table">
            <caption class="sr-only">{t("familyTitle")}</caption>
            <thead role="rowgroup">
              <tr role="row">
                {cols.map((c) => (
                  <th scope="col" role="columnheader" key={c}>
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {band.themes.map((row) => (
                <tr key={row.theme} role="row">
                  <th scope="row" role="rowheader">
                    {row.label[lang]}
                  </th>
                  <Cell label={t("familyColFamily")} v={row.family} kind="family" />
                  {child && <Cell label={t("familyColChild")} v={row.child} kind="family" />}
                  <Cell label={t("familyColTeam")} v={row.team} kind="team" />
                  <Cell label={t("familyColTeamWithFamily")} v={row.teamWithFamily} kind="team" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!nobody && band.byRole.length > 0 && (
        <details class="family-roles">
          <summary>{t("familyByRole")}</summary>
          <p class="muted">{t("familyByRoleNote", { min: band.minForBreakdown })}</p>
          <ul>
            {band.byRole.map((r) => (
              <li key={r.role}>
                {roleName(roles, r.role, lang)}: <Value v={r} kind="family" />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

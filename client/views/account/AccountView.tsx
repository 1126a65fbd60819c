// Any logged-in user: who you are, changing your own password and your own API tokens.
import { PageTitle } from "../../components/PageTitle.tsx";
import { useI18n } from "../../i18n/index.ts";
import { useApp } from "../../state.ts";
import { PasswordForm } from "./PasswordForm.tsx";
import { TokensPanel } from "./TokensPanel.tsx";

export function AccountView() {
  const { t } = useI18n();
  const { user } = useApp();
  return (
    <section class="account">
      <PageTitle>{t("accountTitle")}</PageTitle>
      {user && <p>{t("accountWho", { name: user.name, email: user.email, role: t(`role_${user.role}`) })}</p>}
      <PasswordForm />
      <TokensPanel />
    </section>
  );
}

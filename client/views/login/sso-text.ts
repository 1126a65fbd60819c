// The login page's single sign-on wording (nb, nn, en).
import type { Lang } from "../../i18n/index.ts";

export const SSO_TEXT: Record<Lang, { button: string; or: string; only: string }> = {
  nb: { button: "Logg inn med {name}", or: "eller med e-post og passord", only: "Du logger inn med brukeren din fra kommunen." },
  nn: { button: "Logg inn med {name}", or: "eller med e-post og passord", only: "Du loggar inn med brukaren din frå kommunen." },
  en: { button: "Sign in with {name}", or: "or with e-mail and password", only: "You sign in with your user from the municipality." },
};

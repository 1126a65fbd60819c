// The refusal page's wording in bokmål, nynorsk and English: what happened and whom to ask.
import type { Lang } from "../../i18n/index.ts";
import type { RefusalReason } from "./failure.ts";

/** The reasons that share one text: the login could not be verified. */
type Failed = "login_expired" | "state_mismatch" | "provider_error" | "token_refused" | "id_token_invalid" | "id_token_expired" | "nonce_mismatch";

/** Which text a reason shows. */
export type Topic = Exclude<RefusalReason, Failed> | "failed";

export const topicOf = (reason: RefusalReason): Topic =>
  reason === "no_role" || reason === "disabled" || reason === "no_email" || reason === "email_taken" || reason === "provider_unavailable"
    ? reason
    : "failed";

interface Texts {
  titles: Record<Topic, string>;
  bodies: Record<Topic, string>;
  /** An extra sentence for some reasons of the shared "failed" text. */
  hints: Partial<Record<RefusalReason, string>>;
  code: string;
  back: string;
  retry: string;
}

export const SSO_TEXTS: Record<Lang, Texts> = {
  nb: {
    titles: {
      no_role: "Du har ikke tilgang til Laget",
      disabled: "Brukeren din er deaktivert",
      no_email: "Mangler e-postadresse",
      email_taken: "E-postadressen er i bruk",
      provider_unavailable: "Innloggingstjenesten svarer ikke",
      failed: "Innloggingen ble ikke fullført",
    },
    bodies: {
      no_role:
        "Du er logget inn hos {provider}, men brukeren din har ingen rolle i Laget. Be IT-avdelingen i kommunen om tilgang til Laget (for eksempel at de legger deg i riktig gruppe), og prøv igjen når det er gjort.",
      disabled: "En administrator i Laget har deaktivert brukeren din. Kontakt administratoren hvis du trenger tilgang igjen.",
      no_email: "{provider} sendte ikke e-postadressen din til Laget. Be IT-avdelingen om å gi Laget e-postadressen din (kravet «email»).",
      email_taken: "En annen bruker i Laget har allerede e-postadressen din. Be en administrator i Laget om hjelp.",
      provider_unavailable: "Laget får ikke kontakt med {provider} akkurat nå. Prøv igjen om litt.",
      failed:
        "Innloggingen kunne ikke bekreftes, og du er ikke logget inn. Start på nytt. Hvis det skjer igjen, kontakt IT-avdelingen og oppgi feilkoden.",
    },
    hints: {
      login_expired: "Innloggingen tok for lang tid, var allerede brukt eller ble startet i en annen nettleser.",
      provider_error: "Innloggingen hos {provider} ble avbrutt eller avvist.",
    },
    code: "Feilkode",
    back: "Tilbake til innloggingen",
    retry: "Prøv igjen",
  },
  nn: {
    titles: {
      no_role: "Du har ikkje tilgang til Laget",
      disabled: "Brukaren din er deaktivert",
      no_email: "E-postadresse manglar",
      email_taken: "E-postadressa er i bruk",
      provider_unavailable: "Innloggingstenesta svarar ikkje",
      failed: "Innlogginga vart ikkje fullført",
    },
    bodies: {
      no_role:
        "Du er logga inn hos {provider}, men brukaren din har inga rolle i Laget. Be IT-avdelinga i kommunen om tilgang til Laget (til dømes at dei legg deg i rett gruppe), og prøv igjen når det er gjort.",
      disabled: "Ein administrator i Laget har deaktivert brukaren din. Kontakt administratoren om du treng tilgang igjen.",
      no_email: "{provider} sende ikkje e-postadressa di til Laget. Be IT-avdelinga om å gje Laget e-postadressa di (kravet «email»).",
      email_taken: "Ein annan brukar i Laget har alt e-postadressa di. Be ein administrator i Laget om hjelp.",
      provider_unavailable: "Laget får ikkje kontakt med {provider} akkurat no. Prøv igjen om litt.",
      failed:
        "Innlogginga kunne ikkje stadfestast, og du er ikkje logga inn. Start på nytt. Om det skjer igjen, kontakt IT-avdelinga og oppgje feilkoden.",
    },
    hints: {
      login_expired: "Innlogginga tok for lang tid, var alt brukt eller vart starta i ein annan nettlesar.",
      provider_error: "Innlogginga hos {provider} vart avbroten eller avvist.",
    },
    code: "Feilkode",
    back: "Tilbake til innlogginga",
    retry: "Prøv igjen",
  },
  en: {
    titles: {
      no_role: "You have no access to Laget",
      disabled: "Your user is disabled",
      no_email: "E-mail address missing",
      email_taken: "The e-mail address is in use",
      provider_unavailable: "The sign-in service does not answer",
      failed: "Sign-in was not completed",
    },
    bodies: {
      no_role:
        "You are signed in at {provider}, but your user has no role in Laget. Ask your municipality's IT department for access to Laget (for example by adding you to the right group), and try again once that is done.",
      disabled: "An administrator in Laget has disabled your user. Contact the administrator if you need access again.",
      no_email: "{provider} did not send your e-mail address to Laget. Ask your IT department to release your e-mail address (the «email» claim) to Laget.",
      email_taken: "Another Laget user already has your e-mail address. Ask an administrator in Laget for help.",
      provider_unavailable: "Laget cannot reach {provider} right now. Try again in a little while.",
      failed: "The sign-in could not be verified, and you are not signed in. Start again. If it happens again, contact your IT department and give them the error code.",
    },
    hints: {
      login_expired: "The sign-in took too long, was already used, or was started in another browser.",
      provider_error: "The sign-in at {provider} was cancelled or refused.",
    },
    code: "Error code",
    back: "Back to sign-in",
    retry: "Try again",
  },
};

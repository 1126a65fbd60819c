// The mails' wording in nynorsk; placeholders {asker}, {place}, {date}, {max}.
import type { MailStrings } from "./text-nb.ts";

export const MAIL_NN: MailStrings = {
  subjectTeam: "Korleis samarbeider teamet? Kort spørjeskjema (ca. 5 min)",
  subjectFamily: "Korleis opplever de samarbeidet? Kort spørjeskjema (ca. 5 min)",
  reminderPrefix: "Påminning: ",
  greeting: "Hei!",
  askTeam:
    "{asker} ({place}) ber deg svare på eit kort spørjeskjema i Laget om korleis teamet rundt eit barn samarbeider. Du vurderer samarbeidet med kvar av dei andre i teamet på sju spørsmål.",
  askFamily:
    "{asker} ({place}) ber dykk som foreldre eller føresette fortelje korleis de opplever samarbeidet med dei som hjelper barnet dykkar. Det er frivillig å svare.",
  duration: "Det tek om lag 5 minutt. Du kan lagre undervegs og halde fram seinare.",
  notYet: "Vi har ikkje fått svaret ditt enno.",
  draftKept: "Svara du har lagra, er tekne vare på og ligg klare når du opnar lenkja.",
  replaces: "Denne lenkja erstattar den du fekk før; den gamle verkar ikkje lenger.",
  linkIntro: "Opne skjemaet her. Lenkja er personleg, så ikkje send ho vidare:",
  button: "Opne skjemaet",
  closes: "Du kan svare og endre svara fram til {date}.",
  openEnded: "Skjemaet er ope til {asker} lukkar det.",
  consentTitle: "Om e-postadressa",
  consent:
    "Adressa blir berre brukt til å sende dykk denne lenkja og høgst {max} påminningar. Ho blir sletta når runden blir lukka, om ikkje {asker} tek vare på ho til neste runde.",
  signoff: "Helsing Laget, på vegner av {asker}",
};

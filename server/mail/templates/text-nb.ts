// The mails' wording in bokmål (the default); placeholders {asker}, {place}, {date}, {max}.
export const MAIL_NB = {
  subjectTeam: "Hvordan samarbeider teamet? Kort spørreskjema (ca. 5 min)",
  subjectFamily: "Hvordan opplever dere samarbeidet? Kort spørreskjema (ca. 5 min)",
  reminderPrefix: "Påminnelse: ",
  greeting: "Hei!",
  askTeam:
    "{asker} ({place}) ber deg svare på et kort spørreskjema i Laget om hvordan teamet rundt et barn samarbeider. Du vurderer samarbeidet med hver av de andre i teamet på sju spørsmål.",
  askFamily:
    "{asker} ({place}) ber dere som foreldre eller foresatte fortelle hvordan dere opplever samarbeidet med dem som hjelper barnet deres. Det er frivillig å svare.",
  duration: "Det tar omtrent 5 minutter. Du kan lagre underveis og fortsette senere.",
  notYet: "Vi har ikke fått svaret ditt ennå.",
  draftKept: "Svarene du har lagret, er tatt vare på og ligger klare når du åpner lenken.",
  replaces: "Denne lenken erstatter den du fikk før; den gamle virker ikke lenger.",
  linkIntro: "Åpne skjemaet her. Lenken er personlig, så ikke send den videre:",
  button: "Åpne skjemaet",
  closes: "Du kan svare og endre svarene fram til {date}.",
  openEnded: "Skjemaet er åpent til {asker} lukker det.",
  consentTitle: "Om e-postadressen",
  consent:
    "Adressen brukes bare til å sende dere denne lenken og høyst {max} påminnelser. Den slettes når runden lukkes, om ikke {asker} tar vare på den til neste runde.",
  signoff: "Hilsen Laget, på vegne av {asker}",
};

export type MailStrings = typeof MAIL_NB;

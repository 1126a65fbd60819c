// Bokmål strings of the family's and the child's pages; the key list for nn and en.
export const VOICE_NB = {
  famConsentTitle: "Hvordan opplever dere hjelpen rundt barnet?",
  famConsentWhat:
    "De som hjelper barnet deres, vil gjerne vite hvordan samarbeidet er for dere. Først kommer {count} korte spørsmål om alle hjelperne samlet. Etterpå kan du svare om hver enkelt du har møtt, hvis du vil.",
  famConsentTime: "Det tar omtrent 5 minutter.",
  famWhoTitle: "Hvem ser svarene?",
  famWho:
    "Teamet rundt barnet ser et sammendrag av det familien har svart, ved siden av teamets egne svar. Teamet ser aldri hva én person har svart på ett enkelt spørsmål: Svarer minst to av dere, ser teamet gjennomsnittet for hvert tema. Svarer bare én, ser teamet bare ett tall for alle svarene samlet.",
  famWhoOne: "Svarer bare én i familien, kan teamet likevel skjønne at tallet kommer fra deg.",
  famFreeTitle: "Du velger selv",
  famFree:
    "Det er frivillig å svare. Hjelpen dere får, blir ikke påvirket av om du svarer eller ikke. Du kan hoppe over spørsmål du ikke vil svare på, og du kan endre svarene fram til runden er slutt.",
  famStart: "Jeg vil svare",
  famDecline: "Jeg vil ikke svare",
  famDeclineNote: "Velger du «Jeg vil ikke svare», lagrer vi ingen svar fra deg. Vi lagrer bare at du er ferdig, slik at du ikke får påminnelser.",
  famFormTitle: "Samarbeidet rundt barnet deres",
  famFormIntro: "Tenk på hvordan det har vært den siste tiden. Velg det som passer best for deg. Vet du ikke, velger du «{na}».",
  famTeamTitle: "Alle hjelperne samlet",
  famMembersTitle: "Hver enkelt hjelper (kan hoppes over)",
  famMembersIntro: "Svar bare om dem du har møtt. Du kan la resten stå tomt.",
  famSkipMembers: "Hopp over, gå til «Send inn»",
  famNa: "Vet ikke",
  childConsentTitle: "Hei! Vi vil gjerne høre hva du synes",
  childConsentWhat: "Noen voksne hjelper deg, for eksempel på skolen eller hos helsesykepleieren. Vi lurer på hvordan du synes hjelpen er. Det er {count} korte spørsmål.",
  childWho: "De voksne som hjelper deg, får se ett tall for alle svarene dine samlet, ikke hva du har svart på hvert spørsmål. De bruker det til å gjøre hjelpen bedre.",
  childNoWrong: "Det finnes ingen riktige eller gale svar.",
  childFree: "Du bestemmer selv om du vil svare. Det er helt greit å si nei takk.",
  childStart: "Ja, jeg vil svare",
  childDecline: "Nei takk",
  childFormTitle: "Hva synes du?",
  childFormIntro: "Trykk på ansiktet som passer best. Vet du ikke, trykker du på «{na}».",
  childNa: "Vet ikke",
  childSubmit: "Ferdig – send inn",
  childMissing: "Du har ikke svart på denne. Velg et ansikt, eller «{na}».",
  childErrorTitle: "Du har glemt noen spørsmål",
  questionOf: "Spørsmål {n} av {total}",
  teamTarget: "Alle hjelperne samlet",
  declinedTitle: "Takk. Du har valgt å ikke svare",
  declinedBody: "Vi har ikke lagret noen svar fra deg. Ombestemmer du deg, kan du svare fram til runden er slutt.",
  answerAnyway: "Jeg vil svare likevel",
  childThanks: "Takk for at du svarte!",
};

/** The key set every language must fill. */
export type VoiceStrings = Record<keyof typeof VOICE_NB, string>;

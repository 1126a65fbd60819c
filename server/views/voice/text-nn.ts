// Nynorsk strings of the family's and the child's pages (issue 7).
import type { VoiceStrings } from "./text-nb.ts";

export const VOICE_NN: VoiceStrings = {
  famConsentTitle: "Korleis opplever de hjelpa rundt barnet?",
  famConsentWhat:
    "Dei som hjelper barnet dykkar, vil gjerne vite korleis samarbeidet er for dykk. Først kjem {count} korte spørsmål om alle hjelparane samla. Etterpå kan du svare om kvar enkelt du har møtt, om du vil.",
  famConsentTime: "Det tek omtrent 5 minutt.",
  famWhoTitle: "Kven ser svara?",
  famWho:
    "Teamet rundt barnet ser eit samandrag av det familien har svart, ved sida av teamet sine eigne svar. Teamet ser ikkje kven som har svart kva, og svara dine blir ikkje viste som ei vurdering frå deg.",
  famWhoOne: "Svarer berre éin i familien, kan teamet likevel skjøne at svara kjem frå deg.",
  famFreeTitle: "Du vel sjølv",
  famFree:
    "Det er frivillig å svare. Hjelpa de får, blir ikkje påverka av om du svarer eller ikkje. Du kan hoppe over spørsmål du ikkje vil svare på, og du kan endre svara fram til runden er slutt.",
  famStart: "Eg vil svare",
  famDecline: "Eg vil ikkje svare",
  famDeclineNote: "Vel du «Eg vil ikkje svare», lagrar vi ingen svar frå deg. Vi lagrar berre at du er ferdig, slik at du ikkje får påminningar.",
  famFormTitle: "Samarbeidet rundt barnet dykkar",
  famFormIntro: "Tenk på korleis det har vore den siste tida. Vel det som passar best for deg. Veit du ikkje, vel du «{na}».",
  famTeamTitle: "Alle hjelparane samla",
  famMembersTitle: "Kvar enkelt hjelpar (kan hoppast over)",
  famMembersIntro: "Svar berre om dei du har møtt. Du kan la resten stå tomt.",
  famNa: "Veit ikkje",
  childConsentTitle: "Hei! Vi vil gjerne høyre kva du synest",
  childConsentWhat: "Nokre vaksne hjelper deg, til dømes på skulen eller hos helsesjukepleiaren. Vi lurer på korleis du synest hjelpa er. Det er {count} korte spørsmål.",
  childWho: "Dei vaksne som hjelper deg, får sjå svara dine. Dei brukar dei til å gjere hjelpa betre.",
  childNoWrong: "Det finst ingen rette eller gale svar.",
  childFree: "Du bestemmer sjølv om du vil svare. Det er heilt greitt å seie nei takk.",
  childStart: "Ja, eg vil svare",
  childDecline: "Nei takk",
  childFormTitle: "Kva synest du?",
  childFormIntro: "Trykk på andletet som passar best. Veit du ikkje, trykkjer du på «{na}».",
  childNa: "Veit ikkje",
  childSubmit: "Ferdig – send inn",
  childMissing: "Du har ikkje svart på denne. Vel eit andlet, eller «{na}».",
  childErrorTitle: "Du har gløymt nokre spørsmål",
  questionOf: "Spørsmål {n} av {total}",
  teamTarget: "Alle hjelparane samla",
  declinedTitle: "Takk. Du har valt å ikkje svare",
  declinedBody: "Vi har ikkje lagra nokon svar frå deg. Ombestemmer du deg, kan du svare fram til runden er slutt.",
  answerAnyway: "Eg vil svare likevel",
  childThanks: "Takk for at du svarte!",
};

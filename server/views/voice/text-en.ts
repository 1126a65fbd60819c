// English strings of the family's and the child's pages (issue 7).
import type { VoiceStrings } from "./text-nb.ts";

export const VOICE_EN: VoiceStrings = {
  famConsentTitle: "How do you experience the help around your child?",
  famConsentWhat:
    "The people who help your child would like to know how the collaboration feels to you. First come {count} short questions about all the helpers together. After that you can answer about each one you have met, if you want to.",
  famConsentTime: "It takes about 5 minutes.",
  famWhoTitle: "Who sees the answers?",
  famWho:
    "The team around your child sees a summary of what the family answered, next to the team's own answers. The team does not see who answered what, and your answers are not shown as your rating of anyone.",
  famWhoOne: "If only one person in the family answers, the team may still guess that the answers are yours.",
  famFreeTitle: "It is your choice",
  famFree:
    "Answering is voluntary. The help you get does not depend on whether you answer. You can skip questions you do not want to answer, and you can change your answers until the round ends.",
  famStart: "I want to answer",
  famDecline: "I don't want to answer",
  famDeclineNote: "If you choose \u201cI don't want to answer\u201d, we store no answers from you. We only note that you are done, so you get no reminders.",
  famFormTitle: "The collaboration around your child",
  famFormIntro: "Think about how things have been lately. Choose what fits best for you. If you don't know, choose \u201c{na}\u201d.",
  famTeamTitle: "All the helpers together",
  famMembersTitle: "Each helper (you can skip this)",
  famMembersIntro: "Only answer about the ones you have met. You can leave the rest empty.",
  famNa: "Don't know",
  childConsentTitle: "Hi! We would like to hear what you think",
  childConsentWhat: "Some grown-ups help you, for example at school or at the school nurse. We wonder what you think about the help. There are {count} short questions.",
  childWho: "The grown-ups who help you will see your answers. They use them to make the help better.",
  childNoWrong: "There are no right or wrong answers.",
  childFree: "You decide if you want to answer. It is totally fine to say no thanks.",
  childStart: "Yes, I want to answer",
  childDecline: "No thanks",
  childFormTitle: "What do you think?",
  childFormIntro: "Tap the face that fits best. If you don't know, tap \u201c{na}\u201d.",
  childNa: "Don't know",
  childSubmit: "Done – send",
  childMissing: "You have not answered this one. Choose a face, or \u201c{na}\u201d.",
  childErrorTitle: "You forgot some questions",
  questionOf: "Question {n} of {total}",
  teamTarget: "All the helpers together",
  declinedTitle: "Thank you. You chose not to answer",
  declinedBody: "We have not stored any answers from you. If you change your mind, you can answer until the round ends.",
  answerAnyway: "I want to answer after all",
  childThanks: "Thank you for answering!",
};

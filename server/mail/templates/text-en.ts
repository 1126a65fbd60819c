// The mails' wording in English; placeholders {asker}, {place}, {date}, {max}.
import type { MailStrings } from "./text-nb.ts";

export const MAIL_EN: MailStrings = {
  subjectTeam: "How does the team work together? Short questionnaire (about 5 min)",
  subjectFamily: "How do you experience the collaboration? Short questionnaire (about 5 min)",
  reminderPrefix: "Reminder: ",
  greeting: "Hello,",
  askTeam:
    "{asker} ({place}) asks you to answer a short questionnaire in Laget about how the team around a child works together. You rate your collaboration with each of the other team members on seven questions.",
  askFamily:
    "{asker} ({place}) asks you, as parents or guardians, how you experience the collaboration with the people who help your child. Answering is voluntary.",
  duration: "It takes about 5 minutes. You can save as you go and continue later.",
  notYet: "We have not received your answers yet.",
  draftKept: "The answers you saved are kept and waiting for you when you open the link.",
  replaces: "This link replaces the one you got before; the old one no longer works.",
  linkIntro: "Open the form here. The link is personal, so please do not pass it on:",
  button: "Open the form",
  closes: "You can answer and change your answers until {date}.",
  openEnded: "The form stays open until {asker} closes it.",
  consentTitle: "About your e-mail address",
  consent:
    "The address is used only to send you this link and at most {max} reminders. It is erased when the round closes, unless {asker} keeps it for the next round.",
  signoff: "Best regards, Laget, on behalf of {asker}",
};

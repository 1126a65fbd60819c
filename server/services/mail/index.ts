// Mail service: links by e-mail when a round opens, reminders, the members' mail in the status view, erasing addresses.
export { openRoundWith, mailable } from "./open.ts";
export { sendReminders } from "./reminders.ts";
export { memberMail } from "./summary.ts";
export { eraseAddresses } from "./addresses.ts";
export { reminderState } from "./limits.ts";
export { requireMailer } from "./deliver.ts";

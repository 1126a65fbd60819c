// Role catalogue: the seats a team around a child can have, with nb/nn/en names and a colour.
import { z } from "zod";

export const LocalizedText = z.object({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const RoleDef = z.object({
  id: z.string().min(1).max(16),
  /** The name as a heading or label shows it: "Koordinator". */
  name: LocalizedText,
  /**
   * The role inside a sentence, in the form the sentence needs: definite and lower-case where the
   * language wants it ("kontakt med koordinatoren", "Vi blir lyttet til av læreren", "the teacher").
   * A question starting with the role capitalises its first letter. Absent: the name, lower-cased.
   */
  inSentence: LocalizedText.optional(),
  /** CSS hex colour used for the node in graphs and legends. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** True for the family seat (parents/guardians). */
  family: z.boolean().default(false),
});
export type RoleDef = z.infer<typeof RoleDef>;

type Words = [nb: string, nn: string, en: string];
const words = ([nb, nn, en]: Words): LocalizedText => ({ nb, nn, en });

/** One catalogue entry: heading names and in-sentence forms as [nb, nn, en]. */
function role(id: string, name: Words, inSentence: Words, colour: string, family = false): RoleDef {
  return { id, name: words(name), inSentence: words(inSentence), colour, family };
}

/** Default catalogue, from the municipality's seed documents (docs/design.md, Domain). */
export const DEFAULT_ROLES: RoleDef[] = [
  role("BHG", ["Barnehage", "Barnehage", "Kindergarten"], ["barnehagen", "barnehagen", "the kindergarten"], "#0072B2"),
  role(
    "SR",
    ["Skole / spesialpedagogisk ressurs", "Skule / spesialpedagogisk ressurs", "School / special-ed resource"],
    ["den spesialpedagogiske ressursen på skolen", "den spesialpedagogiske ressursen på skulen", "the school's special-education resource"],
    "#56B4E9",
  ),
  role("SKLed", ["Skoleleder", "Skuleleiar", "School leader"], ["skolelederen", "skuleleiaren", "the school leader"], "#004D80"),
  role("SKLær", ["Lærer", "Lærar", "Teacher"], ["læreren", "læraren", "the teacher"], "#009E73"),
  role("PPT", ["PP-tjenesten", "PP-tenesta", "Educational-psychological service"], ["PP-tjenesten", "PP-tenesta", "the educational-psychological service"], "#E69F00"),
  role("HEGE", ["Helsesykepleier", "Helsesjukepleiar", "Health nurse"], ["helsesykepleieren", "helsesjukepleiaren", "the health nurse"], "#CC79A7"),
  role("FYS", ["Fysioterapeut", "Fysioterapeut", "Physiotherapist"], ["fysioterapeuten", "fysioterapeuten", "the physiotherapist"], "#8C564B"),
  role("TALE", ["Logoped", "Logoped", "Speech therapist"], ["logopeden", "logopeden", "the speech therapist"], "#7F7F7F"),
  role(
    "PSYK",
    ["Psykolog / psykisk helse", "Psykolog / psykisk helse", "Psychologist / child mental health"],
    ["psykologen eller psykisk helsetjeneste", "psykologen eller psykisk helseteneste", "the psychologist or child mental health service"],
    "#D55E00",
  ),
  role(
    "ØBC",
    ["Barnevern / annen tjeneste", "Barnevern / anna teneste", "Child welfare / other service"],
    ["barnevernet eller en annen tjeneste", "barnevernet eller ei anna teneste", "child welfare or another service"],
    "#9467BD",
  ),
  role("FORÆ", ["Foreldre / foresatte", "Foreldre / føresette", "Parents / guardians"], ["foreldrene eller de foresatte", "foreldra eller dei føresette", "the parents or guardians"], "#B8860B", true),
  role("KOORD", ["Koordinator", "Koordinator", "Coordinator"], ["koordinatoren", "koordinatoren", "the coordinator"], "#2F4F4F"),
];

export function findRole(id: string, roles: RoleDef[] = DEFAULT_ROLES): RoleDef | undefined {
  return roles.find((r) => r.id === id);
}

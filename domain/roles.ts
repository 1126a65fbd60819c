// Role catalogue: the seats a team around a child can have, with nb/nn/en names and a colour.
import { z } from "zod";

export const LocalizedText = z.object({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const RoleDef = z.object({
  id: z.string().min(1).max(16),
  name: LocalizedText,
  /** CSS hex colour used for the node in graphs and legends. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** True for the family seat (parents/guardians). */
  family: z.boolean().default(false),
});
export type RoleDef = z.infer<typeof RoleDef>;

/** Default catalogue, from the municipality's seed documents (docs/design.md, Domain). */
export const DEFAULT_ROLES: RoleDef[] = [
  { id: "BHG", name: { nb: "Barnehage", nn: "Barnehage", en: "Kindergarten" }, colour: "#0072B2", family: false },
  { id: "SR", name: { nb: "Skole / spesialpedagogisk ressurs", nn: "Skule / spesialpedagogisk ressurs", en: "School / special-ed resource" }, colour: "#56B4E9", family: false },
  { id: "SKLed", name: { nb: "Skoleleder", nn: "Skuleleiar", en: "School leader" }, colour: "#004D80", family: false },
  { id: "SKLær", name: { nb: "Lærer", nn: "Lærar", en: "Teacher" }, colour: "#009E73", family: false },
  { id: "PPT", name: { nb: "PP-tjenesten", nn: "PP-tenesta", en: "Educational-psychological service" }, colour: "#E69F00", family: false },
  { id: "HEGE", name: { nb: "Helsesykepleier", nn: "Helsesjukepleiar", en: "Health nurse" }, colour: "#CC79A7", family: false },
  { id: "FYS", name: { nb: "Fysioterapeut", nn: "Fysioterapeut", en: "Physiotherapist" }, colour: "#8C564B", family: false },
  { id: "TALE", name: { nb: "Logoped", nn: "Logoped", en: "Speech therapist" }, colour: "#7F7F7F", family: false },
  { id: "PSYK", name: { nb: "Psykolog / psykisk helse", nn: "Psykolog / psykisk helse", en: "Psychologist / child mental health" }, colour: "#D55E00", family: false },
  { id: "ØBC", name: { nb: "Barnevern / annen tjeneste", nn: "Barnevern / anna teneste", en: "Child welfare / other service" }, colour: "#9467BD", family: false },
  { id: "FORÆ", name: { nb: "Foreldre / foresatte", nn: "Foreldre / føresette", en: "Parents / guardians" }, colour: "#B8860B", family: true },
  { id: "KOORD", name: { nb: "Koordinator", nn: "Koordinator", en: "Coordinator" }, colour: "#2F4F4F", family: false },
];

export function findRole(id: string, roles: RoleDef[] = DEFAULT_ROLES): RoleDef | undefined {
  return roles.find((r) => r.id === id);
}

// Voices service: the family's and the child's voice in a round (options, child link, the "Familiens opplevelse" band).
export * from "./forms.ts";
export * from "./options.ts";
export * from "./child-link.ts";
export * from "./band.ts";

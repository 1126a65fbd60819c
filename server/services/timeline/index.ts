// Timeline service: the case over time (figures per round, each pair's score across the rounds).
export * from "./timeline.ts";

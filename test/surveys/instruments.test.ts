// Pins every shipped instrument (ids, texts, groups, versions) to the snapshot in test/fixtures/instruments.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getInstrument, listInstruments } from "../../surveys/index.ts";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/instruments.json", import.meta.url), "utf8"));

describe("instrument content", () => {
  it("listInstruments() equals the stored snapshot", () => {
    expect(JSON.parse(JSON.stringify(listInstruments()))).toStrictEqual(fixture.list);
  });

  it("getInstrument(id, version) equals the stored snapshot for every instrument", () => {
    const byVersion = fixture.list.map((i: { id: string; version: string }) => getInstrument(i.id, i.version));
    expect(JSON.parse(JSON.stringify(byVersion))).toStrictEqual(fixture.byVersion);
  });
});

// fast-check arbitraries for hostile input: strings, JSON shaped like the domain schemas, raw bodies, headers, paths.
import fc from "fast-check";

/** Field names of the domain's zod schemas (CaseInput, MemberInput, RoundInput, UserInput, AnswerInput, login …). */
export const FIELDS = [
  "code", "district", "unit", "role", "label", "name", "instrumentId", "closesAt", "scores", "rater", "target", "score",
  "email", "password", "districts", "disabled", "ratings", "item", "value", "submit", "action",
];
const EVIL_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", ""];

/** Strings a careful attacker would try, plus random unicode (lone surrogates and NULs included). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "", " ", "\u0000", "a\u0000b", "\uD800", "\uDFFF", "\uFEFF", "\u202E", "12345678901", "010203 12345", "Heimdal", "Lerkendal",
    "<script>alert(1)</script>", "'; DROP TABLE cases; --", "../../etc/passwd", "%00", "${jndi:x}", "PPT", "FORÆ", "rc7",
    "frequent", "1", "na", "submit", "draft", "2025-01-01T00:00:00Z", "admin@laget.test", "x".repeat(70_000), "𝕏".repeat(3000),
  ),
);

/** Numbers around the schema bounds and the awkward ones JSON can carry. */
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 6, 3.5, -1, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Arbitrary JSON, nested a few levels, with the domain's field names and prototype-pollution keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, ...EVIL_KEYS), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** An object that mostly looks like a valid body (known keys) with hostile values. */
export const bodyLike: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(fc.constantFrom(...FIELDS, ...EVIL_KEYS), hostileJson, { minKeys: 1, maxKeys: 6 });

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);

/** Raw request bodies: JSON of the above, broken JSON, duplicate keys, deep nesting, over-long, binary junk. */
export const rawBody: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: bodyLike.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "{", "}", "nul", "[1,", '{"a":1}{"b":2}', "\uFEFF{}", '"\\ud800"') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIELDS), hostileJson).map(([k, v]) => `{"${k}":"x","${k}":${JSON.stringify(v) ?? 1},"__proto__":{"admin":true}}`) },
  { weight: 1, arbitrary: fc.constantFrom(deep(20_000), deepObject(20_000), deep(100), "9".repeat(5000), "x".repeat(300_000)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1")) },
);

export const contentType = fc.constantFrom(
  "application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz", "multipart/form-data", "application/jsonp", "application/json; charset=utf-16", "", "*/*",
);

/** TRACE/CONNECT are refused by the fetch Request constructor itself, so they cannot be sent through app.request. */
export const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "PROPFIND", "purge");

/** Lone surrogates replaced by U+FFFD (String#toWellFormed, which the ES lib in use does not declare). */
export const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** encodeURIComponent that survives lone surrogates (it throws URIError on them). */
export const encodeSegment = (s: string) => encodeURIComponent(wellFormed(s));

/** A path segment: a real id from the scene, or something hostile (percent-encoded so the URL stays valid). */
export function segment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: real.length > 0 ? 3 : 0, arbitrary: fc.constantFrom(...real, "x") },
    { weight: 2, arbitrary: hostileString.map((s) => encodeSegment(s.slice(0, 200))) },
    { weight: 1, arbitrary: fc.constantFrom("%", "%00", "%E0%A4%A", "..", "%2e%2e", "..%2f..", "a".repeat(5000), "__proto__", "constructor") },
  );
}

/** Valid values per field (so that most other fields pass and the hostile one gets deep into the handler). */
const VALID: Record<string, unknown[]> = {
  code: ["Sak 1", "Ab", "ÆØÅ-12_x.y"], district: ["Heimdal", "Lerkendal"], unit: ["", "Skole"], role: ["PPT", "HEGE", "FORÆ"],
  label: ["", "Mor"], name: ["Vår", "Test"], instrumentId: ["rc7"], closesAt: [null, "2030-01-01T00:00:00Z"], email: ["x@laget.test"],
  password: ["a long enough password"], districts: [["Heimdal"], []], disabled: [false, true], submit: [false, true],
  ratings: [[]], scores: [[]],
};

/** A body shaped like one of the domain schemas: each known field valid or hostile, plus maybe a polluting key. */
export function schemaShaped(fields: string[]): fc.Arbitrary<string> {
  const value = (k: string) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(VALID[k] ?? [null])) }, { weight: 1, arbitrary: hostileJson });
  const rec = fc.record(Object.fromEntries(fields.map((k) => [k, value(k)])), { requiredKeys: [] });
  return fc.tuple(rec, fc.option(fc.constantFrom(...EVIL_KEYS), { nil: undefined, freq: 2 }), hostileJson).map(([r, evil, v]) => {
    const json = JSON.stringify(r);
    return evil === undefined ? json : json.replace(/^\{/, `{${JSON.stringify(evil)}:${JSON.stringify(v) ?? 1}${json === "{}" ? "" : ","}`);
  });
}

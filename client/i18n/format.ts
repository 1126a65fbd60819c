// Number formatting per language: Norwegian decimal comma for nb/nn, point for en.
export interface Format {
  /** Score with one decimal, e.g. "3,5"; "–" for null. */
  num: (v: number | null | undefined, digits?: number) => string;
  /** Signed change, e.g. "+0,4" / "−1,2". */
  delta: (v: number | null | undefined) => string;
  /** Percentage of a 0–1 share, e.g. "80 %". */
  pct: (v: number | null | undefined) => string;
  /** Calendar date of an ISO timestamp in the user's language, e.g. "12. desember 2025"; "–" for null. */
  date: (iso: string | null | undefined) => string;
  /** Date and time of an ISO timestamp, e.g. "30.11.2026, 16:40"; "–" for null. */
  dateTime: (iso: string | null | undefined) => string;
}

export function makeFormat(lang: "nb" | "nn" | "en"): Format {
  const locale = lang === "en" ? "en-GB" : "nb-NO";
  const fmt = (digits: number, sign = false) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: sign ? "exceptZero" : "auto",
    });
  const one = fmt(1);
  const signed = fmt(1, true);
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const dash = "–";
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const when = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
    const d = iso ? new Date(iso) : null;
    return d && !Number.isNaN(d.getTime()) ? f.format(d) : dash;
  };
  return {
    num: (v, digits = 1) => (v == null || Number.isNaN(v) ? dash : digits === 1 ? one.format(v) : fmt(digits).format(v)),
    delta: (v) => (v == null ? dash : signed.format(v)),
    pct: (v) => (v == null ? dash : pct.format(v)),
    date: when(day),
    dateTime: when(stamp),
  };
}

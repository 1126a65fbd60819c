// Detection of Norwegian national id numbers (fødselsnummer, D- and H-numbers) however they are written.

/** Weights of the two mod-11 check digits (Skatteetaten's algorithm for fødselsnummer). */
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Characters people put between the digits: spaces of any kind, dots, slashes, hyphens and dashes. */
const SEPARATOR = "[\\s.\\/\\-\\u2010-\\u2015\\u2212]";
/** A run of digits with at most three separator characters between two digits. */
const DIGIT_RUN = new RegExp(`\\d(?:${SEPARATOR}{0,3}\\d)*`, "g");

/** The check digit for `digits` with `weights`: 11 − (Σ wᵢdᵢ mod 11), 11 → 0, 10 → none (−1). */
function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((s, w, i) => s + w * digits[i], 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k === 10 ? -1 : k;
}

/**
 * True when the 11 digits form a valid number: day 01–31 (D-number: +40), month 01–12 (H-number:
 * +40; synthetic test numbers: +80) and both check digits right, so that an ordinary 11-digit
 * number is refused only with a probability of about 1 in 2 500.
 */
export function isNationalIdNumber(eleven: string): boolean {
  if (!/^\d{11}$/.test(eleven)) return false;
  const d = [...eleven].map(Number);
  const day = d[0] * 10 + d[1];
  const month = d[2] * 10 + d[3];
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  const monthOk = [0, 40, 80].some((offset) => month - offset >= 1 && month - offset <= 12);
  if (!dayOk || !monthOk) return false;
  return checkDigit(d, W1) === d[9] && checkDigit(d, W2) === d[10];
}

/** Decimal digits of any script as ASCII (full-width ３, Arabic-Indic ٣, mathematical 𝟑 …); other text unchanged. */
export function asciiDigits(text: string): string {
  return text.normalize("NFKC").replace(/\p{Nd}/gu, (ch) => {
    // Every Unicode decimal-digit block is a run of whole sets of ten starting at a zero.
    let start = ch.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((ch.codePointAt(0)! - start) % 10);
  });
}

/**
 * Whether `text` holds a Norwegian national id number written in any common way: 11 digits in a
 * row, with spaces, dots or dashes between them (`010190 12345`, `010190-12345`, `01.01.90 123 45`),
 * in full-width or other digits, as a D-number (day + 40) or H-number (month + 40). Only numbers
 * whose two check digits are right count, so ordinary numbers pass.
 */
export function containsNationalId(text: string): boolean {
  // Fewer than 11 characters that could be digits (NFKC turns some \p{No}, like ¹ or ①, into digits): no id.
  if ((text.match(/[\p{Nd}\p{No}]/gu)?.length ?? 0) < 11) return false;
  for (const [run] of asciiDigits(text).matchAll(DIGIT_RUN)) {
    const digits = run.replace(/\D/g, "");
    for (let i = 0; i + 11 <= digits.length; i++) {
      if (isNationalIdNumber(digits.slice(i, i + 11))) return true;
    }
  }
  return false;
}

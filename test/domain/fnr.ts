// Builds Norwegian national id numbers for tests: the two mod-11 check digits computed here, independently of domain/.

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** One check digit over `digits`: 11 − (weighted sum mod 11); 11 gives 0, 10 means no valid number. */
function control(digits: number[], weights: number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i] * weights[i];
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k === 10 ? null : k;
}

/**
 * The fødselsnummer for a birth date `ddmmyy` (D-number: day + 40) and the first individual number
 * from `from` upwards that gives two valid check digits.
 */
export function fnr(ddmmyy: string, from = 100): string {
  for (let ind = from; ind < 1000; ind++) {
    const nine = `${ddmmyy}${String(ind).padStart(3, "0")}`.split("").map(Number);
    const k1 = control(nine, K1);
    if (k1 === null) continue;
    const k2 = control([...nine, k1], K2);
    if (k2 === null) continue;
    return `${nine.join("")}${k1}${k2}`;
  }
  throw new Error(`no valid number for ${ddmmyy}`);
}

/** The same number with its last digit changed, so the second check digit is wrong. */
export const broken = (id: string): string => id.slice(0, 10) + String((Number(id[10]) + 1) % 10);

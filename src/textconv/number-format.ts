import { romanNumeral } from "../merge/labels.js";

/** Bullets print as one glyph: Word's bullet characters are often Symbol-font code points that mean nothing as text. */
export const BULLET = "\u2022";

/** Word's letter numbering: a ... z, then aa, bb ... zz, then aaa (the letter repeats; it is not base 26). */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a `w:numFmt`; unknown formats print as decimal, which is what they count. */
export function formatNumber(value: number, format: string): string {
  if (value < 1 && format !== "decimal" && format !== "decimalZero")
    return String(value);
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return romanNumeral(value).toLowerCase();
    case "upperRoman":
      return romanNumeral(value);
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "bullet":
      return BULLET;
    case "none":
      return "";
    default:
      return String(value);
  }
}

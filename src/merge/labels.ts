const NUMERALS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 -> "I", 14 -> "XIV": chapter numbers. */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA": section letters. */
export function sectionLetter(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : sectionLetter(Math.floor(index / 26) - 1) + sectionLetter(index % 26);
}

/**
 * Subparagraph labels: (a), (b) ... at the first level, as Word's lowerLetter
 * format counts them (after (z) come (aa), (bb)); (i), (ii) ... at the second.
 */
export function subparagraphLabel(index: number, level: 1 | 2): string {
  if (level === 2) return `(${romanNumeral(index + 1).toLowerCase()})`;
  const letter = String.fromCharCode(97 + (index % 26));
  return `(${letter.repeat(Math.floor(index / 26) + 1)})`;
}

/** UN practice: a lone annex is headed "Annex"; several are "Annex I", "Annex II"... */
export function annexLabel(index: number, count: number): string {
  return count === 1 ? "Annex" : `Annex ${romanNumeral(index + 1)}`;
}

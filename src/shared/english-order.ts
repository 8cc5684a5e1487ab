/**
 * Order strings as `new Intl.Collator("en").compare` does, without making
 * one for names in plain ASCII: the first collator of a process loads
 * ICU's collation data, 5-7 ms of a 0.24 s sample build, to sort a few
 * dozen entity names. For printable ASCII, ICU's root order (which "en"
 * keeps) weighs one character at a time: space and punctuation, then
 * digits, then letters, a letter and its capital alike; the first
 * difference decides, a prefix comes first. Anything else, and names that
 * differ only in case, go to the collator.
 * test/shared/english-order.test.ts compares the two.
 */
const ROOT_ORDER =
  " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

/** Primary weight by character code; 0 for a character left to the collator. */
const WEIGHT = new Uint8Array(128);
{
  let weight = 0;
  for (let i = 0; i < ROOT_ORDER.length; i++) {
    const char = ROOT_ORDER[i];
    // A capital follows its small letter with the same weight.
    const capital = char >= "A" && char <= "Z";
    if (!capital) weight++;
    WEIGHT[char.charCodeAt(0)] = weight;
  }
}

let collator: Intl.Collator | undefined;

function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || WEIGHT[code] === 0) return false;
  }
  return true;
}

export function compareEnglish(a: string, b: string): number {
  if (plain(a) && plain(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const difference = WEIGHT[a.charCodeAt(i)] - WEIGHT[b.charCodeAt(i)];
      if (difference !== 0) return difference;
    }
    if (a.length !== b.length) return a.length - b.length;
    if (a === b) return 0;
  }
  return (collator ??= new Intl.Collator("en")).compare(a, b);
}

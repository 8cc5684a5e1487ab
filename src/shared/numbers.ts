/**
 * 15198 -> "15,198": what `toLocaleString("en-US")` gives for an integer,
 * without it. The first call of Intl's number formatting loads ICU data,
 * about 20 ms of every run that prints a count; this is string work.
 * Anything but a safe integer still goes through Intl.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0))
    return n.toLocaleString("en-US");
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${digits}` : digits;
}

/** "1 footnote", "2 footnotes", "1,200 entities" (give the plural when it is not the noun plus s). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}

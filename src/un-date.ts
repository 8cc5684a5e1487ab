/** English month names, as UN documents write dates: "31 October 2004". */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2004-10-13" -> "13 October 2004", from the digits alone: no time zone or locale can shift it. */
export function formatUnDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

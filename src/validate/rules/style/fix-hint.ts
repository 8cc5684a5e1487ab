/**
 * The end of a hint for a change `validate --fix` can make: what to change
 * by hand first, since a focal point editing on the GitHub website has no
 * command line, then the command for those who have one.
 */
export function fixHint(written: string, replacement: string): string {
  return ` Change \`${written}\` to \`${replacement}\` (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`;
}

/** Where a focal point reads about a rule; annotations link here, and CONTRIBUTING.md has an anchor for each. */
export function docsUrlFor(ruleId: string): string {
  return `CONTRIBUTING.md#${ruleId.replace(/[^a-z0-9]+/g, "-")}`;
}

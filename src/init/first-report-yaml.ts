import path from "node:path";

/**
 * The report.yaml of a repository's first edition, when there is no earlier
 * one to carry the roster over from: the settings of the annual report with
 * the usual dates and limits, and a roster holding only the task manager,
 * with the fields of an entry shown in a comment. Pure.
 */
export function firstReportYaml(year: number, dir: string): string {
  const schema = path.posix.relative(dir, "schema/report.schema.json");
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# Started by \`wps-report init ${year}\`: the first edition of this repository.`,
    "# Check the dates, add every entity expected to contribute to the roster",
    "# (`entities:`), and give each a focal point before the first contribution comes in.",
    `year: ${year}`,
    "template: sg-report",
    `symbol: S/${year}/...`,
    "title: Women and peace and security",
    `date: ${year}-10-13`,
    `deadline: ${year}-07-31`,
    "word_limit: 8500",
    "contribution_word_limit: 1500",
    "entities:",
    "  - code: OSAGI",
    "    name: Office of the Special Adviser on Gender Issues and Advancement of Women",
    "    kind: task-manager",
    "  # - code: UNICEF",
    "  #   name: United Nations Children's Fund",
    "  #   kind: member            # member | observer | task-manager | member-state",
    "  #   focal_point: { name: Jane Doe, email: jdoe@unicef.org, github: jdoe }",
    "  #   deadline: 2005-08-15    # optional: an extension of this entity's deadline",
    "  #   word_limit: 2000        # optional: instead of contribution_word_limit",
    "",
  ].join("\n");
}

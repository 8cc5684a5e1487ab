import type { Edition } from "../../model.js";
import type { Reporter } from "../reporter.js";

/** UN editorial rule: if there is an "A." there must be a "B.". */
export function checkOutline(edition: Edition, reporter: Reporter): void {
  for (const chapter of edition.outline.chapters) {
    const only =
      chapter.sections.length === 1 ? chapter.sections[0] : undefined;
    if (only === undefined) continue;
    reporter.report(
      "outline/lone-section",
      only.position,
      `Chapter \`${chapter.title}\` has a lone section "A. ${only.title}" with no "B."`,
    );
  }
}

import { ruleCatalog } from "../../diagnostics/catalog.js";
import type { Edition } from "../../model.js";
import { closest } from "../../schema/field-spec.js";
import type { Reporter } from "../reporter.js";

/** Disable comments give a reason and name a rule that exists. */
export function checkSuppressions(edition: Edition, reporter: Reporter): void {
  const ids = Object.keys(ruleCatalog);
  for (const contribution of edition.contributions) {
    for (const suppression of contribution.suppressions) {
      if (suppression.reason === "") {
        reporter.report(
          "suppression/missing-reason",
          suppression.position,
          `The disable comment for ${suppression.ruleId} gives no reason`,
        );
      }
      if (!Object.hasOwn(ruleCatalog, suppression.ruleId)) {
        const suggestion = closest(suppression.ruleId, ids);
        reporter.report(
          "suppression/unknown-rule",
          suppression.position,
          `Unknown rule \`${suppression.ruleId}\` in a disable comment${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
        );
      }
    }
  }
}

/** `--json`'s help, on every command that also has `--format`. */
export const JSON_FLAG_HELP = "same as --format json";

/**
 * The format a command with both flags runs in: `--json` is short for
 * `--format json`, and wins over an explicit `--format`. The one place
 * that says so, for validate, review and diff.
 */
export function chosenFormat<Format extends string>(options: {
  format: Format;
  json?: true;
}): Format | "json" {
  return options.json === true ? "json" : options.format;
}

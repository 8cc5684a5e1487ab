/**
 * A problem with how the tool was called or configured (bad flag, no
 * edition, unreadable report.yaml or outline). The CLI prints it and exits 2.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    message: string,
    readonly place?: { file: string; line?: number; column?: number },
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A usage problem: the command line itself is wrong. Exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

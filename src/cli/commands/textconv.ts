import { UsageError } from "../../diagnostics/errors.js";
import type { CliIO } from "../io.js";

// Placeholder until its issue lands; replaced by the real command.
export function textconvCommand(_options: Record<string, unknown>, _io: CliIO): Promise<number> {
  return Promise.reject(new UsageError("`textconv` is not available yet"));
}

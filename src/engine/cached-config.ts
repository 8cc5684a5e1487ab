import { parseReportConfig } from "../load/load-config.js";
import type { ReportConfig } from "../model.js";
import type { ContributionCache } from "./contribution-cache.js";

/**
 * report.yaml, parsed, through the cache when there is one: a roster of a
 * thousand entities takes the YAML parser a quarter of a second or more,
 * as long as a warm build of everything else. A file with errors is parsed
 * (and reported) every time.
 */
export async function parseReportConfigCached(
  bytes: Uint8Array,
  file: string,
  cache: ContributionCache | undefined,
): Promise<ReportConfig> {
  if (cache === undefined) return parseReportConfig(bytes, file);
  await cache.open();
  return cache.memo(
    cache.keyOf(file, bytes),
    () => parseReportConfig(bytes, file),
    (value): value is ReportConfig => looksLikeConfig(value, file),
  );
}

function looksLikeConfig(value: unknown, file: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const config = value as Partial<Record<keyof ReportConfig, unknown>>;
  return (
    config.file === file &&
    typeof config.year === "number" &&
    Array.isArray(config.entities) &&
    typeof config.rules === "object" &&
    config.rules !== null
  );
}

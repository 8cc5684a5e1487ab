// Running ../shared/ooxml/validate-docx (ISO/IEC 29500 schemas + reference
// checks) over a DOCX. It lives beside the project, not in it, and needs
// xmllint (Debian: libxml2-utils); tests skip with a message without them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./cli.js";

export const VALIDATE_DOCX =
  process.env.WPS_VALIDATE_DOCX ??
  path.resolve(repoRoot, "..", "shared", "ooxml", "validate-docx");

const hasXmllint =
  spawnSync("xmllint", ["--version"], { timeout: 30_000 }).status === 0;
const hasPython =
  spawnSync("python3", ["--version"], { timeout: 30_000 }).status === 0;

/** Why validate-docx cannot run here, or undefined when it can. */
export const validatorMissing: string | undefined = !existsSync(VALIDATE_DOCX)
  ? `${VALIDATE_DOCX} not found`
  : !hasXmllint
    ? "xmllint not installed (apt-get install libxml2-utils)"
    : !hasPython
      ? "python3 not installed"
      : undefined;

/** validate-docx's findings for the files, one line each ("" when all are valid). */
export function validateDocx(files: readonly string[]): {
  status: number | null;
  findings: string[];
} {
  const result = spawnSync("python3", [VALIDATE_DOCX, "-q", ...files], {
    encoding: "utf8",
    timeout: 300_000,
  });
  const findings = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "");
  return { status: result.status, findings };
}

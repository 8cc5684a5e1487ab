import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

export interface TempEdition {
  /** Project root (holds contributions/). */
  root: string;
  /** Edition folder, root-relative: contributions/<year>. */
  dir: string;
  /** Absolute path of the edition folder. */
  editionPath: string;
  cleanup(): void;
}

/** A minimal valid report.yaml with a small roster; pass `extra` lines to append (e.g. `rules:`). */
export function reportYaml(
  options: {
    year?: number;
    template?: string;
    extra?: string;
    entities?: string;
  } = {},
): string {
  const year = options.year ?? 2004;
  return [
    `year: ${year}`,
    `template: ${options.template ?? "sg-report"}`,
    `symbol: S/${year}/814`,
    "title: Women and peace and security",
    `date: ${year}-10-13`,
    `deadline: ${year}-07-31`,
    "entities:",
    options.entities ??
      [
        "  - { code: OSAGI, name: Office of the Special Adviser on Gender Issues and Advancement of Women, kind: task-manager }",
        "  - { code: DPKO, name: Department of Peacekeeping Operations, kind: member }",
        "  - { code: UNICEF, name: United Nations Children's Fund, kind: member }",
        "  - { code: UN-HABITAT, name: United Nations Human Settlements Programme, kind: member }",
        '  - { code: NGOWG, name: "NGO Working Group on Women, Peace and Security", kind: observer }',
      ].join("\n"),
    options.extra ?? "",
  ].join("\n");
}

/** A contribution in Markdown with front matter. */
export function contribution(
  entity: string,
  body: string,
  options: { year?: number; frontMatter?: string } = {},
): string {
  return `---\nentity: ${entity}\nyear: ${options.year ?? 2004}\n${options.frontMatter ?? ""}---\n\n${body}`;
}

/**
 * Write an edition from an inline file tree: keys are paths inside the
 * edition folder (`report.yaml`, `unicef.md`), or root-relative when they
 * start with `/` (`/templates/x.yaml`). Removed when the test finishes.
 */
export function makeEdition(
  files: Record<string, string | Uint8Array>,
  options: { year?: number } = {},
): TempEdition {
  const root = mkdtempSync(path.join(tmpdir(), "wps-edition-"));
  const dir = `contributions/${options.year ?? 2004}`;
  const editionPath = path.join(root, dir);
  mkdirSync(editionPath, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = name.startsWith("/")
      ? path.join(root, name.slice(1))
      : path.join(editionPath, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    onTestFinished(cleanup);
  } catch {
    // Called outside a test (e.g. in beforeAll): the caller cleans up.
  }
  return { root, dir, editionPath, cleanup };
}

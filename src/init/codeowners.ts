import type { Entity } from "../model.js";

export interface CodeownersPlan {
  /** The block for one edition, between its start and end markers. */
  block: string;
  startMarker: string;
  endMarker: string;
  /** Entities whose file got a line (their focal point has a GitHub handle). */
  owned: string[];
  /** Entities whose focal point has no handle: the task manager's catch-all covers their file. */
  withoutHandle: string[];
  taskManagers: string[];
}

/**
 * CODEOWNERS lines for an edition: the edition folder, its report.yaml and
 * the templates to the task manager(s); each contribution (`<code>.*`, so
 * `.md` or `.yaml`) to its focal point and the task manager(s) together:
 * GitHub does not let authors approve their own pull requests, so with
 * "require review from code owners" a focal point as the only owner of
 * their file could never get their own change approved. Later lines win in
 * CODEOWNERS, so the catch-all comes first. `prefix`: the project root inside the
 * repository ("" when they are the same), as `/sub/`.
 */
export function planCodeowners(
  entities: readonly Entity[],
  options: { dir: string; prefix: string; year: number },
): CodeownersPlan {
  const at = (p: string) => `/${options.prefix}${p}`;
  const handleOf = (e: Entity) => {
    const github = e.focalPoint?.github?.trim().replace(/^@/, "");
    return github === undefined || github === "" ? undefined : `@${github}`;
  };
  const taskManagers = entities
    .filter((e) => e.kind === "task-manager")
    .map(handleOf)
    .filter((h): h is string => h !== undefined);
  const startMarker = `# >>> wps-report ${options.dir}`;
  const endMarker = `# <<< wps-report ${options.dir}`;
  const lines = [
    startMarker,
    `# Written by \`wps-report init ${options.year}\` from the roster in ${options.dir}/report.yaml:`,
    "# each contribution goes to its focal point's GitHub handle and the task manager (authors cannot approve",
    "# their own pull requests); the rest to the task manager.",
  ];
  if (taskManagers.length > 0) {
    const owners = taskManagers.join(" ");
    lines.push(
      `${at(`${options.dir}/`)} ${owners}`,
      `${at(`${options.dir}/report.yaml`)} ${owners}`,
      `${at("templates/")} ${owners}`,
    );
  }
  const owned: string[] = [];
  const withoutHandle: string[] = [];
  for (const entity of entities) {
    const handle = handleOf(entity);
    if (handle === undefined) {
      withoutHandle.push(entity.code);
      continue;
    }
    owned.push(entity.code);
    const owners = [handle, ...taskManagers.filter((t) => t !== handle)];
    lines.push(
      `${at(`${options.dir}/${entity.code.toLowerCase()}.*`)} ${owners.join(" ")}`,
    );
  }
  lines.push(endMarker);
  return {
    block: `${lines.join("\n")}\n`,
    startMarker,
    endMarker,
    owned,
    withoutHandle,
    taskManagers,
  };
}

/** The CODEOWNERS text with this edition's block added, or replaced if it is already there; every other line kept. */
export function mergeCodeowners(
  current: string | undefined,
  plan: CodeownersPlan,
): string {
  const text = current ?? "";
  const start = text.indexOf(`${plan.startMarker}\n`);
  const end = text.indexOf(plan.endMarker, start);
  if (start !== -1 && end !== -1) {
    const after = text.indexOf("\n", end);
    return (
      text.slice(0, start) +
      plan.block +
      (after === -1 ? "" : text.slice(after + 1))
    );
  }
  if (text === "") return plan.block;
  return `${text}${text.endsWith("\n") ? "" : "\n"}\n${plan.block}`;
}

import path from "node:path";
import { createContribution } from "../../create/create-contribution.js";
import {
  emailProblem,
  entityChoices,
  nameProblem,
  resolveEntity,
  resolveSections,
} from "../../create/resolve-answers.js";
import { ConfigError } from "../../diagnostics/errors.js";
import { locateEdition, toPosix } from "../../load/find-edition.js";
import { loadEdition } from "../../load/load-edition.js";
import type { Edition } from "../../model.js";
import type { CliIO } from "../io.js";
import type { askForMissing, NewAnswers } from "../new-prompts.js";

export interface NewOptions {
  edition?: string;
  entity?: string;
  section?: string[];
  focalPointName?: string;
  focalPointEmail?: string;
  /** Do not ask: use the flags (and the roster's focal point) only. */
  yes?: boolean;
  json?: boolean;
}

/** Exit code when the person at the terminal cancels (Ctrl+C), as shells report SIGINT. */
export const CANCELLED = 130;

/**
 * Create a contribution file. Asks in a terminal for whatever the flags
 * leave out; with no terminal (or --yes) it never waits for input: missing
 * answers are a usage error naming the flags.
 */
export async function newCommand(
  options: NewOptions,
  io: CliIO,
  ask: typeof askForMissing = async (...args) =>
    (await import("../new-prompts.js")).askForMissing(...args),
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const edition = await loadEdition(root, dir);
  const willAsk = options.yes !== true && io.stdinIsTTY;
  const known = answersFromFlags(edition, options, !willAsk);
  const missing = missingFlags(known);
  let answers: NewAnswers;
  if (missing.length === 0) answers = known as NewAnswers;
  else if (!willAsk) {
    throw new ConfigError(
      `Missing ${listOf(missing)}: ${options.yes === true ? "--yes means wps-report does not ask" : "standard input is not a terminal, so wps-report cannot ask"}${known.entity === undefined ? " (the focal point's name and e-mail come from the roster in report.yaml when it has them; else pass --focal-point-name and --focal-point-email too)" : ""}`,
      undefined,
      `Pass them all, e.g. ${exampleCommand(edition, known)}`,
    );
  } else {
    if (known.entity === undefined && firstFreeCode(edition) === undefined)
      throw new ConfigError(
        `Every entity on the roster already has a file in ${dir}; edit yours instead`,
      );
    try {
      answers = await ask(edition, known);
    } catch (error) {
      if (error instanceof Error && error.name === "ExitPromptError") {
        io.stderr.write("Cancelled; nothing was written.\n");
        return CANCELLED;
      }
      throw error;
    }
  }
  const file = await createContribution({
    root,
    dir,
    year: edition.config.year,
    entity: answers.entity.code,
    focalPoint: { name: answers.name, email: answers.email },
    sections: answers.sections,
  });
  const shown = toPosix(path.relative(io.cwd, path.join(root, file))) || file;
  if (options.json === true) {
    io.stdout.write(
      `${JSON.stringify({ file, entity: answers.entity.code, sections: answers.sections.map((s) => s.id) }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      [
        `Created ${shown} for ${answers.entity.code}, with a heading for each section: ${answers.sections.map((s) => s.title).join("; ")}.`,
        `Next: write your text under each heading, run \`wps-report validate ${shown}\`, and open a pull request.`,
        "",
      ].join("\n"),
    );
  }
  return 0;
}

/** Flags checked against the roster and the outline; the roster's focal point fills in a name or e-mail not given. */
function answersFromFlags(
  edition: Edition,
  options: NewOptions,
  rosterFallback: boolean,
): Partial<NewAnswers> {
  const known: Partial<NewAnswers> = {};
  if (options.entity !== undefined)
    known.entity = resolveEntity(edition, options.entity);
  if (options.section !== undefined && options.section.length > 0)
    known.sections = resolveSections(edition, options.section);
  const name = options.focalPointName;
  const email = options.focalPointEmail;
  if (name !== undefined) {
    const problem = nameProblem(name);
    if (problem !== undefined)
      throw new ConfigError(`${problem} in --focal-point-name`);
    known.name = name.trim();
  }
  if (email !== undefined) {
    const problem = emailProblem(email);
    if (problem !== undefined)
      throw new ConfigError(`${problem} in --focal-point-email`);
    known.email = email.trim();
  }
  // Only when not asking: in a terminal the roster's values are offered as defaults instead.
  if (rosterFallback) {
    const rosterFp = known.entity?.focalPoint;
    if (known.name === undefined && rosterFp?.name !== undefined)
      known.name = rosterFp.name;
    if (
      known.email === undefined &&
      rosterFp?.email !== undefined &&
      emailProblem(rosterFp.email) === undefined
    )
      known.email = rosterFp.email;
  }
  return known;
}

/** What is still needed; the focal point's name and e-mail only once the entity is known, since the roster may supply them. */
function missingFlags(known: Partial<NewAnswers>): string[] {
  const entityKnown = known.entity !== undefined;
  return [
    entityKnown ? "" : "--entity",
    known.sections === undefined ? "--section" : "",
    entityKnown && known.name === undefined ? "--focal-point-name" : "",
    entityKnown && known.email === undefined ? "--focal-point-email" : "",
  ].filter((flag) => flag !== "");
}

/** A complete `new` command for the hint: the focal point flags only where the roster cannot supply them. */
function exampleCommand(edition: Edition, known: Partial<NewAnswers>): string {
  const code = known.entity?.code ?? firstFreeCode(edition) ?? "UNICEF";
  const entity =
    known.entity ?? edition.config.entities.find((e) => e.code === code);
  const section =
    known.sections?.[0]?.title ??
    edition.outline.chapters[0]?.title ??
    "Introduction";
  const parts = [`wps-report new --entity ${code}`, `--section "${section}"`];
  if (known.name === undefined && entity?.focalPoint?.name === undefined)
    parts.push('--focal-point-name "Jane Doe"');
  if (
    known.email === undefined &&
    (entity?.focalPoint?.email === undefined ||
      emailProblem(entity.focalPoint.email) !== undefined)
  )
    parts.push("--focal-point-email jdoe@example.org");
  return [...parts, "--yes"].join(" ");
}

function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

function firstFreeCode(edition: Edition): string | undefined {
  return entityChoices(edition).find((c) => c.existingFile === undefined)
    ?.entity.code;
}

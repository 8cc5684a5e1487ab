import { ConfigError } from "../diagnostics/errors.js";
import type { Edition, Entity } from "../model.js";
import {
  headingKey,
  outlineTargets,
  targetIndex,
  type OutlineTarget,
} from "../outline.js";
import { checkAgainstSpec } from "../schema/field-spec.js";
import { closest } from "../shared/closest-match.js";
import { contributionFrontMatterSpec } from "../schema/specs.js";
import { entityFiles } from "../status/entity-files.js";

/** A roster entity as `new` offers it: with the file it already has, if any. */
export interface EntityChoice {
  entity: Entity;
  existingFile?: string;
}

/** Roster entities, those without a file first (each group in roster order): the ones a focal point is likely to pick. */
export function entityChoices(edition: Edition): EntityChoice[] {
  const files = entityFiles(edition);
  const choices = edition.config.entities.map((entity): EntityChoice => {
    const file = files.get(entity.code)?.file;
    return file === undefined ? { entity } : { entity, existingFile: file };
  });
  return [
    ...choices.filter((c) => c.existingFile === undefined),
    ...choices.filter((c) => c.existingFile !== undefined),
  ];
}

/** `--entity unicef` -> the roster's UNICEF; refuses an unknown code or one that already has a file. */
export function resolveEntity(edition: Edition, code: string): Entity {
  const entities = edition.config.entities;
  const entity = entities.find(
    (e) => e.code.toLowerCase() === code.trim().toLowerCase(),
  );
  if (entity === undefined) {
    const suggestion = closest(
      code,
      entities.map((e) => e.code),
    );
    throw new ConfigError(
      `Unexpected entity \`${code}\`, expected a code from the roster in ${edition.config.file}${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
      undefined,
      `Use one of: ${entities.map((e) => e.code).join(", ")}.`,
    );
  }
  refuseExisting(edition, entity);
  return entity;
}

export function refuseExisting(edition: Edition, entity: Entity): void {
  const existing = entityFiles(edition).get(entity.code);
  if (existing !== undefined)
    throw existingFileError(existing.file, entity.code);
}

export function existingFileError(file: string, code: string): ConfigError {
  return new ConfigError(
    `${file} already exists; edit it instead`,
    undefined,
    `${code} has its contribution file already: open it, change the text, and send the change in a pull request.`,
  );
}

/** Section ids or titles (as headings name them) -> outline targets, in outline order, each once. */
export function resolveSections(
  edition: Edition,
  names: readonly string[],
): OutlineTarget[] {
  const index = targetIndex(edition.outline);
  const all = outlineTargets(edition.outline);
  const wanted = new Set<string>();
  for (const name of names) {
    const target = index.get(headingKey(name));
    if (target === undefined) {
      const suggestion = closest(
        name,
        all.map((t) => t.title),
      );
      throw new ConfigError(
        `Unexpected section \`${name}\`, expected an outline section${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
        undefined,
        `Use ids or titles from the outline: ${all.map((t) => `${t.id} (${t.title})`).join("; ")}.`,
      );
    }
    wanted.add(target.id);
  }
  return all.filter((t) => wanted.has(t.id));
}

const focalPointSpec = contributionFrontMatterSpec.properties.focal_point;

/** An error message for a bad e-mail address, or undefined when it is one. The front-matter spec decides, as validate does. */
export function emailProblem(email: string): string | undefined {
  if (email.trim() === "") return "Unexpected empty e-mail address";
  const problem = checkAgainstSpec(focalPointSpec, { email: email.trim() })[0];
  return problem?.message.replace("`email`", "The e-mail address");
}

export function nameProblem(name: string): string | undefined {
  return name.trim() === ""
    ? "Unexpected empty name, expected the focal point's full name"
    : undefined;
}

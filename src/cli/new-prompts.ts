import path from "node:path";
import {
  emailProblem,
  entityChoices,
  nameProblem,
  resolveSections,
} from "../create/resolve-answers.js";
import type { Edition, Entity } from "../model.js";
import type { OutlineTarget } from "../outline.js";
import { statusTargets } from "../status/compute-status.js";

export interface NewAnswers {
  entity: Entity;
  sections: OutlineTarget[];
  name: string;
  email: string;
}

/**
 * Ask, in the terminal, for whatever the flags left out. Only the CLI layer
 * prompts; @inquirer/prompts is loaded here, lazily, so other commands never
 * pay for it.
 */
export async function askForMissing(
  edition: Edition,
  known: Partial<NewAnswers>,
): Promise<NewAnswers> {
  const { select, input, checkbox, Separator } =
    await import("@inquirer/prompts");
  let entity = known.entity;
  if (entity === undefined) {
    const choices = entityChoices(edition);
    const free = choices.filter((c) => c.existingFile === undefined);
    const taken = choices.filter((c) => c.existingFile !== undefined);
    const code = await select<string>({
      message: "Which entity is this contribution from?",
      pageSize: 12,
      choices: [
        ...free.map((c) => ({
          value: c.entity.code,
          name: `${c.entity.code}  ${c.entity.name}`,
        })),
        ...(taken.length > 0
          ? [new Separator("── these already have a file: edit it instead ──")]
          : []),
        ...taken.map((c) => ({
          value: c.entity.code,
          name: `${c.entity.code}  ${c.entity.name}`,
          disabled: `(has ${path.posix.basename(c.existingFile ?? "")})`,
        })),
      ],
    });
    entity = edition.config.entities.find((e) => e.code === code);
    if (entity === undefined) throw new Error(`No entity ${code}`);
  }
  const name =
    known.name ??
    (await input({
      message: "Focal point's name:",
      ...defaultOf(entity.focalPoint?.name),
      validate: (value) => nameProblem(value) ?? true,
    }));
  const email =
    known.email ??
    (await input({
      message: "Focal point's e-mail:",
      ...defaultOf(entity.focalPoint?.email),
      validate: (value) => emailProblem(value) ?? true,
    }));
  let sections = known.sections;
  if (sections === undefined) {
    const targets = statusTargets(edition);
    const ids = await checkbox<string>({
      message: "Which sections will you write to?",
      pageSize: 12,
      required: true,
      choices: targets.map((t) => ({
        value: t.id,
        name: `${t.label.padEnd(5)} ${t.title}`,
      })),
    });
    sections = resolveSections(edition, ids);
  }
  return { entity, name: name.trim(), email: email.trim(), sections };
}

function defaultOf(value: string | undefined): { default?: string } {
  return value === undefined || value.trim() === "" ? {} : { default: value };
}

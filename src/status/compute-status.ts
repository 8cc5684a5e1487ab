import type {
  Diagnostic,
  SilencedDiagnostic,
} from "../diagnostics/diagnostic.js";
import type { EditionHistory } from "../git/history.js";
import { annexLabel, romanNumeral, sectionLetter } from "../merge/labels.js";
import type { Contribution, Edition, Entity, Report } from "../model.js";
import { headingKey, targetIndex } from "../outline.js";
import { countContributionWords } from "../words/contribution-words.js";
import { countReportWords } from "../words/report-words.js";
import { daysBetween, isIsoDate } from "../shared/dates.js";
import { entityFiles, type OwnedFile } from "./entity-files.js";
import type {
  EditionStatus,
  LastChange,
  Lateness,
  StatusRow,
  StatusTarget,
} from "./types.js";

export interface StatusInput {
  edition: Edition;
  diagnostics: readonly Diagnostic[];
  silenced: readonly SilencedDiagnostic[];
  /** Undefined outside a git work tree. */
  history?: EditionHistory;
  /** YYYY-MM-DD. */
  today: string;
  /** The merged draft, for its word count against word_limit. */
  report: Report;
}

/** Edition + findings + git facts -> one row per roster entity, and totals. Pure. */
export function computeStatus(input: StatusInput): EditionStatus {
  const { edition, diagnostics, history, today } = input;
  const { config } = edition;
  const files = entityFiles(edition, diagnostics);
  const rows = config.entities.map((entity) =>
    rowFor(entity, files.get(entity.code), input),
  );
  const claimed = new Set(rows.map((r) => r.file));
  const unmatched = [...files.unclaimed(claimed)].map(
    ({ file, contribution }) => ({
      file,
      ...(contribution?.entity === undefined
        ? {}
        : { entity: contribution.entity }),
      errors: countOf(diagnostics, file, "error"),
    }),
  );
  const owner = new Map(rows.map((r) => [r.file, r.code]));
  const status: EditionStatus = {
    year: config.year,
    dir: edition.dir,
    today,
    git: {
      repository: history !== undefined,
      shallow: history?.shallow ?? false,
    },
    targets: statusTargets(edition),
    rows,
    unmatched,
    silenced: input.silenced.map(({ diagnostic, reason }) => {
      const entity = owner.get(diagnostic.file);
      return {
        file: diagnostic.file,
        line: diagnostic.line,
        ruleId: diagnostic.ruleId,
        reason,
        ...(entity === undefined ? {} : { entity }),
      };
    }),
    totals: {
      words: countReportWords(input.report).total,
      contributionWords: rows.reduce((sum, r) => sum + (r.words ?? 0), 0),
      wordLimit: config.wordLimit,
      contributionWordLimit: config.contributionWordLimit,
      expected: rows.length,
      received: rows.filter((r) => r.state !== "missing").length,
      missing: rows.filter((r) => r.state === "missing").length,
      invalid: rows.filter((r) => r.state === "invalid").length,
      late: rows.filter((r) => r.lateness === "late").length,
    },
  };
  if (config.deadline !== undefined) {
    status.deadline = config.deadline;
    status.daysToDeadline = daysBetween(today, config.deadline);
  }
  return status;
}

function rowFor(
  entity: Entity,
  owned: OwnedFile | undefined,
  input: StatusInput,
): StatusRow {
  const base = {
    code: entity.code,
    name: entity.name,
    kind: entity.kind,
    ...(entity.focalPoint === undefined
      ? {}
      : { focalPoint: entity.focalPoint }),
    ...(entity.deadline === undefined ? {} : { deadline: entity.deadline }),
    wordLimit: entity.wordLimit ?? input.edition.config.contributionWordLimit,
    totalSections: statusTargets(input.edition).length,
  };
  if (owned === undefined)
    return {
      ...base,
      sections: [],
      state: "missing",
      errors: 0,
      warnings: 0,
    };
  const { file, contribution } = owned;
  const errors = countOf(input.diagnostics, file, "error");
  const row: StatusRow = {
    ...base,
    file,
    sections:
      contribution === undefined
        ? []
        : coveredSections(contribution, input.edition),
    state: errors > 0 ? "invalid" : "valid",
    errors,
    warnings: countOf(input.diagnostics, file, "warning"),
  };
  if (contribution !== undefined)
    row.words = countContributionWords(contribution);
  const lastChange = lastChangeOf(file, input.history);
  if (lastChange !== undefined) row.lastChange = lastChange;
  Object.assign(row, latenessOf(file, contribution, entity, input));
  return row;
}

function coveredSections(
  contribution: Contribution,
  edition: Edition,
): { id: string; title: string }[] {
  const index = targetIndex(edition.outline);
  const ids = new Set(
    contribution.sections.map((s) => index.get(headingKey(s.heading))?.id),
  );
  return statusTargets(edition)
    .filter((t) => ids.has(t.id))
    .map(({ id, title }) => ({ id, title }));
}

export function statusTargets(edition: Edition): StatusTarget[] {
  const annexes = edition.outline.annexes ?? [];
  const labelled = [
    ...edition.outline.chapters.map((chapter, c) => ({
      part: chapter,
      numeral: romanNumeral(c + 1),
    })),
    ...annexes.map((annex, a) => ({
      part: annex,
      numeral: annexLabel(a, annexes.length),
    })),
  ];
  return labelled.flatMap(({ part: chapter, numeral }): StatusTarget[] => {
    return chapter.sections.length === 0
      ? [{ id: chapter.id, title: chapter.title, label: numeral }]
      : chapter.sections.map((section, s) => ({
          id: section.id,
          title: section.title,
          label: `${numeral}.${sectionLetter(s)}`,
        }));
  });
}

function lastChangeOf(
  file: string,
  history: EditionHistory | undefined,
): LastChange | "uncommitted" | undefined {
  if (history === undefined) return undefined;
  const facts = history.files.get(file);
  if (facts === undefined) return "uncommitted";
  const { date, author } = facts.lastChange;
  // At the boundary of a shallow clone the commit is only where history stops, not who changed the file.
  return facts.lastChangeAtBoundary
    ? { date, truncated: true }
    : { date, author, truncated: false };
}

function latenessOf(
  file: string,
  contribution: Contribution | undefined,
  entity: Entity,
  input: StatusInput,
): Pick<StatusRow, "lateness" | "submitted"> {
  const deadline = entity.deadline ?? input.edition.config.deadline;
  if (deadline === undefined) return { lateness: "no-deadline" };
  const added = input.history?.files.get(file)?.added;
  const declared = contribution?.frontMatter.data["submitted"];
  const submitted =
    added !== undefined
      ? { date: added.date, source: "git" as const }
      : isIsoDate(declared)
        ? { date: declared, source: "front-matter" as const }
        : undefined;
  if (submitted === undefined) return { lateness: "unknown" };
  const lateness: Lateness = submitted.date > deadline ? "late" : "on-time";
  return { lateness, submitted };
}

function countOf(
  diagnostics: readonly Diagnostic[],
  file: string,
  severity: "error" | "warning",
): number {
  return diagnostics.filter((d) => d.file === file && d.severity === severity)
    .length;
}

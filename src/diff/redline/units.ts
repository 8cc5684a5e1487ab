import type { Inline, ListItem, ReportBlock, ReportList } from "../../model.js";
import {
  buildAnnexHeading,
  buildBlock,
  buildHeading,
  withFactories,
  type BodyChild,
  type RenderContext,
} from "../../render/docx/index.js";
import type { Step } from "../align.js";
import { alignParts } from "../changes.js";
import type { Part, Unit } from "../units.js";
import { authorName, type Committers } from "./authors.js";
import { mapBlockInlines, markInlines, mergeInlines } from "./inlines.js";
import {
  trackedFactories,
  type Revision,
  type Revisions,
  type TrackingOptions,
} from "./tracking.js";

/** What every unit of a redline is built with. */
export interface RedlineContext {
  base: RenderContext;
  revisions: Revisions;
  /** The author a change to this unit is tracked under: see {@link authorOf}. */
  author(unit: AuthoredUnit): string;
}

/** What names a tracked change's author: whose text, and the file it came from. */
export interface AuthoredUnit {
  entity?: string;
  source?: { file: string };
}

/**
 * Who a tracked change is by: the contributing entity (outline text and
 * headings are the outline's), with the people who committed changes to
 * its file between the drafts, when they are known.
 */
export function authorOf(unit: AuthoredUnit, committers?: Committers): string {
  return authorName(unit.entity ?? "Outline", unit.source?.file, committers);
}

function tracked(rc: RedlineContext, options: TrackingOptions): RenderContext {
  return withFactories(rc.base, trackedFactories(rc.revisions, options));
}

/** The instance of paragraph numbering each annex of the redline counts its paragraphs in, by label. */
const annexNumbering = new WeakMap<RedlineContext, Map<string, number>>();

function annexFormat(unit: Unit, rc: RedlineContext): { paragraphs?: number } {
  if (unit.annex === undefined) return {};
  let byLabel = annexNumbering.get(rc);
  if (byLabel === undefined) {
    byLabel = new Map();
    annexNumbering.set(rc, byLabel);
  }
  let paragraphs = byLabel.get(unit.annex.label);
  if (paragraphs === undefined) {
    paragraphs = rc.base.lists.next();
    byLabel.set(unit.annex.label, paragraphs);
  }
  return { paragraphs };
}

function build(
  unit: Unit,
  context: RenderContext,
  rc: RedlineContext,
  block = unit.block,
): BodyChild[] {
  if (unit.heading !== undefined)
    return unit.annex !== undefined && unit.heading.level === 1
      ? buildAnnexHeading(unit.annex, context)
      : [
          buildHeading(
            unit.heading.label,
            unit.heading.title,
            unit.heading.level,
            context,
          ),
        ];
  return block
    ? buildBlock(block, context, {
        ...(unit.bold ? { bold: true } : {}),
        ...annexFormat(unit, rc),
      })
    : [];
}

export function buildUnchanged(unit: Unit, rc: RedlineContext): BodyChild[] {
  return build(unit, rc.base, rc);
}

/** A unit inserted or deleted as a whole: its runs, paragraph marks and table rows. */
export function buildWhole(
  unit: Unit,
  revision: Revision,
  rc: RedlineContext,
): BodyChild[] {
  const context = tracked(rc, {
    author: rc.author(unit),
    whole: revision,
    ...(unit.kind === "table" ? { markParagraphs: false } : {}),
  });
  const block =
    unit.block && revision === "deleted"
      ? mapBlockInlines(unit.block, (inlines) =>
          markInlines(inlines, "deleted"),
        )
      : unit.block;
  return build(unit, context, rc, block);
}

/** One line of a list, table or quotation in the redline, from a step of their alignment. */
function partContent(step: Step<Part>, cell: number): Inline[] {
  switch (step.op) {
    case "equal":
      return step.new.cells[cell] ?? [];
    case "changed":
      return mergeInlines(
        step.old.cells[cell] ?? [],
        step.new.cells[cell] ?? [],
      );
    case "added":
      return markInlines(step.new.cells[cell] ?? [], "inserted");
    case "removed":
      return markInlines(step.old.cells[cell] ?? [], "deleted");
  }
}

function rebuildList(
  steps: readonly Step<Part>[],
  ordered: boolean,
): ReportList {
  const items: ListItem[] = [];
  for (const step of steps) {
    const part = step.op === "removed" ? step.old : step.new;
    const content = partContent(step, 0);
    const parent = items.at(-1);
    if (part.level === 2 && parent !== undefined) {
      parent.children ??= { ordered: part.ordered ?? ordered, items: [] };
      parent.children.items.push({ content });
    } else items.push({ content });
  }
  return { ordered, items };
}

/** The changed table's rows, and which of them are inserted or deleted as whole rows. */
function rebuildTable(steps: readonly Step<Part>[]): {
  rows: Inline[][][];
  revisions: (Revision | undefined)[];
} {
  const rows: Inline[][][] = [];
  const revisions: (Revision | undefined)[] = [];
  const push = (step: Step<Part>, revision: Revision | undefined) => {
    const part = step.op === "removed" ? step.old : step.new;
    rows.push(part.cells.map((_, cell) => partContent(step, cell)));
    revisions.push(revision);
  };
  for (const step of steps) {
    if (
      step.op === "changed" &&
      step.old.cells.length !== step.new.cells.length
    ) {
      push({ op: "removed", old: step.old }, "deleted");
      push({ op: "added", new: step.new }, "inserted");
    } else
      push(
        step,
        step.op === "added"
          ? "inserted"
          : step.op === "removed"
            ? "deleted"
            : undefined,
      );
  }
  return { rows, revisions };
}

/** A unit in both drafts, shown with its words (or lines) inserted and deleted. */
export function buildChanged(
  before: Unit,
  after: Unit,
  rc: RedlineContext,
): BodyChild[] {
  const old = before.block;
  const now = after.block;
  if (
    old === undefined ||
    now === undefined ||
    old.kind !== now.kind ||
    now.kind === "figure"
  )
    return [
      ...buildWhole(before, "deleted", rc),
      ...buildWhole(after, "inserted", rc),
    ];
  const author = rc.author(after);
  const steps = alignParts(before.parts, after.parts);
  let block: ReportBlock;
  let options: TrackingOptions = { author };
  switch (now.kind) {
    case "paragraph":
      block = {
        ...now,
        content: mergeInlines(
          old.kind === "paragraph" ? old.content : [],
          now.content,
        ),
      };
      break;
    case "list":
      block = { ...now, list: rebuildList(steps, now.list.ordered) };
      break;
    case "quote":
      block = { ...now, paragraphs: steps.map((step) => partContent(step, 0)) };
      break;
    case "table": {
      const { rows, revisions } = rebuildTable(steps);
      block = { ...now, header: rows[0] ?? [], rows: rows.slice(1) };
      options = {
        author,
        markParagraphs: false,
        row: (index) => revisions[index],
      };
      break;
    }
  }
  return build(after, tracked(rc, options), rc, block);
}

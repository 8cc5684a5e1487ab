import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import {
  partBlocks,
  type Caption,
  type ReportBlock,
  type ReportPart,
} from "../model.js";
import { romanNumeral } from "./labels.js";

// A table's title is a paragraph `Table: …` (or pandoc's `: …`) right before
// or right after it, as pandoc's table_captions extension reads it. A
// figure's is a `Figure: …` paragraph beside the image, else the image's
// alt text, as pandoc's implicit_figures reads it.
const TABLE_CAPTION = /^(?:table)?:[ \t]*/i;
const FIGURE_CAPTION = /^figure:[ \t]*/i;

export type CaptionKind = "table" | "figure";

/** A paragraph that holds only an image (and white space): a figure, not a numbered paragraph. */
export function isFigureParagraph(block: RootContent): block is Paragraph {
  if (block.type !== "paragraph") return false;
  const content = block.children.filter(
    (c) => !(c.type === "text" && c.value.trim() === ""),
  );
  return content.length === 1 && content[0]?.type === "image";
}

/** The title a caption paragraph gives (its text after `Table:` or `Figure:`), or undefined when it is none. */
export function captionContent(
  block: RootContent | undefined,
  kind: CaptionKind,
): PhrasingContent[] | undefined {
  if (block?.type !== "paragraph") return undefined;
  const [first, ...rest] = block.children;
  if (first?.type !== "text") return undefined;
  const match = (kind === "table" ? TABLE_CAPTION : FIGURE_CAPTION).exec(
    first.value,
  );
  if (match === null) return undefined;
  const remaining = first.value.slice(match[0].length);
  const content: PhrasingContent[] =
    remaining === "" ? rest : [{ ...first, value: remaining }, ...rest];
  const blank = content.every(
    (c) => c.type === "text" && c.value.trim() === "",
  );
  return blank ? undefined : content;
}

function kindOf(block: RootContent | undefined): CaptionKind | undefined {
  if (block?.type === "table") return "table";
  return block !== undefined && isFigureParagraph(block) ? "figure" : undefined;
}

/**
 * Which paragraph titles which table or figure, by index in `blocks`. A
 * caption before the block wins; one after it counts unless the block
 * after the caption is of the same kind (then the caption is that one's).
 */
export function pairCaptions(
  blocks: readonly RootContent[],
): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  blocks.forEach((block, index) => {
    const kind = kindOf(block);
    if (kind === undefined) return;
    const before = index - 1;
    const after = index + 1;
    if (!taken.has(before) && captionContent(blocks[before], kind)) {
      pairs.set(index, before);
      taken.add(before);
    } else if (
      captionContent(blocks[after], kind) &&
      kindOf(blocks[after + 1]) !== kind
    ) {
      pairs.set(index, after);
      taken.add(after);
    }
  });
  return pairs;
}

type Captioned = Extract<ReportBlock, { kind: "table" | "figure" }>;

/**
 * Numbers the titled tables and figures through the report in reading
 * order, each kind its own series, as the UN Editorial Manual does:
 * tables "Table 1", "Table 2"; figures in roman numerals ("Figure I"),
 * arabic past 20 figures, and a report's only figure is not numbered.
 * Untitled ones (text tables) are not numbered.
 */
export function numberCaptions(parts: readonly ReportPart[]): void {
  const captioned: Captioned[] = parts
    .flatMap(partBlocks)
    .filter(
      (block): block is Captioned =>
        (block.kind === "table" || block.kind === "figure") &&
        block.caption !== undefined,
    );
  const figures = captioned.filter((block) => block.kind === "figure").length;
  let table = 0;
  let figure = 0;
  for (const block of captioned) {
    const caption = block.caption as Caption;
    if (block.kind === "table") caption.label = `Table ${++table}`;
    else if (figures > 1) {
      figure++;
      caption.label = `Figure ${figures > 20 ? figure : romanNumeral(figure)}`;
    }
  }
}

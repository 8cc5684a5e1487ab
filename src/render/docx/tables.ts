import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { FileChild, IBorderOptions } from "docx";
import type { Align, Inline, ReportBlock } from "../../model.js";
import type { RenderContext } from "./context.js";
import { buildRuns } from "./inlines.js";
import { INDENT, TEXT_WIDTH } from "./layout.js";
import { STYLE } from "./styles.js";
import { largest } from "../../shared/append.js";

type TableBlock = Extract<ReportBlock, { kind: "table" }>;

const RULE: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: 4,
  color: "000000",
};
const NONE: IBorderOptions = {
  style: BorderStyle.NONE,
  size: 0,
  color: "auto",
};

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      "value" in inline
        ? inline.value
        : "children" in inline
          ? plainText(inline.children)
          : "",
    )
    .join("");
}

/** Column widths in twips, wider for columns with longer text, filling `total`. */
export function columnWidths(
  rows: readonly (readonly Inline[][])[],
  columns: number,
  total: number,
): number[] {
  const weights = Array.from({ length: columns }, (_, column) => {
    const longest = largest(
      rows.map((row) => plainText(row[column] ?? []).length),
      0,
    );
    return Math.min(40, Math.max(6, longest));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((weight * total) / sum));
  // Rounding leftovers go to the last column so the grid fills the width exactly.
  const leftover = total - widths.reduce((a, b) => a + b, 0);
  return widths.map((width, i) =>
    i === widths.length - 1 ? width + leftover : width,
  );
}

function cell(
  content: readonly Inline[],
  align: Align | undefined,
  width: number,
  context: RenderContext,
  header: boolean,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { borders: { bottom: RULE } } : {}),
    children: [
      context.make.paragraph({
        style: STYLE.tableText,
        alignment: ALIGNMENT[align ?? "left"],
        // UN tables set column headings in italics.
        children: buildRuns(content, context, header ? { italics: true } : {}),
      }),
    ],
  });
}

/**
 * A GFM table as a real Word table in the UN manner: horizontal rules only,
 * a header row that repeats on every page, set under the paragraph text.
 * A spacer paragraph follows, as Word needs between a table and the next one.
 */
export function buildTable(
  block: TableBlock,
  context: RenderContext,
): FileChild[] {
  const columns = largest(
    block.rows.map((row) => row.length),
    block.header.length,
  );
  const total = TEXT_WIDTH - INDENT.text;
  const widths = columnWidths([block.header, ...block.rows], columns, total);
  const makeRow = context.make.tableRow ?? ((options) => new TableRow(options));
  const row = (cells: readonly Inline[][], header: boolean, index: number) =>
    makeRow(
      {
        tableHeader: header,
        cantSplit: true,
        children: widths.map((width, i) =>
          cell(cells[i] ?? [], block.align[i], width, context, header),
        ),
      },
      index,
    );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    indent: { size: INDENT.text, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      row(block.header, true, 0),
      ...block.rows.map((cells, i) => row(cells, false, i + 1)),
    ],
  });
  return [
    table,
    context.make.paragraph({ style: STYLE.tableText, children: [] }),
  ];
}

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
import { planTable } from "../table-columns.js";
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
  // Widths from the words (table-columns.ts); fixed, so Word and LibreOffice keep them.
  const { widths, indent, width } = planTable(
    [block.header, ...block.rows],
    columns,
    context.layout.table,
  );
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
    width: { size: width, type: WidthType.DXA },
    indent: { size: indent, type: WidthType.DXA },
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

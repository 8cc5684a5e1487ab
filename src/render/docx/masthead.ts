import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type {
  FileChild,
  IBorderOptions,
  IRunOptions,
  ParagraphChild,
} from "docx";
import type { ReportMeta } from "../../model.js";
import { formatUnDate } from "../../un-date.js";
import { CM, TEXT_WIDTH } from "./layout.js";
import { STYLE } from "./styles.js";

const NONE: IBorderOptions = {
  style: BorderStyle.NONE,
  size: 0,
  color: "auto",
};
// Border sizes are eighths of a point: a thin rule under the first line, a heavy one under the organ.
const THIN: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: 8,
  color: "000000",
};
const HEAVY: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: 24,
  color: "000000",
};

/** Width of the right-hand column holding the symbol and the distribution block. */
const RIGHT_COLUMN = Math.round(5 * CM);
const LEFT_COLUMN = TEXT_WIDTH - RIGHT_COLUMN;

/** The masthead's fields, as they are printed. */
export type MastheadField =
  | "symbol"
  | "organ"
  | "distribution"
  | "date"
  | "originalLanguage"
  | "title"
  | "subtitle";

/** Each field's printed text: "Distr.: General", "13 October 2004". */
export function mastheadTexts(meta: ReportMeta): Record<MastheadField, string> {
  return {
    symbol: meta.symbol,
    organ: meta.organ,
    distribution: `Distr.: ${meta.distribution}`,
    date: formatUnDate(meta.date),
    originalLanguage: `Original: ${meta.originalLanguage}`,
    title: meta.title,
    subtitle: meta.subtitle,
  };
}

/** How a field's text becomes runs: plain here; a redline tracks the fields that changed. */
export type MastheadRuns = (
  field: MastheadField,
  text: string,
  run: IRunOptions,
) => ParagraphChild[];

const plainRuns: MastheadRuns = (_field, text, run) => [
  new TextRun({ text, ...run }),
];

function line(
  children: ParagraphChild[],
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    style: STYLE.masthead,
    spacing,
    children,
  });
}

function cell(
  children: Paragraph[],
  width: number,
  bottom: IBorderOptions,
  verticalAlign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable],
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign,
    margins: { left: 0, right: 0, top: 0, bottom: 60 },
    borders: { top: NONE, left: NONE, right: NONE, bottom },
    children,
  });
}

/**
 * The first-page masthead as a borderless two-column table:
 *
 *   United Nations                      S/2004/814
 *   ───────────────────────────────────────────────
 *   Security Council                    Distr.: General
 *                                       13 October 2004
 *                                       Original: English
 *   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 *   Women and peace and security
 *   Report of the Secretary-General
 */
export function buildMasthead(
  meta: ReportMeta,
  runs: MastheadRuns = plainRuns,
): FileChild[] {
  const text = mastheadTexts(meta);
  const top = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [line([new TextRun({ text: "United Nations", size: 28 })])],
        LEFT_COLUMN,
        THIN,
        VerticalAlignTable.BOTTOM,
      ),
      cell(
        [line(runs("symbol", text.symbol, { size: 40 }))],
        RIGHT_COLUMN,
        THIN,
        VerticalAlignTable.BOTTOM,
      ),
    ],
  });
  const organ = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [
          line(runs("organ", text.organ, { size: 40, bold: true }), {
            before: 120,
          }),
        ],
        LEFT_COLUMN,
        HEAVY,
        VerticalAlignTable.TOP,
      ),
      cell(
        [
          line(runs("distribution", text.distribution, {}), { before: 120 }),
          line(runs("date", text.date, {})),
          line(runs("originalLanguage", text.originalLanguage, {}), {
            before: 200,
          }),
        ],
        RIGHT_COLUMN,
        HEAVY,
        VerticalAlignTable.TOP,
      ),
    ],
  });
  const masthead = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [top, organ],
  });
  return [
    masthead,
    new Paragraph({
      style: STYLE.title,
      children: runs("title", text.title, {}),
    }),
    new Paragraph({
      style: STYLE.subtitle,
      children: runs("subtitle", text.subtitle, {}),
    }),
  ];
}

import {
  BorderStyle,
  FootnoteReferenceRun,
  ImageRun,
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
import { formatUnDate } from "../../shared/dates.js";
import { markedHeadings } from "../asterisk-notes.js";
import { asteriskNoteId } from "./asterisk-notes.js";
import { fitImage } from "./images.js";
import { CM, TEXT_WIDTH, twipsToPixels } from "./layout.js";
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
/** With an emblem, the left column splits: the emblem, then the organ's name beside it. */
const EMBLEM_COLUMN = Math.round(1.8 * CM);
/** The emblem is shrunk (never stretched) to fit this square, aspect ratio kept. */
const EMBLEM_BOX = twipsToPixels(Math.round(1.5 * CM));
/**
 * The emblem's drawing id (wp:docPr): body images count from 1 in reading
 * order (context.ts), so the masthead, built apart from that count, takes
 * one no draft's images reach.
 */
export const EMBLEM_DRAWING_ID = 1_000_000;

/** The masthead's fields, as they are printed. */
export type MastheadField =
  | "symbol"
  | "organ"
  | "distribution"
  | "date"
  | "originalLanguage"
  | "title"
  | "subtitle";

/** Each field's printed text: "Distr.: General", "13 October 2004" (an asterisk note's mark follows the symbol or title). */
export function mastheadTexts(meta: ReportMeta): Record<MastheadField, string> {
  return {
    symbol: markedHeadings(meta).symbol,
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

/** The asterisk note's reference after the symbol or title: a custom mark, written by asterisk-notes.ts. */
function markReference(
  meta: ReportMeta,
  on: "symbol" | "title",
): ParagraphChild[] {
  const marks = markedHeadings(meta);
  const mark = on === "symbol" ? marks.symbolMark : marks.titleMark;
  if (mark === "") return [];
  return [new FootnoteReferenceRun(asteriskNoteId(meta, on))];
}

function emblemCell(meta: ReportMeta): TableCell[] {
  const emblem = meta.emblem;
  if (emblem === undefined) return [];
  return [
    cell(
      [
        line(
          [
            new ImageRun({
              type: emblem.type,
              data: emblem.data,
              transformation: fitImage(emblem.width, emblem.height, {
                width: EMBLEM_BOX,
                height: EMBLEM_BOX,
              }),
              altText: {
                id: String(EMBLEM_DRAWING_ID),
                name: `Picture ${EMBLEM_DRAWING_ID}`,
                description: "United Nations emblem",
                title: "United Nations emblem",
              },
            }),
          ],
          { before: 80 },
        ),
      ],
      EMBLEM_COLUMN,
      HEAVY,
      VerticalAlignTable.TOP,
    ),
  ];
}

/**
 * The first-page masthead as a borderless table, as Security Council
 * documents print it; with an emblem, the emblem stands left of the
 * organ's name, under "United Nations":
 *
 *   United Nations                      S/2004/814
 *   ───────────────────────────────────────────────
 *   (emblem) Security Council           Distr.: General
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
  const emblem = emblemCell(meta);
  const organWidth = LEFT_COLUMN - (emblem.length > 0 ? EMBLEM_COLUMN : 0);
  const top = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: LEFT_COLUMN, type: WidthType.DXA },
        ...(emblem.length > 0 ? { columnSpan: 2 } : {}),
        verticalAlign: VerticalAlignTable.BOTTOM,
        margins: { left: 0, right: 0, top: 0, bottom: 60 },
        borders: { top: NONE, left: NONE, right: NONE, bottom: THIN },
        children: [line([new TextRun({ text: "United Nations", size: 28 })])],
      }),
      cell(
        [
          line([
            ...runs("symbol", text.symbol, { size: 40 }),
            ...markReference(meta, "symbol"),
          ]),
        ],
        RIGHT_COLUMN,
        THIN,
        VerticalAlignTable.BOTTOM,
      ),
    ],
  });
  const organ = new TableRow({
    cantSplit: true,
    children: [
      ...emblem,
      cell(
        [
          line(runs("organ", text.organ, { size: 40, bold: true }), {
            before: 120,
          }),
        ],
        organWidth,
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
    columnWidths:
      emblem.length > 0
        ? [EMBLEM_COLUMN, organWidth, RIGHT_COLUMN]
        : [LEFT_COLUMN, RIGHT_COLUMN],
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
      children: [
        ...runs("title", text.title, {}),
        ...markReference(meta, "title"),
      ],
    }),
    new Paragraph({
      style: STYLE.subtitle,
      children: runs("subtitle", text.subtitle, {}),
    }),
  ];
}

import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { ISectionOptions } from "docx";
import type { ReportMeta } from "../../model.js";
import { STYLE } from "./styles.js";

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

function symbolHeader(symbol: string, alignment: Alignment): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE.header, alignment, text: symbol })],
  });
}

function pageNumberFooter(alignment: Alignment): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * Headers and footers as UN documents print them: nothing at the top of the
 * first page and the job number ("04-53453 (E)") at its foot; on later
 * pages the symbol as running head and the page number, both at the outer
 * edge (left on even pages, right on odd ones).
 */
export function buildPageFurniture(
  meta: ReportMeta,
): Pick<ISectionOptions, "headers" | "footers"> {
  return {
    headers: {
      first: new Header({
        children: [new Paragraph({ style: STYLE.header, children: [] })],
      }),
      default: symbolHeader(meta.symbol, AlignmentType.RIGHT),
      even: symbolHeader(meta.symbol, AlignmentType.LEFT),
    },
    footers: {
      first: new Footer({
        children: [
          new Paragraph({
            style: STYLE.footer,
            alignment: AlignmentType.LEFT,
            children:
              meta.jobNumber === undefined ? [] : [new TextRun(meta.jobNumber)],
          }),
          ...barCodeParagraphs(meta),
        ],
      }),
      default: pageNumberFooter(AlignmentType.RIGHT),
      even: pageNumberFooter(AlignmentType.LEFT),
    },
  };
}

/** "04-53453 (E)" -> "*0453453*": the job number's digits between Code 39's start and stop marks. */
export function barCodeText(jobNumber: string): string {
  return `*${jobNumber.replace(/\(.*\)/, "").replace(/\D/g, "")}*`;
}

/**
 * The bar-code line New York documents carry under the job number. It is
 * set in the free Code 39 font "Free 3 of 9" where installed; elsewhere
 * Word and LibreOffice show the same characters in another font.
 */
function barCodeParagraphs(meta: ReportMeta): Paragraph[] {
  if (meta.barCode !== true || meta.jobNumber === undefined) return [];
  return [
    new Paragraph({
      style: STYLE.footer,
      alignment: AlignmentType.LEFT,
      children: [
        new TextRun({
          text: barCodeText(meta.jobNumber),
          font: "Free 3 of 9",
          size: 36,
        }),
      ],
    }),
  ];
}

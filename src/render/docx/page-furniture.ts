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
        ],
      }),
      default: pageNumberFooter(AlignmentType.RIGHT),
      even: pageNumberFooter(AlignmentType.LEFT),
    },
  };
}

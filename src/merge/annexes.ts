import type {
  Edition,
  OutlineSection,
  ReportAnnex,
  ReportBlock,
  ReportSection,
} from "../model.js";
import { headingKey } from "../outline.js";
import type { NumberingState } from "./blocks.js";
import type { LeftOut, SectionText } from "./index.js";
import { annexLabel } from "./labels.js";

/**
 * The annexes that have text, labelled "Annex" or "Annex I", "Annex II"...
 * once the empty ones are left out; each numbers its paragraphs from 1.
 */
export function mergeAnnexes(
  edition: Edition,
  texts: ReadonlyMap<string, SectionText[]>,
  convertWith: (state: NumberingState) => (text: SectionText) => ReportBlock[],
  sectionsOf: (
    part: { sections: readonly OutlineSection[] },
    convertText: (text: SectionText) => ReportBlock[],
  ) => ReportSection[],
  leftOut: LeftOut[],
): ReportAnnex[] {
  const kept: Omit<ReportAnnex, "label">[] = [];
  for (const annex of edition.outline.annexes ?? []) {
    const convert = convertWith({ lastNumber: 0 });
    const blocks =
      annex.sections.length === 0
        ? (texts.get(annex.id) ?? []).flatMap(convert)
        : [];
    const sections = sectionsOf(annex, convert);
    if (blocks.length === 0 && sections.length === 0) {
      leftOut.push({
        kind: "annex",
        title: annex.title,
        position: annex.position,
      });
      continue;
    }
    const language = annex.originalLanguage;
    kept.push({
      id: annex.id,
      title: annex.title,
      ...(language === undefined ||
      headingKey(language) === headingKey(edition.config.originalLanguage)
        ? {}
        : { originalLanguage: language }),
      blocks,
      sections,
    });
  }
  return kept.map((annex, index) => ({
    ...annex,
    label: annexLabel(index, kept.length),
  }));
}

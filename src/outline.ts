import type { Outline } from "./model.js";

/**
 * Whether a chapter's own blocks (no section) or a section's blocks are set
 * in bold: recommendations are, by the section's style, else its chapter's.
 */
export function inRecommendations(
  chapter: { style: "normal" | "recommendations" },
  section?: { style?: "normal" | "recommendations" },
): boolean {
  return (section?.style ?? chapter.style) === "recommendations";
}

/** A place in the outline a contribution can write to: a section, or a chapter that has none. */
export interface OutlineTarget {
  chapterId: string;
  sectionId?: string;
  id: string;
  title: string;
}

/** Headings name sections case-insensitively, with runs of white space folded, by id or by title. */
export function headingKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export function outlineTargets(outline: Outline): OutlineTarget[] {
  return outline.chapters.flatMap((chapter): OutlineTarget[] =>
    chapter.sections.length === 0
      ? [{ chapterId: chapter.id, id: chapter.id, title: chapter.title }]
      : chapter.sections.map((section) => ({
          chapterId: chapter.id,
          sectionId: section.id,
          id: section.id,
          title: section.title,
        })),
  );
}

/** Lookup from heading key (id or title) to target. */
export function targetIndex(outline: Outline): Map<string, OutlineTarget> {
  const index = new Map<string, OutlineTarget>();
  for (const target of outlineTargets(outline)) {
    index.set(headingKey(target.id), target);
    index.set(headingKey(target.title), target);
  }
  return index;
}

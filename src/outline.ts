import type { Outline, OutlineAnnex, OutlineChapter } from "./model.js";

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

/** A place in the outline a contribution can write to: a section, or a chapter or annex that has none. */
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

/**
 * Chapters, then annexes: every part of the outline that holds sections or
 * text, in reading order. An annex is never in recommendations style (its
 * sections may be).
 */
export function outlineParts(
  outline: Outline,
): (OutlineChapter | (OutlineAnnex & { style: "normal" }))[] {
  return [
    ...outline.chapters,
    ...(outline.annexes ?? []).map((annex) => ({
      ...annex,
      style: "normal" as const,
    })),
  ];
}

/** Targets of chapters and annexes alike; `chapterId` is the annex's id for an annex. */
export function outlineTargets(outline: Outline): OutlineTarget[] {
  return outlineParts(outline).flatMap((chapter): OutlineTarget[] =>
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

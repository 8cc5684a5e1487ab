// Types of generate-edition.mjs, for the tests that import it.

export interface EditionSize {
  entities: number;
  paragraphs: number;
}

export const SIZES: Record<"sample" | "x10" | "x100", EditionSize>;
export const YEAR: number;
export const OUTLINE_SECTIONS: { chapter: string; id: string; title: string }[];

export interface GeneratedEdition {
  root: string;
  dir: string;
  files: number;
  bytes: number;
  words: number;
  pandocFile: string;
}

export function entityCode(index: number): string;
export function generateEdition(
  root: string,
  size: EditionSize,
): GeneratedEdition;

import type { IImageOptions } from "docx";
import type { ImageAsset } from "../../model.js";
import { TEXT_HEIGHT, TEXT_WIDTH, twipsToPixels } from "./layout.js";
import type { RenderContext } from "./context.js";

/** Display size in pixels at 96 dpi: the image's own size, shrunk (never stretched) to fit the box, aspect ratio kept. */
export function fitImage(
  width: number,
  height: number,
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / width, box.height / height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** ImageRun options for a report image, at most `maxWidthTwips` wide and a page of text high. */
export function imageOptions(
  context: RenderContext,
  file: string,
  alt: string,
  maxWidthTwips = TEXT_WIDTH,
): IImageOptions {
  const asset: ImageAsset | undefined = context.images.get(file);
  if (!asset) {
    // Validation refuses missing images before render; reaching this is a bug.
    throw new Error(
      `Image ${file} is used by the report but not in report.images`,
    );
  }
  const box = {
    width: twipsToPixels(maxWidthTwips),
    height: twipsToPixels(TEXT_HEIGHT),
  };
  const id = context.nextDrawingId();
  return {
    type: asset.type,
    data: asset.data,
    transformation: fitImage(asset.width, asset.height, box),
    altText: {
      id: String(id),
      // Word's own naming; the repository path of the file is nobody's business in the draft.
      name: `Picture ${id}`,
      description: alt,
      title: alt,
    },
  };
}

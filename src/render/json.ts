import type { Report } from "../model.js";

/** The merged report as JSON, for tools. Image bytes are left out (their files are named). */
export function renderJson(report: Report): string {
  const { images, meta, ...rest } = report;
  const imageList = [...images.values()].map(
    ({ data: _data, ...info }) => info,
  );
  const { emblem, ...fields } = meta;
  const printed =
    emblem === undefined
      ? fields
      : { ...fields, emblem: { ...emblem, data: undefined } };
  return `${JSON.stringify({ meta: printed, ...rest, images: imageList }, null, 2)}\n`;
}

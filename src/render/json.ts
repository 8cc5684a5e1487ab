import type { Report } from "../model.js";

/** The merged report as JSON, for tools. Image bytes are left out (their files are named). */
export function renderJson(report: Report): string {
  const { images, ...rest } = report;
  const imageList = [...images.values()].map(
    ({ data: _data, ...info }) => info,
  );
  return `${JSON.stringify({ ...rest, images: imageList }, null, 2)}\n`;
}

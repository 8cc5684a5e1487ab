// Converting a DOCX with LibreOffice, as a reader would see it printed:
// to PDF, then to text, to poppler's XML (words with bold marked) or PNG.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const has = (command: string, flag = "--version") =>
  spawnSync(command, [flag], { timeout: 30_000 }).status === 0;

/** Why LibreOffice and poppler cannot be used here, or undefined when they can. */
export const libreOfficeMissing: string | undefined = !has("soffice")
  ? "soffice not installed"
  : !has("pdftotext", "-v") || !has("pdftohtml", "-v")
    ? "poppler-utils not installed"
    : undefined;

/** `folder/<name>.pdf` from `folder/<name>.docx`, with a private LibreOffice profile. */
export function docxToPdf(docx: string): string {
  const folder = path.dirname(docx);
  const convert = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(folder, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      folder,
      docx,
    ],
    { encoding: "utf8", timeout: 170_000 },
  );
  if (convert.status !== 0)
    throw new Error(`soffice failed: ${convert.stderr}`);
  return docx.replace(/\.docx$/, ".pdf");
}

/** `folder/<name>.png` from the PDF's first page at 50 dpi, as poppler rasterises it. */
export function pdfFirstPageToPng(
  pdf: string,
  name: string,
  options: { grey?: boolean } = {},
): string {
  const stem = path.join(path.dirname(pdf), name);
  const rendered = spawnSync(
    "pdftoppm",
    [
      ["-r", "50", "-f", "1", "-l", "1"],
      options.grey === true ? ["-gray"] : [],
      ["-png", "-singlefile", pdf, stem],
    ].flat(),
    { encoding: "utf8", timeout: 60_000 },
  );
  if (rendered.status !== 0)
    throw new Error(`pdftoppm failed: ${rendered.stderr}`);
  return `${stem}.png`;
}

/** The PDF's text, laid out as printed. */
export function pdfText(pdf: string, options: string[] = ["-layout"]): string {
  const result = spawnSync("pdftotext", [...options, pdf, "-"], {
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.status !== 0)
    throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** Each text fragment poppler finds on the pages, with whether its font is bold. */
export function pdfFragments(pdf: string): { text: string; bold: boolean }[] {
  const xmlFile = pdf.replace(/\.pdf$/, "");
  const result = spawnSync(
    "pdftohtml",
    ["-xml", "-i", "-q", "-nodrm", pdf, xmlFile],
    { encoding: "utf8", timeout: 60_000 },
  );
  if (result.status !== 0)
    throw new Error(`pdftohtml failed: ${result.stderr}`);
  const xml = readFileSync(`${xmlFile}.xml`, "utf8");
  return [...xml.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(
    ([, inner]) => ({
      text: (inner ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
      bold: /^<b>/.test(inner ?? ""),
    }),
  );
}

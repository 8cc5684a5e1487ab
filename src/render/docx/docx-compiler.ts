// The one place that reaches into docx's (9.15) compiler, which is not
// public API. Packer.toBuffer deflates every part, which pack.ts would then
// inflate (to correct the XML) and deflate again: half the time of a large
// draft. docx keeps its compiler on `Packer.compiler`; `compileParts`
// checks what it finds there and gives undefined otherwise, so the caller
// packs the public way. test/render/docx/docx-compiler.test.ts fails,
// naming docx and what changed, when an upgrade moves or changes it.
import { Packer, type Document } from "docx";
import type { PackageParts } from "./ooxml-conformance.js";

/** The package's parts before docx zips them, or undefined when docx no longer offers them this way. */
export function compileParts(document: Document): PackageParts | undefined {
  const compiler = (Packer as unknown as { compiler?: unknown }).compiler;
  const compile = (compiler as { compile?: unknown } | undefined)?.compile;
  if (typeof compile !== "function") return undefined;
  const files: unknown = compile.call(compiler, document, undefined, []);
  if (!(files instanceof Map)) return undefined;
  for (const [name, data] of files as Map<unknown, unknown>)
    if (
      typeof name !== "string" ||
      !(typeof data === "string" || data instanceof Uint8Array)
    )
      return undefined;
  return files as PackageParts;
}

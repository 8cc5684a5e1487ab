// Loud guards on the remark-gfm internals src/load/micromark-internals.ts
// relies on. When one fails after an upgrade, the fast path of
// processorFor drops nothing (parsing slows by about a third) or drops the
// wrong thing: read micromark-internals.ts, then the package's source.
import { readFileSync } from "node:fs";
import path from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { markdownProcessor, processorFor } from "../../src/load/markdown.js";
import {
  GFM_CONSTRUCTS,
  registeredInternals,
  withoutConstructs,
} from "../../src/load/micromark-internals.js";
import { repoRoot } from "../helpers/cli.js";

function versionOf(name: string): string {
  const file = path.join(repoRoot, "node_modules", name, "package.json");
  const { version } = JSON.parse(readFileSync(file, "utf8")) as {
    version: string;
  };
  return `${name} ${version}`;
}
const gfm = `${versionOf("remark-gfm")} (micromark-extension-gfm, mdast-util-gfm)`;

describe("remark-gfm internals the Markdown fast path relies on", () => {
  const full = registeredInternals(markdownProcessor);

  it("names its syntax constructs as micromark-internals.ts expects", () => {
    const missing = Object.values(GFM_CONSTRUCTS).filter(
      (name) => !full.constructNames.has(name),
    );
    expect(
      missing,
      `${gfm} no longer registers constructs named ${missing.join(", ")} in data().micromarkExtensions; processorFor's fast path drops nothing. Known names now: ${[...full.constructNames].join(", ")}`,
    ).toEqual([]);
  });

  it("registers exactly one mdast transform, the one that links addresses", () => {
    expect(
      full.transforms,
      `${gfm} registers ${full.transforms} transforms in data().fromMarkdownExtensions, where micromark-internals.ts expects one (the autolink-literal one): dropping them may now drop something else`,
    ).toBe(1);
    const linked = markdownProcessor.runSync(
      markdownProcessor.parse("See www.un.org."),
    );
    expect(JSON.stringify(linked), `${gfm}: www.un.org is not linked`).toMatch(
      /"type":"link"/,
    );
    const unlinked = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(withoutConstructs, {
        constructs: new Set(["wwwAutolink", "protocolAutolink"] as const),
        transforms: true,
      })
      .freeze();
    expect(
      JSON.stringify(unlinked.runSync(unlinked.parse("See www.un.org."))),
      `${gfm}: with its constructs and transform dropped, www.un.org is still linked: something else links it now`,
    ).not.toMatch(/"type":"link"/);
  });

  it("the fast processor for plain prose has none of the dropped constructs left", () => {
    const fast = processorFor("Plain prose, without a table or an address.");
    expect(fast).not.toBe(markdownProcessor);
    const left = registeredInternals(fast.freeze());
    const kept = Object.values(GFM_CONSTRUCTS).filter((name) =>
      left.constructNames.has(name),
    );
    expect(
      kept,
      `${gfm}: dropping constructs by name in data().micromarkExtensions no longer removes ${kept.join(", ")}`,
    ).toEqual([]);
    expect(left.transforms).toBe(0);
  });
});

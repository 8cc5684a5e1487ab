// The one place that reaches into how remark-gfm (micromark-extension-gfm
// 3, mdast-util-gfm 3) registers itself on a unified processor: its syntax
// constructs by their `name` in `data().micromarkExtensions`, and its one
// mdast transform in `data().fromMarkdownExtensions`. Neither is public
// API. `processorFor` (markdown.ts) uses this to drop constructs that
// cannot match a text; test/load/micromark-internals.test.ts fails, naming
// the package and what changed, when an upgrade renames or moves them.
import type { Root } from "mdast";
import type { Processor } from "unified";

/** The names micromark-extension-gfm gives the constructs `processorFor` may drop. */
export const GFM_CONSTRUCTS = {
  emailAutolink: "emailAutolink",
  wwwAutolink: "wwwAutolink",
  protocolAutolink: "protocolAutolink",
  table: "table",
} as const;

export type GfmConstruct = keyof typeof GFM_CONSTRUCTS;

export interface Dropped {
  constructs: ReadonlySet<GfmConstruct>;
  /** Drop the mdast transforms too: GFM's only one links "www", "http" and "@" addresses. */
  transforms: boolean;
}

type Construct = { name?: string } | undefined;
type ConstructMap = Record<string, Construct | Construct[]>;
type SyntaxExtension = Partial<Record<string, ConstructMap>>;
interface FromMarkdownExtension {
  transforms?: unknown[];
  [key: string]: unknown;
}
interface ParserData {
  micromarkExtensions?: SyntaxExtension[];
  fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[];
}

const CONSTRUCT_KINDS = ["document", "flow", "string", "text"];

/** A unified plugin, used after remark-gfm: the processor parses without the dropped constructs. */
export function withoutConstructs(this: Processor, dropped: Dropped): void {
  const names = new Set<string>(
    [...dropped.constructs].map((c) => GFM_CONSTRUCTS[c]),
  );
  const data = this.data() as ParserData;
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(
    (extension) => {
      const kept: SyntaxExtension = { ...extension };
      for (const kind of CONSTRUCT_KINDS) {
        const constructs = extension[kind];
        if (constructs !== undefined)
          kept[kind] = withoutNamed(constructs, names);
      }
      return kept;
    },
  );
  if (dropped.transforms)
    data.fromMarkdownExtensions = fromMarkdownExtensions(data).map(
      (extension) =>
        extension.transforms === undefined
          ? extension
          : { ...extension, transforms: [] },
    );
}

function withoutNamed(
  constructs: ConstructMap,
  dropped: ReadonlySet<string>,
): ConstructMap {
  const kept: ConstructMap = {};
  for (const [code, list] of Object.entries(constructs)) {
    const remaining = (Array.isArray(list) ? list : [list]).filter(
      (c) => c !== undefined && !dropped.has(c.name ?? ""),
    );
    if (remaining.length > 0) kept[code] = remaining;
  }
  return kept;
}

function fromMarkdownExtensions(data: ParserData): FromMarkdownExtension[] {
  return (data.fromMarkdownExtensions ?? []).flatMap((extensions) =>
    Array.isArray(extensions) ? extensions : [extensions],
  );
}

/** What a frozen processor registers, as the checks above read it: for the test that guards them. */
export function registeredInternals(processor: Processor<Root>): {
  constructNames: Set<string>;
  transforms: number;
} {
  const data = processor.data() as ParserData;
  const constructNames = new Set<string>();
  for (const extension of data.micromarkExtensions ?? [])
    for (const kind of CONSTRUCT_KINDS)
      for (const list of Object.values(extension[kind] ?? {}))
        for (const construct of Array.isArray(list) ? list : [list])
          if (construct?.name !== undefined) constructNames.add(construct.name);
  const transforms = fromMarkdownExtensions(data).reduce(
    (sum, extension) => sum + (extension.transforms?.length ?? 0),
    0,
  );
  return { constructNames, transforms };
}

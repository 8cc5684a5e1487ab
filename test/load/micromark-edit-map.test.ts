// Guards the one library function src/load/micromark-edit-map.ts replaces:
// micromark-util-edit-map's EditMap.consume. When one fails after an
// upgrade, read micromark-edit-map.ts, then the package's source; drop the
// replacement if the library's own consume has become linear.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { EditMap } from "micromark-util-edit-map";
import { describe, expect, it } from "vitest";
import { markdownProcessor } from "../../src/load/markdown.js";
import {
  consumeFromFirstEdit,
  libraryConsume,
} from "../../src/load/micromark-edit-map.js";
import { repoRoot } from "../helpers/cli.js";

type Events = Parameters<EditMap["consume"]>[0];
type Event = Events[number];

const { version } = JSON.parse(
  readFileSync(
    path.join(repoRoot, "node_modules/micromark-util-edit-map/package.json"),
    "utf8",
  ),
) as { version: string };
const pkg = `micromark-util-edit-map ${version}`;

// Deterministic pseudo-random numbers, so a failure can be rerun.
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

const event = (n: number): Event => ["enter", { type: `e${n}` }, {}] as never;

function edited(
  consume: typeof libraryConsume,
  length: number,
  edits: [number, number, number][],
): string[] {
  const events: Events = Array.from({ length }, (_, i) => event(i));
  const map = new EditMap();
  for (const [at, remove, add] of edits)
    map.add(
      at,
      remove,
      Array.from({ length: add }, (_, i) => event(1000 + at * 10 + i)),
    );
  consume.call(map, events);
  return events.map((e) => e[1].type);
}

describe(`${pkg}: EditMap.consume replaced by a linear one`, () => {
  it("is installed where micromark finds it", () => {
    const fromMicromark = createRequire(
      createRequire(import.meta.url).resolve("micromark"),
    ).resolve("micromark-util-edit-map");
    const ours = createRequire(import.meta.url).resolve(
      "micromark-util-edit-map",
    );
    expect(fromMicromark, `${pkg}: micromark uses another copy`).toBe(ours);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared, not called
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
  });

  it("gives the same events as the library's own on random edits, overlapping ones included", () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const length = next(40);
      const edits: [number, number, number][] = Array.from(
        { length: next(6) },
        () => [next(length + 1), next(4), next(3)],
      );
      expect(
        edited(consumeFromFirstEdit, length, edits),
        `${pkg}, edits ${JSON.stringify(edits)} on ${length} events`,
      ).toEqual(edited(libraryConsume, length, edits));
    }
  });

  it("parses quoted paragraphs, lists and tables to the same tree as the library's own", () => {
    const text = [
      "> One paragraph.\n>\n> Another,\nlazy.",
      "> 1. item\n>    1. nested\n> 2. next\n\n> | a | b |\n> | - | - |\n> | 1 | 2 |",
      "- a\n\n  b\n- c\n\n> quote\n# heading",
    ]
      .join("\n\n")
      .repeat(3);
    const ours = markdownProcessor.parse(text);
    EditMap.prototype.consume = libraryConsume;
    try {
      expect(ours, pkg).toEqual(markdownProcessor.parse(text));
    } finally {
      EditMap.prototype.consume = consumeFromFirstEdit;
    }
  });
});

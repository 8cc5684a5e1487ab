// The one place that changes a library function: micromark's EditMap
// (micromark-util-edit-map 1) applies a batch of edits to the list of
// parse events by cutting the whole list into pieces and pushing every
// event back, however near the end the edits are. micromark's document
// tokenizer applies one batch each time a paragraph closes inside a block
// quote or list item, at the end of the events so far, so a file of many
// quoted paragraphs parsed in time quadratic in its length (the bench's
// linearity target: dpko.md with every line quoted, 64 copies against 8).
// `consume` below gives the same list, touching only the events from the
// first edit on. test/load/micromark-edit-map.test.ts compares it with the
// library's own on random edits and fails, naming the package, if an
// upgrade changes the class.
import { EditMap } from "micromark-util-edit-map";

type Events = Parameters<EditMap["consume"]>[0];

/** The library's own `consume`, kept for the test that compares the two. */
// Taken off the prototype on purpose: it is called with `.call(map, ...)`.
// eslint-disable-next-line @typescript-eslint/unbound-method
export const libraryConsume = EditMap.prototype.consume;

/** EditMap.consume, in time proportional to the events from the first edit on. */
export function consumeFromFirstEdit(this: EditMap, events: Events): undefined {
  const map = this.map;
  if (map.length === 0) return;
  map.sort((a, b) => a[0] - b[0]);
  const start = map[0][0];
  const tail = events.slice(start);
  events.length = start;
  // Each kept run is [previous edit's index + its removals, this edit's index).
  let cursor = start;
  for (const [at, remove, add] of map) {
    for (; cursor < at; cursor++) events.push(tail[cursor - start]);
    for (const event of add) events.push(event);
    cursor = at + remove;
  }
  for (; cursor - start < tail.length; cursor++)
    events.push(tail[cursor - start]);
  map.length = 0;
  this.index.clear();
}

EditMap.prototype.consume = consumeFromFirstEdit;

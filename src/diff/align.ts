import { diffArrays } from "diff";

/**
 * One step through two sequences, in the order a reader of the newer one
 * meets them (what was removed stands where it was, before what replaced it).
 * A move is a `removed` step with `movedTo` at the old place and, at the new
 * place, an `added` step with `movedFrom` (same content) or a `changed` step
 * with `moved` (edited too).
 */
export type Step<T> =
  | { op: "equal"; old: T; new: T }
  | { op: "changed"; old: T; new: T; moved?: true }
  | { op: "removed"; old: T; movedTo?: T }
  | { op: "added"; new: T; movedFrom?: T };

export interface AlignOptions<T> {
  key: (item: T) => string;
  /** 0..1; similar items left over by the common subsequence are "changed". */
  similarity: (a: T, b: T) => number;
  /** Least similarity for a change in place (default 0.5). */
  threshold?: number;
  /** Least similarity for a change that also moved (default 0.6), and whether moves are looked for at all (default true). */
  movedThreshold?: number;
  moves?: boolean;
}

interface Hunk<T> {
  removed: { item: T; index: number }[];
  added: T[];
}

/** Equal stretches (as steps) and, between them, hunks of removed and added items. */
function hunks<T>(
  olds: readonly T[],
  news: readonly T[],
  key: (item: T) => string,
): (Step<T> | Hunk<T>)[] {
  const pieces: (Step<T> | Hunk<T>)[] = [];
  let hunk: Hunk<T> | undefined;
  let o = 0;
  let n = 0;
  for (const change of diffArrays(olds.map(key), news.map(key))) {
    if (!change.added && !change.removed) {
      hunk = undefined;
      for (let i = 0; i < change.count; i++)
        pieces.push({ op: "equal", old: olds[o++], new: news[n++] });
      continue;
    }
    if (hunk === undefined) pieces.push((hunk = { removed: [], added: [] }));
    for (let i = 0; i < change.count; i++) {
      if (change.removed) hunk.removed.push({ item: olds[o], index: o++ });
      else hunk.added.push(news[n++]);
    }
  }
  return pieces;
}

/** Pair each added item with the most similar free removed one at or above `threshold`, in order if `ordered`. */
function pairBySimilarity<T>(
  removed: readonly { item: T; index: number }[],
  added: readonly T[],
  similarity: (a: T, b: T) => number,
  threshold: number,
  ordered: boolean,
  pairs: Map<T, T>,
): void {
  const taken = new Set<T>();
  let floor = -1;
  for (const item of added) {
    let best: { item: T; index: number; score: number } | undefined;
    for (const candidate of removed) {
      if (taken.has(candidate.item) || (ordered && candidate.index <= floor))
        continue;
      const score = similarity(candidate.item, item);
      if (score >= threshold && (best === undefined || score > best.score))
        best = { ...candidate, score };
    }
    if (best === undefined) continue;
    floor = best.index;
    taken.add(best.item);
    pairs.set(item, best.item);
  }
}

/**
 * Align two sequences by content, not position: a longest common
 * subsequence of keys is unchanged; what is left is paired as moved (same
 * key elsewhere), changed (similar, in the same stretch, or very similar
 * elsewhere: changed and moved), or added and removed.
 */
export function align<T>(
  olds: readonly T[],
  news: readonly T[],
  options: AlignOptions<T>,
): Step<T>[] {
  const pieces = hunks(olds, news, options.key);
  const stretches = pieces.filter(
    (piece): piece is Hunk<T> => !("op" in piece),
  );
  const lookForMoves = options.moves ?? true;

  // Moves: the same content removed in one stretch and added in another.
  const movedFrom = new Map<T, T>();
  if (lookForMoves) {
    const waiting = new Map<string, T[]>();
    for (const { added } of stretches)
      for (const item of added) {
        const queue = waiting.get(options.key(item));
        if (queue === undefined) waiting.set(options.key(item), [item]);
        else queue.push(item);
      }
    for (const { removed } of stretches)
      for (const { item } of removed) {
        const target = waiting.get(options.key(item))?.shift();
        if (target !== undefined) movedFrom.set(target, item);
      }
  }
  const moved = new Set(movedFrom.values());
  const free = (hunk: Hunk<T>) =>
    hunk.removed.filter(({ item }) => !moved.has(item));

  // Changes in place, then (what is left) changes that also moved.
  const changedFrom = new Map<T, T>();
  for (const hunk of stretches)
    pairBySimilarity(
      free(hunk),
      hunk.added.filter((item) => !movedFrom.has(item)),
      options.similarity,
      options.threshold ?? 0.5,
      true,
      changedFrom,
    );
  const changedElsewhere = new Map<T, T>();
  if (lookForMoves) {
    const paired = new Set(changedFrom.values());
    pairBySimilarity(
      stretches.flatMap((hunk) =>
        free(hunk).filter(({ item }) => !paired.has(item)),
      ),
      stretches.flatMap((hunk) =>
        hunk.added.filter(
          (item) => !movedFrom.has(item) && !changedFrom.has(item),
        ),
      ),
      options.similarity,
      options.movedThreshold ?? 0.6,
      false,
      changedElsewhere,
    );
  }
  const movedTo = new Map<T, T>();
  for (const map of [movedFrom, changedElsewhere])
    for (const [target, source] of map) movedTo.set(source, target);

  const steps: Step<T>[] = [];
  for (const piece of pieces) {
    if ("op" in piece) {
      steps.push(piece);
      continue;
    }
    const emitted = new Set<T>();
    const emitRemovedBefore = (index: number) => {
      for (const { item, index: at } of piece.removed) {
        if (at >= index || emitted.has(item)) continue;
        emitted.add(item);
        const target = movedTo.get(item);
        steps.push(
          target === undefined
            ? { op: "removed", old: item }
            : { op: "removed", old: item, movedTo: target },
        );
      }
    };
    piece.added.forEach((item, position) => {
      // What was removed comes first, up to the old half of the next change in place.
      const next = piece.added
        .slice(position)
        .find((later) => changedFrom.has(later));
      const nextOld = next === undefined ? undefined : changedFrom.get(next);
      emitRemovedBefore(
        nextOld === undefined
          ? Number.POSITIVE_INFINITY
          : (piece.removed.find(({ item: old }) => old === nextOld)?.index ??
              Number.POSITIVE_INFINITY),
      );
      const source = movedFrom.get(item);
      const inPlace = changedFrom.get(item);
      const elsewhere = changedElsewhere.get(item);
      if (source !== undefined)
        steps.push({ op: "added", new: item, movedFrom: source });
      else if (inPlace !== undefined) {
        emitted.add(inPlace);
        steps.push({ op: "changed", old: inPlace, new: item });
      } else if (elsewhere !== undefined)
        steps.push({ op: "changed", old: elsewhere, new: item, moved: true });
      else steps.push({ op: "added", new: item });
    });
    emitRemovedBefore(Number.POSITIVE_INFINITY);
  }
  return steps;
}

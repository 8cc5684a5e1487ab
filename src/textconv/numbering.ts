import {
  checkRange,
  MAX_INDENT,
  MAX_LEVEL_TEXT,
  MAX_LIST_LEVEL,
  MAX_LIST_START,
} from "./limits.js";
import { BULLET, formatNumber } from "./number-format.js";
import { attr, child, elements, intVal, val, type XmlElement } from "./xml.js";

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  /** `w:lvlText` split once into literal text and level indexes (`%2` is 1), replayed for every paragraph. */
  pieces: (string | number)[];
  /** `w:lvlRestart`: 0 never restarts; n restarts when a level at or above n (1-based) advances. */
  restart?: number;
  legal: boolean;
  /** The paragraph style tied to this level, if any. */
  style?: string;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

const INDENTS = ["left", "right", "start", "end", "hanging", "firstLine"];

/** A list level number (`w:ilvl`), which must be 0 to 8. */
export function checkLevel(value: number, where: string): number {
  return checkRange(value, 0, MAX_LIST_LEVEL, `${where} w:ilvl`);
}

/** An integer attribute as written (`1e15` and `-0x1` are not integers here; they read as NaN and are refused). */
function integer(text: string | undefined): number {
  return text !== undefined && /^\s*[-+]?\d+\s*$/.test(text)
    ? Number(text)
    : Number.NaN;
}

function levelTextPieces(text: string): (string | number)[] {
  return text
    .split(/%([1-9])/)
    .map((piece, index) => (index % 2 === 1 ? Number(piece) - 1 : piece))
    .filter((piece) => piece !== "");
}

function readLevel(lvl: XmlElement): Level {
  const where = "a list level in numbering.xml:";
  const restart = intVal(lvl, "lvlRestart");
  const style = val(lvl, "pStyle");
  const start = val(lvl, "start");
  const text = val(lvl, "lvlText") ?? "";
  checkRange(
    text.length,
    0,
    MAX_LEVEL_TEXT,
    `${where} the length of w:lvlText`,
  );
  const ind = child(lvl, "pPr", "ind");
  for (const side of INDENTS) {
    const value = attr(ind, side);
    if (value !== undefined)
      checkRange(
        integer(value),
        -MAX_INDENT,
        MAX_INDENT,
        `${where} the indent w:${side}`,
      );
  }
  return {
    start:
      start === undefined
        ? 0
        : checkRange(integer(start), 0, MAX_LIST_START, `${where} w:start`),
    format: val(lvl, "numFmt") ?? "decimal",
    pieces: levelTextPieces(text),
    legal: child(lvl, "isLgl") !== undefined && val(lvl, "isLgl") !== "0",
    ...(restart === undefined ? {} : { restart }),
    ...(style === undefined ? {} : { style }),
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(parent, "lvl")) {
    const ilvl = attr(lvl, "ilvl");
    if (ilvl === undefined) continue;
    levels.set(
      checkLevel(integer(ilvl), "a list level in numbering.xml:"),
      readLevel(lvl),
    );
  }
  return levels;
}

/** A label Word would print before a paragraph, e.g. "12.", "(b)", "•". */
export interface NumberLabel {
  text: string;
  ilvl: number;
  bullet: boolean;
  /** True when the count began again here (a new list, or the first item under a new parent). */
  restarted: boolean;
}

/**
 * numbering.xml, replayed in document order. Counters belong to the
 * abstract definition, so `w:num`s that share one continue one another (as
 * Word numbers them, and as LibreOffice writes a list it saved: a first
 * paragraph on a `w:num` with a start override, the rest on one without).
 * A `w:startOverride` restarts its level the first time its `w:num` is used
 * at that level (the docx library gives every list its own instance that
 * way). When a level advances, the levels below it restart unless
 * `w:lvlRestart` says otherwise.
 */
export class NumberingReplay {
  readonly #abstracts = new Map<string, Map<number, Level>>();
  readonly #instances = new Map<string, Instance>();
  readonly #counters = new Map<string, (number | undefined)[]>();
  /** `numId/ilvl` pairs whose start override has been applied. */
  readonly #overridden = new Set<string>();

  constructor(numbering: XmlElement | undefined) {
    const byStyleLink = new Map<string, Map<number, Level>>();
    const links: [string, string][] = [];
    for (const abstract of elements(numbering, "abstractNum")) {
      const id = attr(abstract, "abstractNumId");
      if (id === undefined) continue;
      const levels = readLevels(abstract);
      this.#abstracts.set(id, levels);
      const styleLink = val(abstract, "styleLink");
      if (styleLink !== undefined) byStyleLink.set(styleLink, levels);
      const numStyleLink = val(abstract, "numStyleLink");
      if (numStyleLink !== undefined) links.push([id, numStyleLink]);
    }
    // A definition that only points at a numbering style takes that style's levels.
    for (const [id, link] of links) {
      const levels = byStyleLink.get(link);
      if (levels !== undefined && this.#abstracts.get(id)?.size === 0)
        this.#abstracts.set(id, levels);
    }
    for (const num of elements(numbering, "num")) {
      const numId = attr(num, "numId");
      const abstractId = val(num, "abstractNumId");
      if (numId === undefined || abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const override of elements(num, "lvlOverride")) {
        const ilvlText = attr(override, "ilvl");
        if (ilvlText === undefined) continue;
        const where = `list ${numId} in numbering.xml:`;
        const ilvl = checkLevel(integer(ilvlText), where);
        const start = val(override, "startOverride");
        if (start !== undefined)
          startOverrides.set(
            ilvl,
            checkRange(
              integer(start),
              0,
              MAX_LIST_START,
              `${where} w:startOverride`,
            ),
          );
        const lvl = child(override, "lvl");
        if (lvl !== undefined) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.#instances.set(numId, {
        abstractId,
        startOverrides,
        levelOverrides,
      });
    }
  }

  #level(instance: Instance, ilvl: number): Level | undefined {
    return (
      instance.levelOverrides.get(ilvl) ??
      this.#abstracts.get(instance.abstractId)?.get(ilvl)
    );
  }

  #start(instance: Instance, ilvl: number): number {
    return (
      instance.startOverrides.get(ilvl) ??
      this.#level(instance, ilvl)?.start ??
      0
    );
  }

  /** The level tied to a paragraph style (`w:lvl/w:pStyle`), for style numbering that names no level. */
  levelForStyle(numId: string, styleId: string | undefined): number {
    const instance = this.#instances.get(numId);
    const levels =
      instance === undefined
        ? undefined
        : this.#abstracts.get(instance.abstractId);
    for (const [ilvl, level] of levels ?? [])
      if (styleId !== undefined && level.style === styleId) return ilvl;
    return 0;
  }

  /** Count one paragraph of list `numId` at level `ilvl` and return the label Word shows for it. */
  next(numId: string, ilvl: number): NumberLabel | undefined {
    const instance = this.#instances.get(numId);
    if (numId === "0" || instance === undefined) return undefined;
    const level = this.#level(instance, ilvl);
    if (level === undefined) return undefined;
    const counts = this.#counters.get(instance.abstractId) ?? [];
    this.#counters.set(instance.abstractId, counts);
    const override = instance.startOverrides.get(ilvl);
    const current = counts[ilvl];
    const restarted =
      current === undefined ||
      (override !== undefined && !this.#overridden.has(`${numId}/${ilvl}`));
    if (override !== undefined && !this.#overridden.has(`${numId}/${ilvl}`)) {
      this.#overridden.add(`${numId}/${ilvl}`);
      counts[ilvl] = override;
    } else {
      counts[ilvl] =
        current === undefined ? this.#start(instance, ilvl) : current + 1;
    }
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) {
      const restart = this.#level(instance, deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart))
        counts[deeper] = undefined;
    }
    if (level.format === "bullet")
      return { text: BULLET, ilvl, bullet: true, restarted };
    // Each level's number is formatted once, however often the text repeats it.
    const numbers: (string | undefined)[] = [];
    const text = level.pieces
      .map((piece) => {
        if (typeof piece === "string") return piece;
        let number = numbers[piece];
        if (number === undefined) {
          const value = counts[piece] ?? this.#start(instance, piece);
          const format = level.legal
            ? "decimal"
            : (this.#level(instance, piece)?.format ?? "decimal");
          number = formatNumber(value, format);
          numbers[piece] = number;
        }
        return number;
      })
      .join("");
    return { text, ilvl, bullet: false, restarted };
  }
}

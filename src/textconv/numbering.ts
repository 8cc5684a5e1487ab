import { BULLET, formatNumber } from "./number-format.js";
import { attr, child, elements, intVal, val, type XmlElement } from "./xml.js";

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  text: string;
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

function readLevel(lvl: XmlElement): Level {
  const restart = intVal(lvl, "lvlRestart");
  const style = val(lvl, "pStyle");
  return {
    start: intVal(lvl, "start") ?? 0,
    format: val(lvl, "numFmt") ?? "decimal",
    text: val(lvl, "lvlText") ?? "",
    legal: child(lvl, "isLgl") !== undefined && val(lvl, "isLgl") !== "0",
    ...(restart === undefined ? {} : { restart }),
    ...(style === undefined ? {} : { style }),
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(parent, "lvl")) {
    const ilvl = Number.parseInt(attr(lvl, "ilvl") ?? "", 10);
    if (!Number.isNaN(ilvl)) levels.set(ilvl, readLevel(lvl));
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
        const ilvl = Number.parseInt(attr(override, "ilvl") ?? "", 10);
        if (Number.isNaN(ilvl)) continue;
        const start = intVal(override, "startOverride");
        if (start !== undefined) startOverrides.set(ilvl, start);
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
    const text = level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const at = Number(digit) - 1;
      const value = counts[at] ?? this.#start(instance, at);
      const format = level.legal
        ? "decimal"
        : (this.#level(instance, at)?.format ?? "decimal");
      return formatNumber(value, format);
    });
    return { text, ilvl, bullet: false, restarted };
  }
}

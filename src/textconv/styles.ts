import { checkLevel } from "./numbering.js";
import { attr, child, elements, intVal, val, type XmlElement } from "./xml.js";

/** A paragraph style as far as text is concerned. */
interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

/** Numbering a paragraph gets from its style chain. */
export interface StyleNumbering {
  numId: string;
  ilvl?: number;
}

function looseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "");
}

const WANTED = new Map<string, string>();

/** looseName of a name asked about: a handful of constants, remembered. */
function wantedName(id: string): string {
  let loose = WANTED.get(id);
  if (loose === undefined) {
    loose = looseName(id);
    if (WANTED.size < 100) WANTED.set(id, loose);
  }
  return loose;
}

// basedOn chains are short; a cycle in a broken file must not hang us.
const MAX_DEPTH = 32;

/** The paragraph styles of styles.xml, with basedOn inheritance resolved on demand. */
export class Styles {
  readonly #styles = new Map<string, ParagraphStyle>();
  readonly #defaultId: string | undefined;
  readonly #names = new Map<string, Set<string>>();
  readonly #headingLevels = new Map<string, number | undefined>();

  constructor(styles: XmlElement | undefined) {
    let defaultId: string | undefined;
    for (const style of elements(styles, "style")) {
      if (attr(style, "type") !== "paragraph") continue;
      const id = attr(style, "styleId");
      if (id === undefined) continue;
      const pPr = child(style, "pPr");
      const numPr = child(pPr, "numPr");
      const numId = val(numPr, "numId");
      const level = intVal(numPr, "ilvl");
      const ilvl =
        level === undefined
          ? undefined
          : checkLevel(level, `the style ${id} in styles.xml:`);
      const basedOn = val(style, "basedOn");
      const outlineLevel = intVal(pPr, "outlineLvl");
      this.#styles.set(id, {
        id,
        name: (val(style, "name") ?? id).toLowerCase(),
        ...(basedOn === undefined ? {} : { basedOn }),
        ...(numId === undefined ? {} : { numId }),
        ...(ilvl === undefined ? {} : { ilvl }),
        ...(outlineLevel === undefined ? {} : { outlineLevel }),
      });
      if (attr(style, "default") === "1" || attr(style, "default") === "true")
        defaultId = id;
    }
    this.#defaultId = defaultId;
  }

  /** The style a paragraph uses: its pStyle, else the default paragraph style. */
  effective(styleId: string | undefined): string | undefined {
    return styleId !== undefined && this.#styles.has(styleId)
      ? styleId
      : this.#defaultId;
  }

  /** The style and the ones it is based on, nearest first. */
  #chain(styleId: string | undefined): ParagraphStyle[] {
    const chain: ParagraphStyle[] = [];
    let at = this.effective(styleId);
    while (at !== undefined && chain.length < MAX_DEPTH) {
      const style = this.#styles.get(at);
      if (style === undefined || chain.includes(style)) break;
      chain.push(style);
      at = style.basedOn;
    }
    return chain;
  }

  /**
   * True when the style or one it is based on has one of these ids or names
   * (`Subparagraph`, `BlockQuote` ...), compared without case or spaces:
   * LibreOffice saves our `BlockQuote` as `Blockquote`, named "Block quote".
   */
  is(styleId: string | undefined, ...ids: string[]): boolean {
    const names = this.#looseNames(styleId);
    return ids.some((id) => names.has(wantedName(id)));
  }

  /** The loose ids and names of a style's chain; asked for every paragraph, so remembered per style (there are few). */
  #looseNames(styleId: string | undefined): Set<string> {
    const key = styleId ?? "";
    let names = this.#names.get(key);
    if (names === undefined) {
      names = new Set(
        this.#chain(styleId).flatMap((style) => [
          looseName(style.id),
          looseName(style.name),
        ]),
      );
      this.#names.set(key, names);
    }
    return names;
  }

  /** Numbering from the nearest style in the chain that sets a numId. */
  numbering(styleId: string | undefined): StyleNumbering | undefined {
    const chain = this.#chain(styleId);
    const numbered = chain.find((style) => style.numId !== undefined);
    if (numbered?.numId === undefined) return undefined;
    const ilvl = chain.find((style) => style.ilvl !== undefined)?.ilvl;
    return { numId: numbered.numId, ...(ilvl === undefined ? {} : { ilvl }) };
  }

  /** Heading level 1..9 from the style's outline level or its name ("heading 2"), else undefined. */
  headingLevel(styleId: string | undefined): number | undefined {
    const key = styleId ?? "";
    if (this.#headingLevels.has(key)) return this.#headingLevels.get(key);
    const level = this.#headingLevelOf(styleId);
    this.#headingLevels.set(key, level);
    return level;
  }

  #headingLevelOf(styleId: string | undefined): number | undefined {
    for (const style of this.#chain(styleId)) {
      if (style.outlineLevel !== undefined && style.outlineLevel < 9)
        return style.outlineLevel + 1;
      const byName = /^heading (\d)$/.exec(style.name);
      if (byName?.[1] !== undefined) return Number(byName[1]);
    }
    return undefined;
  }
}

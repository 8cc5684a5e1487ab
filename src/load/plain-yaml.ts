/**
 * The YAML our files are written in, read without the yaml package.
 *
 * A cold build spends more time in the yaml package than in anything else
 * of its size: its composer runs once per file (report.yaml, the outline,
 * every front matter) while V8 still interprets it. Nearly all of that YAML
 * is the same few shapes: `key: value` lines, lists of `- key: value`
 * blocks or `{ key: value }` maps, quoted titles and `|` blocks of Markdown.
 * This reader takes exactly those, gives the data the yaml package would
 * give (its core schema) and the start of every node, and answers
 * undefined for anything else (anchors, tags, folded or multi-line
 * scalars, escapes, empty values, tabs, a duplicate key...), which then
 * goes to the yaml package: so every error message still comes from it.
 * test/load/plain-yaml.test.ts compares the two on generated documents.
 */

/** How a node is written: where Markdown inside it starts depends on it (yaml-scalar.ts). */
export type YamlNodeStyle = "block" | "quoted" | "plain" | "collection";

export interface PlainYamlNode {
  /** Offset of the node's first character (a block scalar's `|`, a quote mark, `{`, `-` or a first key). */
  start: number;
  style: YamlNodeStyle;
  value: unknown;
  /** A mapping's entries, in order: where each key starts and its value. */
  entries?: Map<string, { keyStart: number; node: PlainYamlNode }>;
  items?: PlainYamlNode[];
}

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** Spaces before the first other character. */
  indent: number;
  /** The line after its indentation. */
  text: string;
}

/** Thrown inside the reader when the text leaves the shapes it takes; never escapes readPlainYaml. */
class NotPlain extends Error {}
const notPlain = new NotPlain();

// Left to the yaml package: tabs, line breaks other than \n, byte-order marks, control characters,
// and the spaces JavaScript trims that YAML does not count as white space.
const AWKWARD =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/;
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]*): +/;
// Keys the core schema would read as something other than their text.
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
// A plain scalar may not start with these (YAML 1.2 c-indicator), nor with `-`, `?` or `:` before a
// space or (in a flow) a flow indicator.
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:[ ,[\]{}]|$))/;

/** The data and node tree of a YAML text in the shapes above, or undefined (use the yaml package). */
export function readPlainYaml(text: string): PlainYamlNode | undefined {
  if (AWKWARD.test(text)) return undefined;
  try {
    return new PlainYamlReader(text).read();
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

class PlainYamlReader {
  private readonly lines: Line[] = [];
  private index = 0;

  constructor(text: string) {
    let start = 0;
    for (const raw of text.split("\n")) {
      const indent = leadingSpaces(raw);
      this.lines.push({ start, indent, text: raw.slice(indent) });
      start += raw.length + 1;
    }
  }

  read(): PlainYamlNode {
    this.skipNonContent();
    const first = this.lines[this.index];
    if (first === undefined || first.indent !== 0) throw notPlain;
    if (/^(?:---|\.\.\.)(?: |$)/.test(first.text)) throw notPlain;
    const root = this.readNode(0);
    this.skipNonContent();
    if (this.index < this.lines.length) throw notPlain;
    return root;
  }

  /** Blank lines and comment lines between nodes. */
  private skipNonContent(): void {
    for (; this.index < this.lines.length; this.index++) {
      const line = this.lines[this.index];
      if (line.text !== "" && !line.text.startsWith("#")) return;
    }
  }

  private current(): Line | undefined {
    return this.lines[this.index];
  }

  private readNode(indent: number): PlainYamlNode {
    const line = this.current() as Line;
    return isSequenceItem(line.text)
      ? this.readSequence(indent)
      : this.readMapping(indent);
  }

  private readMapping(indent: number): PlainYamlNode {
    const start = (this.current() as Line).start + indent;
    const mapping = new MappingNode(start);
    for (;;) {
      const line = this.current() as Line;
      const key = KEY.exec(line.text)?.[1];
      if (key === undefined || !mapping.takes(key)) throw notPlain;
      const rest = line.text.slice(key.length + 1);
      const valueText = rest.slice(leadingSpaces(rest));
      let node: PlainYamlNode;
      if (valueText === "" || valueText.startsWith("#")) {
        this.index++;
        this.skipNonContent();
        const next = this.current();
        if (next !== undefined && next.indent > indent)
          node = this.readNode(next.indent);
        else if (next?.indent === indent && isSequenceItem(next.text))
          node = this.readSequence(indent);
        else throw notPlain; // an empty value: left to the yaml package
      } else {
        const column = indent + key.length + 1 + rest.length - valueText.length;
        node = this.readInline(valueText, line.start + column, indent);
      }
      mapping.add(key, line.start + indent, node);
      this.skipNonContent();
      const next = this.current();
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent) throw notPlain;
      if (isSequenceItem(next.text)) break; // the sequence of an enclosing mapping's key
    }
    return mapping;
  }

  private readSequence(indent: number): PlainYamlNode {
    const items: PlainYamlNode[] = [];
    const start = (this.current() as Line).start + indent;
    for (;;) {
      const line = this.current();
      if (line?.indent !== indent || !isSequenceItem(line.text)) break;
      const after = line.text.slice(1);
      const content = after.slice(leadingSpaces(after));
      if (content === "" || content.startsWith("#")) throw notPlain;
      const column = indent + 1 + after.length - content.length;
      if (isSequenceItem(content) || KEY.test(content)) {
        // `- key: value` opens a mapping at the column of `key`: read the rest of the line as that line.
        this.lines[this.index] = {
          start: line.start,
          indent: column,
          text: content,
        };
        items.push(this.readNode(column));
      } else items.push(this.readInline(content, line.start + column, indent));
      this.skipNonContent();
      const next = this.current();
      if (next !== undefined && next.indent > indent) throw notPlain;
    }
    return sequenceNode(start, items);
  }

  /** A value that starts on its key's (or dash's) line; `parentIndent` bounds a block scalar's text. */
  private readInline(
    text: string,
    start: number,
    parentIndent: number,
  ): PlainYamlNode {
    if (text.startsWith("|"))
      return this.readBlockScalar(text, start, parentIndent);
    this.index++;
    const reader = new InlineReader(text, start);
    const node = reader.readValue(false);
    reader.expectEndOfLine();
    return node;
  }

  /** `|` or `|-` and the lines indented below it, as the yaml package reads them. */
  private readBlockScalar(
    header: string,
    start: number,
    parentIndent: number,
  ): PlainYamlNode {
    const chomp = withoutTrailingSpaces(header);
    if (chomp !== "|" && chomp !== "|-") throw notPlain;
    this.index++;
    const first = this.current();
    if (first === undefined || first.text === "") throw notPlain;
    const indent = first.indent;
    if (indent <= parentIndent) throw notPlain;
    const contents: string[] = [];
    let last = this.index;
    for (; this.index < this.lines.length; this.index++) {
      const line = this.current() as Line;
      if (line.text === "") {
        // Spaces only: an empty line of the text, unless they reach into it.
        if (line.indent > indent) throw notPlain;
        contents.push("");
        continue;
      }
      if (line.indent < indent) break;
      contents.push(" ".repeat(line.indent - indent) + line.text);
      last = this.index;
    }
    // Without a line break after the text's last line, `|` would keep none.
    if (last === this.lines.length - 1) throw notPlain;
    while (contents.at(-1) === "") contents.pop();
    let value = contents.join("\n");
    if (chomp === "|") value += "\n";
    return { start, style: "block", value };
  }
}

/** A mapping being read: its data as the yaml package's toJS gives it, and where each key stands. */
class MappingNode implements PlainYamlNode {
  readonly style = "collection";
  readonly value: Record<string, unknown> = {};
  readonly entries = new Map<
    string,
    { keyStart: number; node: PlainYamlNode }
  >();

  constructor(readonly start: number) {}

  /** Not a key the core schema reads as something else, nor one already there (the package refuses those). */
  takes(key: string): boolean {
    return !SPECIAL_KEY.test(key) && !this.entries.has(key);
  }

  add(key: string, keyStart: number, node: PlainYamlNode): void {
    this.entries.set(key, { keyStart, node });
    this.value[key] = node.value;
  }
}

/** A block or flow sequence: its data as an array, and its items' nodes. */
function sequenceNode(start: number, items: PlainYamlNode[]): PlainYamlNode {
  return {
    start,
    style: "collection",
    value: items.map((item) => item.value),
    items,
  };
}

function leadingSpaces(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}

/** YAML's white space is spaces and tabs (and no tab gets here); String#trimEnd trims more. */
function withoutTrailingSpaces(text: string): string {
  return text.replace(/ +$/, "");
}

function isSequenceItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

/** One line's worth of a value: a plain or quoted scalar, or a `{ }` or `[ ]` of them. */
class InlineReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly start: number,
  ) {}

  readValue(inFlow: boolean): PlainYamlNode {
    const start = this.start + this.at;
    const char = this.text[this.at];
    if (char === '"' || char === "'")
      return { start, style: "quoted", value: this.readQuoted(char) };
    if (char === "{" || char === "[") {
      if (inFlow) throw notPlain;
      return char === "{"
        ? this.readFlowMapping(start)
        : this.readFlowSequence(start);
    }
    return {
      start,
      style: "plain",
      value: resolvePlain(this.readPlain(inFlow)),
    };
  }

  /** After the value: nothing but spaces and a comment. */
  expectEndOfLine(): void {
    const rest = this.text.slice(this.at);
    if (withoutTrailingSpaces(rest) === "") return;
    if (!/^ +#/.test(rest)) throw notPlain;
  }

  private readQuoted(quote: string): string {
    let value = "";
    for (let i = this.at + 1; i < this.text.length; i++) {
      const char = this.text[i];
      if (quote === "'" && char === "'") {
        if (this.text[i + 1] !== "'") {
          this.at = i + 1;
          return value;
        }
        value += "'";
        i++;
      } else if (quote === '"' && char === "\\") {
        const escaped = this.text[i + 1];
        if (escaped !== '"' && escaped !== "\\") throw notPlain;
        value += escaped;
        i++;
      } else if (quote === '"' && char === '"') {
        this.at = i + 1;
        return value;
      } else value += char;
    }
    throw notPlain; // the scalar goes on to the next line
  }

  private readPlain(inFlow: boolean): string {
    const rest = this.text.slice(this.at);
    if (INDICATOR.test(rest)) throw notPlain;
    // A comment starts at ` #`; in a flow, the scalar also ends at `,`, `}` or `]`.
    const end = inFlow ? (/^[^,{}[\]]*/.exec(rest)?.[0] ?? "") : rest;
    const comment = end.indexOf(" #");
    const raw = comment === -1 ? end : end.slice(0, comment);
    const value = withoutTrailingSpaces(raw);
    if (value === "" || /: |:$/.test(value) || (inFlow && /[:#]/.test(value)))
      throw notPlain;
    this.at += value.length;
    return value;
  }

  private readFlowMapping(start: number): PlainYamlNode {
    const mapping = new MappingNode(start);
    this.readFlow("}", () => {
      const key = FLOW_KEY.exec(this.text.slice(this.at));
      const name = key?.[1];
      if (key === null || name === undefined) throw notPlain;
      if (!mapping.takes(name)) throw notPlain;
      const keyStart = this.start + this.at;
      this.at += key[0].length;
      const node = this.readValue(true);
      mapping.add(name, keyStart, node);
    });
    return mapping;
  }

  private readFlowSequence(start: number): PlainYamlNode {
    const items: PlainYamlNode[] = [];
    this.readFlow("]", () => items.push(this.readValue(true)));
    return sequenceNode(start, items);
  }

  /** `{ a, b }` or `[ a, b ]` on this line, reading each item with `readItem`. */
  private readFlow(close: string, readItem: () => void): void {
    this.at++;
    this.skipSpaces();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      readItem();
      this.skipSpaces();
      const char = this.text[this.at];
      this.at++;
      if (char === close) return;
      if (char !== ",") throw notPlain;
      this.skipSpaces();
    }
  }

  private skipSpaces(): void {
    while (this.text[this.at] === " ") this.at++;
  }
}

/** A plain scalar's value under the YAML 1.2 core schema, as the yaml package resolves it. */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text))
    return text[0] === "t" || text[0] === "T";
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    if (text.slice(-3).toLowerCase() === "nan") return NaN;
    return text.startsWith("-") ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
    return parseFloat(text);
  return text;
}

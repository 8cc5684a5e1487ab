import type { Heading, RootContent } from "mdast";
import { isMap, isPair, isScalar } from "yaml";
import type {
  Contribution,
  ContributionSection,
  FrontMatter,
  MarkdownBody,
  UnreadableFile,
  UnreadableReason,
} from "../model.js";
import { isPlainRecord } from "../schema/field-spec.js";
import { decodeText } from "./decode-text.js";
import { splitFrontMatter } from "./front-matter.js";
import { parseMarkdown, type TextPlacement } from "./markdown.js";
import { findMarkdownLimitProblem } from "./markdown-limits.js";
import {
  nodeAtOf,
  parseYamlWithPositions,
  readYaml,
  topLevelPositions,
  type PositionedYaml,
} from "./yaml-document.js";
import { scalarPlacement } from "./yaml-scalar.js";
import { append } from "../shared/append.js";

export interface LoadedContribution {
  contribution?: Contribution;
  /** What stops the file from being read at all (encoding, YAML syntax). */
  problems: UnreadableFile[];
}

/** A contribution file's bytes -> Contribution, keeping every block's file position. */
export function parseContribution(
  bytes: Uint8Array,
  file: string,
): LoadedContribution {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { ok: _ok, ...problem } = decoded;
    return { problems: [{ file, ...problem }] };
  }
  if (decoded.text.trim() === "") {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          reason: "empty",
          message:
            "Unexpected empty file, expected front matter and at least one `##` section",
          hint: "Start from `wps-report new` (`node bin/wps-report.js new` in the repository), or copy templates/contribution.md.",
        },
      ],
    };
  }
  const text = decoded.text.startsWith("\uFEFF")
    ? decoded.text.slice(1)
    : decoded.text;
  const loaded =
    file.endsWith(".yaml") || file.endsWith(".yml")
      ? parseYamlContribution(text, file)
      : parseMarkdownContribution(text, file);
  if (loaded.contribution !== undefined) loaded.contribution.text = text;
  return loaded;
}

function parseMarkdownContribution(
  text: string,
  file: string,
): LoadedContribution {
  const split = splitFrontMatter(text);
  if (split.yaml === undefined && split.unterminated) {
    // Where the front matter was meant to end is anyone's guess: the body is not read.
    return {
      problems: [
        problem(
          file,
          1,
          1,
          "front-matter-syntax",
          "Unexpected end of front matter: the opening `---` has no closing `---`",
          "Add a line with `---` after the last front-matter key.",
        ),
      ],
    };
  }
  let frontMatter: FrontMatter;
  let problems: UnreadableFile[] = [];
  if (split.yaml === undefined) {
    frontMatter = unreadableFrontMatter();
    problems = [
      problem(
        file,
        1,
        1,
        "no-front-matter",
        "Missing front matter, expected the file to start with `---`",
        "Put `---`, then `entity: XYZ` and `year: 2004` on their own lines, then `---`, before the first heading.",
      ),
    ];
  } else {
    const yaml = readYaml(split.yaml, split.yamlLine - 1);
    problems = yamlSyntaxProblems(yaml, file);
    // Broken front matter does not stop the body's checks: every problem of the file shows in one run.
    frontMatter =
      problems.length > 0 ? unreadableFrontMatter() : toFrontMatter(yaml, file);
  }
  const placement = { file, lineOffset: 0, columnOffset: 0 };
  const tooMuch = limitProblem(split.body, placement);
  if (tooMuch !== undefined) return { problems: [...problems, tooMuch] };
  const body = parseMarkdown(split.body, placement);
  const { preamble, sections } = splitSections(body.blocks, file);
  return {
    contribution: withEntity({
      file,
      format: "md",
      frontMatter,
      preamble,
      sections,
      footnotes: body.footnotes,
      suppressions: body.suppressions,
    }),
    problems,
  };
}

function unreadableFrontMatter(): FrontMatter {
  return {
    data: {},
    keyPositions: new Map(),
    valuePositions: new Map(),
    unreadable: true,
  };
}

function parseYamlContribution(text: string, file: string): LoadedContribution {
  const yaml = parseYamlWithPositions(text);
  const syntax = yamlSyntaxProblems(yaml, file);
  if (syntax.length > 0) return { problems: syntax };
  const frontMatter = toFrontMatter(yaml, file);
  const contribution: Contribution = withEntity({
    file,
    format: "yaml",
    frontMatter,
    preamble: [],
    sections: [],
    footnotes: new Map(),
    suppressions: [],
  });
  const sectionsNode = yaml.document.get("sections", true);
  if (!isMap(sectionsNode)) return { contribution, problems: [] };
  const parsed: {
    heading: string;
    position: ContributionSection["position"];
    text?: string;
    placement?: TextPlacement;
    body?: MarkdownBody;
  }[] = [];
  for (const pair of sectionsNode.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const heading = String(pair.key.value);
    const position = { file, ...yaml.nodePosition(pair.key) };
    if (!isScalar(pair.value) || typeof pair.value.value !== "string") {
      parsed.push({ heading, position });
      continue;
    }
    const placement = {
      file,
      ...scalarPlacement(yaml, text, nodeAtOf(pair.value)),
    };
    const tooMuch = limitProblem(pair.value.value, placement);
    if (tooMuch !== undefined) return { problems: [tooMuch] };
    const body = parseMarkdown(pair.value.value, placement);
    parsed.push({ heading, position, text: pair.value.value, placement, body });
  }
  // One label space for the whole file: a note defined under one section may be cited under another.
  const labels = new Map<string, string>();
  for (const { body } of parsed)
    for (const [key, definition] of body?.footnotes ?? [])
      if (!labels.has(key)) labels.set(key, definition.label ?? key);
  for (const section of parsed) {
    let body = section.body;
    if (body !== undefined && section.text?.includes("[^") === true) {
      const elsewhere = [...labels]
        .filter(([key]) => body?.footnotes.has(key) !== true)
        .map(([, label]) => label);
      if (elsewhere.length > 0 && section.placement !== undefined)
        body = parseMarkdown(section.text, section.placement, elsewhere);
    }
    for (const [label, definition] of body?.footnotes ?? []) {
      if (contribution.footnotes.has(label)) body?.blocks.push(definition);
      else contribution.footnotes.set(label, definition);
    }
    append(contribution.suppressions, body?.suppressions ?? []);
    contribution.sections.push({
      heading: section.heading,
      position: section.position,
      blocks: body?.blocks ?? [],
    });
  }
  return { contribution, problems: [] };
}

/** Markdown the parser would take too long over is refused, and the whole file with it. */
function limitProblem(
  text: string,
  placement: TextPlacement,
): UnreadableFile | undefined {
  const found = findMarkdownLimitProblem(text);
  if (found === undefined) return undefined;
  return problem(
    placement.file,
    found.line + placement.lineOffset,
    found.column + placement.columnOffset,
    found.reason,
    found.message,
    found.hint,
  );
}

function withEntity(contribution: Contribution): Contribution {
  const entity = contribution.frontMatter.data["entity"];
  if (typeof entity === "string") contribution.entity = entity;
  return contribution;
}

function yamlSyntaxProblems(
  yaml: PositionedYaml,
  file: string,
): UnreadableFile[] {
  const errors = yaml.errors.map((error) =>
    problem(
      file,
      error.line,
      error.column,
      "front-matter-syntax",
      `The YAML is not valid: ${error.message}`,
      "Check the indentation and that each line reads `key: value`; put text with a colon in quotes.",
    ),
  );
  if (errors.length > 0) return errors;
  if (!isPlainRecord(yaml.data)) {
    return [
      problem(
        file,
        yaml.positionOf(0).line,
        1,
        "front-matter-syntax",
        "Unexpected YAML, expected keys such as `entity:` and `year:`",
        "Write one `key: value` per line.",
      ),
    ];
  }
  return [];
}

function toFrontMatter(yaml: PositionedYaml, file: string): FrontMatter {
  const { keys, values } = topLevelPositions(yaml);
  const withFile = (map: Map<string, { line: number; column: number }>) =>
    new Map([...map].map(([key, at]) => [key, { file, ...at }]));
  return {
    data: yaml.data as Record<string, unknown>,
    keyPositions: withFile(keys),
    valuePositions: withFile(values),
  };
}

/** `##` headings open sections; anything before the first one is the preamble (which the validator refuses). */
function splitSections(
  blocks: RootContent[],
  file: string,
): { preamble: RootContent[]; sections: ContributionSection[] } {
  const preamble: RootContent[] = [];
  const sections: ContributionSection[] = [];
  for (const block of blocks) {
    if (block.type === "heading" && block.depth === 2) {
      sections.push({
        heading: headingText(block),
        position: {
          file,
          line: block.position?.start.line ?? 1,
          column: block.position?.start.column ?? 1,
        },
        blocks: [],
      });
      continue;
    }
    const current = sections.at(-1);
    if (current === undefined) preamble.push(block);
    else current.blocks.push(block);
  }
  return { preamble, sections };
}

export function headingText(heading: Heading): string {
  const parts: string[] = [];
  const visit = (node: {
    type: string;
    value?: string;
    children?: unknown[];
  }) => {
    if (typeof node.value === "string" && node.type !== "html")
      parts.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(heading);
  return parts.join("").trim();
}

function problem(
  file: string,
  line: number,
  column: number,
  reason: UnreadableReason,
  message: string,
  hint: string,
): UnreadableFile {
  return { file, line, column, reason, message, hint };
}

import type { Link } from "mdast";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { linesOf } from "./style-text.js";

const RULE = "style/link-without-scheme";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "A link's address starts with `https://` (or `mailto:` for an e-mail address)",
    hint: "Write the whole address, `[text](https://www.un.org/...)`, as the browser's address bar shows it. Without `https://`, an address such as `www.un.org` or `un.org/women` reads as the name of a file next to the report, and the draft's link leads nowhere. `wps-report validate --fix` adds `https://` to an address that starts with `www.` or `//` or with a web domain (`un.org`, `unwomen.org`), and `mailto:` to an e-mail address.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const linkSchemeRule = defineRules({
  input: "file",
  rules,
  check: checkLinkSchemes,
});

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/**
 * Endings that name a web domain, never a file a contribution would link
 * to (not `.md`, `.py` or `.sh`, which are domains too, but also files).
 */
const DOMAIN = new RegExp(
  `^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${[
    "org",
    "int",
    "com",
    "net",
    "edu",
    "gov",
    "info",
    "ngo",
    "news",
    "africa",
    "ch",
    "uk",
    "fr",
    "de",
    "it",
    "es",
    "nl",
    "be",
    "at",
    "se",
    "no",
    "dk",
    "fi",
    "ca",
    "au",
    "nz",
    "jp",
    "cn",
    "ru",
    "br",
    "ar",
    "mx",
    "ke",
    "za",
    "ng",
    "et",
    "eg",
    "lb",
    "jo",
    "af",
    "pk",
  ].join("|")})(?:[/?#:]|$)`,
  "i",
);

/** What goes before the address, when it is certain; undefined when the address may be a file's name. */
export function missingScheme(url: string): string | undefined {
  if (url === "" || SCHEME.test(url)) return undefined;
  if (url.startsWith("//")) return "https:";
  if (/^www\./i.test(url) || DOMAIN.test(url)) return "https://";
  if (EMAIL.test(url)) return "mailto:";
  return undefined;
}

function checkLinkSchemes(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  if (contribution.text?.includes("](") !== true) return;
  const lines = linesOf(contribution) ?? [];
  const nodes = [
    ...contribution.sections.flatMap((section) => section.blocks),
    ...contribution.footnotes.values(),
  ];
  walkMarkdown(nodes, (node) => {
    if (node.type !== "link") return;
    const prefix = missingScheme(node.url);
    if (prefix === undefined) return;
    const at = addressPlace(node, lines);
    const start = node.position?.start;
    if (start === undefined) return;
    const place = { file: contribution.file, ...(at ?? start) };
    const whole = `${prefix}${node.url}`;
    reporter.report(
      RULE,
      place,
      `Unexpected link address \`${node.url}\` without \`${prefix === "mailto:" ? "mailto:" : "https://"}\`: the draft would take it for the name of a file, so its link would lead nowhere; expected \`${whole}\``,
      at === undefined
        ? { hint: `Write the address as \`${whole}\`.` }
        : {
            hint: `Write \`${prefix}\` before the address (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
            fix: { ...at, length: 0, text: prefix },
          },
    );
  });
}

/** Where the address of `[text](address)` starts in the file, when it is written there as the node has it. */
function addressPlace(
  node: Link,
  lines: readonly string[],
): { line: number; column: number } | undefined {
  const end = node.position?.end;
  if (end === undefined) return undefined;
  const line = lines[end.line - 1] ?? "";
  const open = line.lastIndexOf("](", end.column - 1);
  if (open < 0) return undefined;
  let at = open + 2;
  while (line[at] === " " || line[at] === "\t" || line[at] === "<") at++;
  const head = node.url.slice(0, Math.min(node.url.length, 40));
  // An escape or a character reference would make the written address differ: no fix then.
  if (!line.startsWith(head, at) || at >= end.column) return undefined;
  return { line: end.line, column: at + 1 };
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/build-report.js";
import { renderHtml } from "../../../src/render/html/index.js";
import { runBin } from "../../helpers/cli.js";
import {
  contribution,
  makeEdition,
  reportYaml,
} from "../../helpers/edition.js";
import { sampleReport } from "../../helpers/sample-report.js";

/** The attribute values of every `name="..."` in the document. */
function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map(
    (m) => m[1] ?? "",
  );
}

describe("renderHtml", () => {
  const html = renderHtml(sampleReport());

  it("numbers the paragraphs 1..N in reading order, as the DOCX does", () => {
    const numbers = attributeValues(html, "data-number")
      // Notes carry data-number too; they come after the body.
      .slice(0, 12)
      .map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(html).toContain('<span class="num">1.</span>');
  });

  it("links each footnote mark to its note and each note back to its mark", () => {
    for (const n of [1, 2, 3, 4, 5]) {
      expect(html).toContain(`<a id="fnref-${n}" href="#fn-${n}"`);
      expect(html).toContain(`<li id="fn-${n}" data-number="${n}">`);
      expect(html).toContain(`class="backref" href="#fnref-${n}"`);
    }
  });

  it("lays out the masthead, I./A. headings, (a) subparagraphs, tables and bold recommendations", () => {
    expect(html).toMatch(/<div class="symbol">S\/2004\/814<\/div>/);
    expect(html).toContain('<div class="organ">Security Council</div>');
    expect(html).toContain("13 October 2004");
    expect(html).toContain(
      '<h2><span class="label">I.</span>Introduction</h2>',
    );
    expect(html).toContain(
      '<h3><span class="label">A.</span>Conflict prevention</h3>',
    );
    expect(html).toContain('<span class="label">(a)</span>');
    expect(html).toContain('<span class="label">(i)</span>');
    expect(html).toMatch(/<th class="align-right">Women<\/th>/);
    expect(html).toMatch(
      /<section class="chapter recommendations" id="chapter-III">/,
    );
    expect(html).toMatch(/\.recommendations \.block \{ font-weight: bold; \}/);
  });

  it("names each paragraph's entity, file and line", () => {
    expect(html).toMatch(
      /id="para-4" data-number="4" data-entity="UNICEF" data-file="contributions\/2004\/unicef.md" data-line="14">/,
    );
    expect(html).toContain(
      '<span class="source">UNICEF · contributions/2004/unicef.md, line 14</span>',
    );
    // Outline boilerplate has no entity: it says so.
    expect(html).toContain(
      '<span class="source">Outline · templates/sg-report.yaml, line 5</span>',
    );
  });

  it("stands alone: images inline as data: URIs, nothing loaded from elsewhere, no script", () => {
    expect(attributeValues(html, "src").length).toBeGreaterThan(0);
    for (const src of attributeValues(html, "src"))
      expect(src).toMatch(/^data:image\/png;base64,/);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toContain(
      `content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`,
    );
  });

  it("gives the same bytes for the same report", () => {
    expect(renderHtml(sampleReport())).toBe(html);
  });
});

/** Contributions are untrusted: hostile text must come out as text. */
const HOSTILE = contribution(
  "UNICEF",
  [
    "## Peace negotiations",
    "",
    'Delegates wrote \\<script>alert("p")\\</script> and \\<img src=x onerror=alert(1)> in `<script>alert("code")</script>` with "quotes" & ampersands.[^1]',
    "",
    '[a link](javascript:alert("link")) and [a page](https://example.org/?a=1&b="2") and [data](data:text/html,<script>alert(1)</script>).',
    "",
    '| Head \\<b>x\\</b> | "cell" |',
    "| --- | --- |",
    "| \\<iframe> | it's |",
    "",
    '[^1]: A note with \\<script>alert("note")\\</script>.',
    "",
  ].join("\n"),
);

describe("hostile contribution text", () => {
  it("is escaped everywhere: no tag, attribute or script URL gets through", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": HOSTILE,
    });
    const result = await buildReport(edition.root, edition.dir, {
      cache: false,
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
    const html = renderHtml(result.report);
    expect(html).not.toMatch(/<script|<img src=x|<iframe|<b>x/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain(
      "Delegates wrote &lt;script&gt;alert(“p”)&lt;/script&gt;",
    );
    expect(html).toContain(
      "<code>&lt;script&gt;alert(&quot;code&quot;)&lt;/script&gt;</code>",
    );
    // Quotes in text are typeset (typographic), so need no escaping.
    expect(html).toContain("“quotes” &amp; ampersands");
    // The unsafe link keeps its words, not its target.
    expect(html).toMatch(
      /<span class="link-text" title="javascript:[^"]*">a link<\/span>/,
    );
    expect(html).toContain(
      // Printed with its address, as the DOCX prints links.
      'a page (<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">https://example.org/?a=1&amp;b=&quot;2&quot;</a>)',
    );
    expect(html).toContain("<th>Head &lt;b&gt;x&lt;/b&gt;</th>");
    expect(html).toContain("A note with &lt;script&gt;");
  });
});

describe("build --format html", () => {
  it("writes drafts/<year>/<symbol>.html, byte-identical in any time zone and locale", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peace negotiations\n\nUNICEF supported girls' participation.\n",
      ),
    });
    const first = await runBin(["build", "--format", "html"], {
      cwd: edition.root,
      env: { TZ: "Pacific/Kiritimati", LANG: "ar_EG.UTF-8" },
    });
    expect(first.code, first.stderr).toBe(0);
    const file = path.join(edition.root, "drafts/2004/S-2004-814.html");
    const bytes = readFileSync(file);
    expect(first.stderr).toContain("Wrote drafts/2004/S-2004-814.html");
    const second = await runBin(
      ["build", "--format", "html", "--out", "again.html"],
      {
        cwd: edition.root,
        env: { TZ: "America/Adak", LANG: "C" },
      },
    );
    expect(second.code, second.stderr).toBe(0);
    expect(
      readFileSync(path.join(edition.root, "again.html")).equals(bytes),
    ).toBe(true);
    expect(bytes.toString("utf8")).toContain(
      "UNICEF supported girls’ participation.",
    );
  });

  it("takes the format from --out's .html extension", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peace negotiations\n\nUNICEF supported girls' participation.\n",
      ),
    });
    const result = await runBin(["build", "--out", "preview.html"], {
      cwd: edition.root,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(
      readFileSync(path.join(edition.root, "preview.html"), "utf8"),
    ).toMatch(/^<!DOCTYPE html>\n/);
  });
});

// The HTML draft in a real browser: the system Chromium, driven by
// playwright-core. Skipped, with a message, where Chromium is not installed
// (`.ci/run` installs it from Debian).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildReport } from "../../../src/build-report.js";
import { renderHtml } from "../../../src/render/html/index.js";
import { findChromium } from "../../helpers/browser.js";
import { repoRoot } from "../../helpers/cli.js";
import {
  contribution,
  makeEdition,
  reportYaml,
} from "../../helpers/edition.js";

const chromiumPath = findChromium();

describe.skipIf(chromiumPath === undefined)(
  `the HTML draft in Chromium${chromiumPath === undefined ? " (skipped: chromium not installed; apt-get install chromium, or set CHROMIUM_PATH)" : ""}`,
  { timeout: 120_000 },
  () => {
    let browser: Browser;
    let folder: string;
    /** Everything the page said on its console or threw, and every request not for the file itself. */
    const trouble: string[] = [];

    beforeAll(async () => {
      const { chromium } = await import("playwright-core");
      browser = await chromium.launch({
        executablePath: chromiumPath as string,
        // Root in a container has no user namespace for the sandbox.
        args: ["--no-sandbox"],
      });
      folder = mkdtempSync(path.join(tmpdir(), "wps-html-"));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (folder !== undefined)
        rmSync(folder, { recursive: true, force: true });
    });

    async function open(html: string, name: string): Promise<Page> {
      const file = path.join(folder, name);
      writeFileSync(file, html);
      const page = await browser.newPage({
        viewport: { width: 1000, height: 1300 },
      });
      const url = pathToFileURL(file).href;
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          trouble.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) =>
        trouble.push(`page error: ${error.message}`),
      );
      page.on("dialog", (dialog) => {
        trouble.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("request", (request) => {
        if (request.url() !== url && !request.url().startsWith("data:"))
          trouble.push(`request: ${request.url()}`);
      });
      await page.goto(url);
      return page;
    }

    let sampleHtml: string | undefined;
    async function sample(): Promise<Page> {
      if (sampleHtml === undefined) {
        const result = await buildReport(repoRoot, "contributions/2004", {
          cache: false,
        });
        sampleHtml = renderHtml(result.report);
      }
      return open(sampleHtml, "sample.html");
    }

    it("loads the sample draft with no console errors and no requests", async () => {
      trouble.length = 0;
      const page = await sample();
      expect(await page.title()).toContain("S/2004/814");
      expect(trouble).toEqual([]);
      await page.close();
    });

    it("shows the paragraph numbers 1..N in reading order", async () => {
      const page = await sample();
      const numbers = await page
        .locator(".page .block[data-number] > .num")
        .allInnerTexts();
      expect(numbers.length).toBeGreaterThan(50);
      expect(numbers).toEqual(numbers.map((_, i) => `${i + 1}.`));
      await page.close();
    });

    it("jumps from a footnote mark to its note and back", async () => {
      const page = await sample();
      const mark = page.locator("sup.fnref a").first();
      const number = await mark.innerText();
      await mark.click();
      expect(await page.evaluate<string>("location.hash")).toBe(
        `#fn-${number}`,
      );
      const note = page.locator(`#fn-${number}`);
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await inViewport(page, `#fn-${number}`)).toBe(true);
      await note.locator("a.backref").click();
      expect(await page.evaluate<string>("location.hash")).toBe(
        `#fnref-${number}`,
      );
      expect(await inViewport(page, `#fnref-${number}`)).toBe(true);
      expect(await inViewport(page, `#fn-${number}`)).toBe(false);
      await page.close();
    });

    it("shows a paragraph's entity, file and line on hover, and every one with the toggle", async () => {
      const page = await sample();
      const paragraph = page.locator(".block[data-entity][data-number]").nth(3);
      const entity = await paragraph.getAttribute("data-entity");
      const source = paragraph.locator(":scope > .source");
      expect(await source.isVisible()).toBe(false);
      await paragraph.hover();
      expect(await source.isVisible()).toBe(true);
      expect(await source.innerText()).toMatch(
        new RegExp(`^${entity} · contributions/2004/[a-z-]+\\.md, line \\d+$`),
      );
      await page.mouse.move(0, 0);
      expect(await source.isVisible()).toBe(false);

      await page.locator("label.toolbar").click();
      const sources = page.locator(".page .block > .source");
      // Counted in the page: the tests are compiled without the DOM's types.
      const shown = await page.evaluate<number>(
        `[...document.querySelectorAll(".page .block > .source")].filter((el) => el.offsetParent !== null).length`,
      );
      expect(shown).toBe(await sources.count());
      await page.close();
    });

    it("draws page one: the screenshot is not blank", async () => {
      const page = await sample();
      const box = await page.locator("main.page").boundingBox();
      if (box === null) throw new Error("main.page is not laid out");
      const shot = await page.screenshot({
        clip: { x: box.x, y: box.y, width: box.width, height: 1100 },
      });
      const counts = await countPixels(browser, shot);
      await page.close();
      // Text and rules, not an empty white sheet (nor an unstyled one).
      expect(counts.dark / counts.total).toBeGreaterThan(0.01);
      expect(counts.nonWhite / counts.total).toBeGreaterThan(0.03);
    });

    it("runs nothing from hostile contribution text", async () => {
      const edition = makeEdition({
        "report.yaml": reportYaml(),
        "unicef.md": contribution(
          "UNICEF",
          [
            "## Peace negotiations",
            "",
            '\\<script>alert("p")\\</script> \\<img src=x onerror=alert(1)> `<script>alert(2)</script>` [click](javascript:alert(3))',
            "",
          ].join("\n"),
        ),
      });
      const result = await buildReport(edition.root, edition.dir, {
        cache: false,
      });
      trouble.length = 0;
      const page = await open(renderHtml(result.report), "hostile.html");
      expect(await page.locator("script, iframe, .page img").count()).toBe(0);
      const unicef = page.locator('.block[data-entity="UNICEF"]');
      expect(await unicef.locator("p").innerText()).toContain(
        "<script>alert(“p”)</script> <img src=x onerror=alert(1)>",
      );
      await unicef.locator(".link-text").click();
      expect(trouble).toEqual([]);
      await page.close();
    });
  },
);

// Code that runs in the page is passed as text: the tests are compiled without the DOM's types.

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate<boolean>(
    `(() => { const rect = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return rect.top >= 0 && rect.bottom <= window.innerHeight; })()`,
  );
}

/** Count the screenshot's pixels in a blank page's canvas (no image decoder needed in Node). */
async function countPixels(
  browser: Browser,
  png: Buffer,
): Promise<{ total: number; nonWhite: number; dark: number }> {
  const blank = await browser.newPage();
  const counts = await blank.evaluate<{
    total: number;
    nonWhite: number;
    dark: number;
  }>(`(async () => {
    const image = new Image();
    image.src = "data:image/png;base64,${png.toString("base64")}";
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let nonWhite = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const light = Math.min(data[i], data[i + 1], data[i + 2]);
      if (light < 250) nonWhite += 1;
      if (light < 100) dark += 1;
    }
    return { total: data.length / 4, nonWhite, dark };
  })()`);
  await blank.close();
  return counts;
}

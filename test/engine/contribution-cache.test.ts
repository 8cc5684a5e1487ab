import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { ContributionCache } from "../../src/engine/contribution-cache.js";
import { createEngine } from "../../src/engine/index.js";
import { LEGACY_CACHE_FOLDER } from "../../src/engine/cache-folder.js";
import { loadEdition } from "../../src/load/load-edition.js";
import type { Edition } from "../../src/model.js";
import { sourceBlobIds } from "../../src/render/docx/anchors.js";
import { renderText } from "../../src/render/text.js";
import { buildReport } from "../../src/build-report.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const files = {
  "report.yaml": reportYaml(),
  "unicef.md": contribution(
    "UNICEF",
    "## Peacekeeping operations\n\nUNICEF trained 40 child protection advisers.[^1]\n\n[^1]: See S/2004/431, para. 12.\n",
  ),
  "dpko.md": contribution(
    "DPKO",
    "## Peacekeeping operations\n\nThe Department deployed gender advisers to 10 missions.\n",
  ),
};

/** Load with a fresh cache object over the edition's pack file, as a new process would. */
async function load(
  root: string,
  dir: string,
  options: { version?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ edition: Edition; cache: ContributionCache }> {
  const cache = ContributionCache.forEdition(root, dir, options);
  if (cache === undefined) throw new Error("no cache folder");
  const engine = createEngine({ root, dir, cache });
  const edition = await loadEdition(root, dir, { engine });
  // The pack is written in the background; a process ends only once it is.
  await engine.settle?.();
  return { edition, cache };
}

/** What the rest of the pipeline sees of the contributions (maps as entries, so equality is deep). */
function contents(edition: Edition): string {
  return JSON.stringify(edition.contributions, (_key, value: unknown) =>
    value instanceof Map ? [...(value as Map<unknown, unknown>)] : value,
  );
}

describe("the contribution cache", () => {
  it("parses every file the first time, then takes unchanged files from the cache with the same result", async () => {
    const { root, dir } = makeEdition(files);
    const first = await load(root, dir);
    expect(first.cache.stats).toEqual({ hits: 0, misses: 2 });
    expect(existsSync(first.cache.file)).toBe(true);

    const second = await load(root, dir);
    expect(second.cache.stats).toEqual({ hits: 2, misses: 0 });
    expect(contents(second.edition)).toBe(contents(first.edition));
  });

  it("keeps what the text rules found, so a warm run reports the same without checking again", async () => {
    const { root, dir } = makeEdition({
      ...files,
      "dpko.md": contribution(
        "DPKO",
        "## Peacekeeping operations\n\nThe program trained 45% of the personnel on 3/4/2004.\n",
      ),
    });
    const cold = await buildReport(root, dir);
    const found = (result: typeof cold) =>
      result.diagnostics
        .filter((d) => d.file.endsWith("dpko.md"))
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
    expect(found(cold)).toEqual([
      "contributions/2004/dpko.md:8:5 style/spelling",
      "contributions/2004/dpko.md:8:21 style/per-cent",
      "contributions/2004/dpko.md:8:45 style/dates",
    ]);

    const { edition, cache } = await load(root, dir);
    expect(cache.stats.hits).toBe(2);
    const dpko = edition.contributions.find((c) => c.entity === "DPKO");
    // In rule order, as the rules found them (validate sorts them by position).
    expect(dpko?.textProblems?.map((d) => d.ruleId)).toEqual([
      "style/per-cent",
      "style/dates",
      "style/spelling",
    ]);
    expect(found(await buildReport(root, dir))).toEqual(found(cold));
  });

  it("keeps each file's git blob id, which the draft records for review: git's own", async () => {
    const { root, dir, editionPath } = makeEdition(files);
    await load(root, dir);
    const { edition, cache } = await load(root, dir);
    expect(cache.stats.hits).toBe(2);
    for (const name of ["unicef.md", "dpko.md"]) {
      const hashed = spawnSync("git", ["hash-object", name], {
        cwd: editionPath,
        encoding: "utf8",
      });
      expect(hashed.status).toBe(0);
      const cached = edition.contributions.find((c) => c.file.endsWith(name));
      expect(cached?.blobId).toBe(hashed.stdout.trim());
      expect(sourceBlobIds(edition).get(cached?.file ?? "")).toBe(
        hashed.stdout.trim(),
      );
    }
  });

  it("parses a changed file again and keeps the unchanged one", async () => {
    const { root, dir, editionPath } = makeEdition(files);
    await load(root, dir);
    writeFileSync(
      path.join(editionPath, "dpko.md"),
      contribution(
        "DPKO",
        "## Peacekeeping operations\n\nThe Department deployed gender advisers to 11 missions.\n",
      ),
    );
    const { edition, cache } = await load(root, dir);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    const result = await buildReport(root, dir, { cache: false });
    expect(renderText(result.report)).toContain("to 11 missions");
    expect(contents(edition)).toBe(contents(result.edition));
  });

  it("ignores a cache file that is not one, and rewrites it", async () => {
    const { root, dir } = makeEdition(files);
    const { cache, edition: fresh } = await load(root, dir);
    writeFileSync(cache.file, "not a cache at all");
    const { edition, cache: again } = await load(root, dir);
    expect(again.stats).toEqual({ hits: 0, misses: 2 });
    expect(contents(edition)).toBe(contents(fresh));
    expect((await load(root, dir)).cache.stats).toEqual({
      hits: 2,
      misses: 0,
    });
  });

  it("ignores an entry whose bytes were damaged and keeps the others", async () => {
    const { root, dir } = makeEdition(files);
    const { cache, edition: fresh } = await load(root, dir);
    const bytes = readFileSync(cache.file);
    // The last byte belongs to the last entry's data: its checksum no longer matches.
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(cache.file, bytes);
    const { edition, cache: again } = await load(root, dir);
    expect(again.stats).toEqual({ hits: 1, misses: 1 });
    expect(contents(edition)).toBe(contents(fresh));
  });

  it("does not trust a cache written by another version of wps-report", async () => {
    const { root, dir } = makeEdition(files);
    await load(root, dir);
    const other = await load(root, dir, { version: "99.0.0" });
    expect(other.cache.stats).toEqual({ hits: 0, misses: 2 });
  });

  it("keeps a file's problems: an unreadable file is reported again from the cache", async () => {
    const { root, dir } = makeEdition({
      ...files,
      "ilo.md": new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
    });
    const first = await load(root, dir);
    const second = await load(root, dir);
    expect(second.cache.stats.hits).toBe(3);
    expect(second.edition.unreadable).toEqual(first.edition.unreadable);
    expect(second.edition.unreadable.map((p) => p.reason)).toEqual([
      "encoding",
    ]);
  });

  it("reads report.yaml again when it changes, and still reports a broken one", async () => {
    const { root, dir, editionPath } = makeEdition(files);
    expect((await load(root, dir)).edition.config.title).toBe(
      "Women and peace and security",
    );
    const yamlFile = path.join(editionPath, "report.yaml");
    writeFileSync(
      yamlFile,
      readFileSync(yamlFile, "utf8").replace(
        "title: Women and peace and security",
        "title: Women, peace and security",
      ),
    );
    expect((await load(root, dir)).edition.config.title).toBe(
      "Women, peace and security",
    );
    writeFileSync(yamlFile, "year: [unclosed\n");
    await expect(load(root, dir)).rejects.toThrow(/report\.yaml|YAML/);
  });

  it("by default lives in the user's cache folder, keyed by the project, and writes nothing into the project", async () => {
    const { root, dir } = makeEdition(files);
    const before = readdirSync(root).sort();
    await buildReport(root, dir);
    expect(readdirSync(root).sort()).toEqual(before);
    expect(existsSync(path.join(root, LEGACY_CACHE_FOLDER))).toBe(false);
    const cache = ContributionCache.forEdition(root, dir);
    expect(cache?.file.startsWith(`${process.env.WPS_REPORT_CACHE_DIR}/`)).toBe(
      true,
    );
    expect(existsSync(cache?.file ?? "")).toBe(true);
    // The secret that signs entries is the user's alone.
    const secret = statSync(
      path.join(process.env.WPS_REPORT_CACHE_DIR ?? "", "secret"),
    );
    expect(secret.mode & 0o777).toBe(0o600);
    expect(secret.size).toBe(32);
  });

  it("ignores an entry signed with another machine's secret, even one that is well formed", async () => {
    const { root, dir } = makeEdition(files);
    const { cache, edition: fresh } = await load(root, dir);
    const other = mkdtempSync(path.join(tmpdir(), "wps-other-machine-"));
    onTestFinished(() => rmSync(other, { recursive: true, force: true }));
    // The same edition, cached on another machine, then copied over ours.
    const theirs = await load(root, dir, {
      env: { WPS_REPORT_CACHE_DIR: other },
    });
    expect(theirs.cache.file).not.toBe(cache.file);
    copyFileSync(theirs.cache.file, cache.file);
    const again = await load(root, dir);
    expect(again.cache.stats).toEqual({ hits: 0, misses: 2 });
    expect(contents(again.edition)).toBe(contents(fresh));
  });

  it("never reads a pack through a symbolic link (a link to /dev/zero would never end)", async () => {
    const { root, dir } = makeEdition(files);
    const { cache } = await load(root, dir);
    rmSync(cache.file);
    symlinkSync("/dev/zero", cache.file);
    const again = await load(root, dir);
    expect(again.cache.stats).toEqual({ hits: 0, misses: 2 });
    // The save replaced the link with a pack of its own; /dev/zero is untouched.
    expect(lstatSync(cache.file).isFile()).toBe(true);
  });

  it("goes without a cache when the secret can be read by others", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "wps-cache-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(path.join(folder, "secret"), Buffer.alloc(32, 7), {
      mode: 0o644,
    });
    chmodSync(path.join(folder, "secret"), 0o644);
    const { root, dir } = makeEdition(files);
    const env = { WPS_REPORT_CACHE_DIR: folder };
    const first = await load(root, dir, { env });
    expect(first.cache.stats.misses).toBe(2);
    expect(existsSync(first.cache.file)).toBe(false);
  });
});

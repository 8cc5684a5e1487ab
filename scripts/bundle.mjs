// Bundle the CLI for start-up speed (run by `npm run build` after tsc).
// Node spends most of a sample-size build finding, reading and compiling
// ~300 separate modules (ours, unified/remark, yaml, docx); one ESM file
// per entry does that work once. Entries: the CLI (bin/wps-report.js
// imports it) and the parse worker, which src/engine/ starts from
// the file beside it. Code split at the CLI's lazy `import()`s stays in
// chunks loaded on demand, so `--help` still never compiles docx or remark.
// Every output sits in dist/bundle/, two folders below the package, as the
// tsc output in dist/<folder>/ does, so `new URL("../../templates/",
// import.meta.url)` and friends resolve the same. The tsc output stays
// too: the package's library entry, the tests and scripts use it.
//
// The commands run a second form of the same CLI: one CommonJS file,
// wps-report.cjs, that bin/wps-report.js compiles with V8's code cache
// (wps-report.cjs.cache, written here by running the bundle on the sample
// edition). Node 20 caches no compiled code for ES modules
// (module.enableCompileCache came in 22.1), and compiling is a fifth of a
// sample-size build. `--help`, `--version` and the commands that build no
// report keep the split ESM bundle: reading the whole cache costs them more
// than compiling their small part (see bin/wps-report.js).
//
// The cache fingerprint: the bundled code carries a hash of the whole
// bundle (written in after bundling), so any change to the code, or to the
// parser packages bundled into it, invalidates cached parses.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "bundle");
/** What the bundled code reads as WPS_REPORT_BUNDLE_HASH until the real hash replaces it (same length). */
const PLACEHOLDER = "wps-report-bundle-hash:".padEnd(64, "_");

/**
 * Whitespace and comments out, expressions shortened; names kept. Half the
 * text for Node to read and V8 to hash and scan (3.0 -> 2.1 MB for the
 * CommonJS file), and no comment carries a non-ASCII character: the
 * launcher reads that file as Latin-1, a copy, where UTF-8 is a decode
 * (9 -> 3 ms for a build).
 */
const MINIFIED = { minifyWhitespace: true, minifySyntax: true };

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    "wps-report": "src/cli/main.ts",
    "parse-worker": "src/engine/parse-worker.ts",
    "deflate-worker": "src/engine/deflate-worker.ts",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  ...MINIFIED,
  platform: "node",
  target: "node20",
  // CommonJS packages (commander, yaml, ...) call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __wpsCreateRequire } from "node:module";\nconst require = __wpsCreateRequire(import.meta.url);',
  },
  define: { WPS_REPORT_BUNDLE_HASH: JSON.stringify(PLACEHOLDER) },
  logLevel: "warning",
});
await build({
  absWorkingDir: root,
  entryPoints: { "wps-report": "src/cli/main.ts" },
  outExtension: { ".js": ".cjs" },
  ...MINIFIED,
  outdir,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // Every module's import.meta.url is the bundle's own, as in the ESM bundle beside it.
  banner: {
    js: 'const __wpsImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
  },
  define: {
    WPS_REPORT_BUNDLE_HASH: JSON.stringify(PLACEHOLDER),
    "import.meta.url": "__wpsImportMetaUrl",
  },
  logLevel: "warning",
});
const commonJs = readFileSync(path.join(outdir, "wps-report.cjs"), "utf8");
// bin/wps-report.js compiles the file as a plain script, which has no loader for import().
if (/\bimport\(/.test(commonJs)) {
  console.error(
    "bundle: dist/bundle/wps-report.cjs calls import(); bundle the module instead",
  );
  process.exit(1);
}

// Latin-1 reads ASCII as UTF-8 does; any other character would be read wrong.
const nonAscii = /[\u0080-\uffff]/.exec(commonJs);
if (nonAscii !== null) {
  const line = commonJs.slice(0, nonAscii.index).split("\n").length;
  console.error(
    `bundle: dist/bundle/wps-report.cjs line ${line} has ${JSON.stringify(nonAscii[0])}: escape it (\\u${nonAscii[0].codePointAt(0).toString(16).padStart(4, "0")}) in the source, e.g. in a regular expression, which esbuild leaves as written`,
  );
  process.exit(1);
}

const files = readdirSync(outdir)
  .filter((name) => name.endsWith(".js") || name.endsWith(".cjs"))
  .sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(`${name}\0`);
  hash.update(readFileSync(path.join(outdir, name)));
}
const digest = hash.digest("hex");
let stamped = 0;
for (const name of files) {
  const file = path.join(outdir, name);
  const text = readFileSync(file, "utf8");
  if (!text.includes(PLACEHOLDER)) continue;
  writeFileSync(file, text.replaceAll(PLACEHOLDER, digest));
  stamped++;
}
if (stamped === 0) {
  console.error("bundle: no bundled file carries the cache fingerprint");
  process.exit(1);
}

writeCodeCache();

/**
 * Run the CommonJS bundle on the sample edition (build, then review of the
 * draft), each run loading the cache the one before wrote and
 * writing it again with the functions it compiled: what a command uses is
 * then read from the cache instead of compiled. Without the sample (an
 * installed package), no cache: the commands compile as they run.
 */
function writeCodeCache() {
  const edition = "contributions/2004";
  if (!existsSync(path.join(root, edition, "report.yaml"))) return;
  const scratch = mkdtempSync(path.join(tmpdir(), "wps-report-code-cache-"));
  const draft = path.join(scratch, "draft.docx");
  const env = {
    ...process.env,
    WPS_REPORT_CACHE_DIR: path.join(scratch, "cache"),
    WPS_REPORT_WRITE_CODE_CACHE: "1",
    NO_COLOR: "1",
  };
  try {
    for (const args of [
      ["build", "--edition", edition, "--out", draft],
      ["review", "--edition", edition, draft],
    ]) {
      const run = spawnSync(
        process.execPath,
        [path.join(root, "bin", "wps-report.js"), ...args],
        { cwd: root, env, encoding: "utf8" },
      );
      // A sample mid-edit may not build: the cache then holds less, and the build goes on.
      if (run.status !== 0) {
        console.error(
          `bundle: the code cache covers less: wps-report ${args[0]} on the sample exited with ${run.status}:\n${run.stderr}`,
        );
        return;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

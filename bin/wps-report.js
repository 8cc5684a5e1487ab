#!/usr/bin/env node
// The CLI, bundled into dist/bundle/ (built on `npm install` by the prepare
// script; see scripts/bundle.mjs): one file loads far faster than the ~300
// modules of dist/cli/main.js and its dependencies.
const bundle = new URL("../dist/bundle/wps-report.js", import.meta.url);
let cli;
try {
  cli = await import(bundle.href);
} catch (error) {
  // A fresh clone (or a git textconv run before installing): say what to do, not a stack trace.
  if (
    error?.code !== "ERR_MODULE_NOT_FOUND" ||
    !String(error.message).includes("dist/bundle")
  )
    throw error;
  process.stderr.write(
    "wps-report: not built yet: run `npm ci` first in the repository (it installs the dependencies and builds dist/), then run this command again.\n",
  );
  process.exit(2);
}
await cli.main();

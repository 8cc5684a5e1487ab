#!/usr/bin/env node
// The CLI, bundled into dist/bundle/ (built on `npm install` by the prepare
// script; see scripts/bundle.mjs): one file loads far faster than the ~300
// modules of dist/cli/main.js and its dependencies.
const { main } = await import("../dist/bundle/wps-report.js");
await main();

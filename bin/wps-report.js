#!/usr/bin/env node
// The compiled CLI lives in dist/ (built on `npm install` by the prepare script).
const { main } = await import("../dist/cli/main.js");
await main();

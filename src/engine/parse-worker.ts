// A worker thread that parses and checks contribution files (parseAndCheck).
// It answers each batch with the results serialized (node:v8), which the
// main thread both deserializes and stores in the cache as they are.
import { serialize } from "node:v8";
import { serveJobs } from "./serve-jobs.js";
import { parseAndCheck } from "./parse-and-check.js";
import type { ParseBatch, ParsedBatch } from "./protocol.js";

serveJobs<ParseBatch, ParsedBatch>((batch) =>
  batch.files.map(({ file, bytes }) => serialize(parseAndCheck(bytes, file))),
);

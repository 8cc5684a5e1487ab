// A worker thread that parses and checks contribution files (parseAndCheck). It answers each batch
// with the parses serialized (node:v8), which the main thread both
// deserializes and stores in the cache as they are.
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { parseAndCheck } from "./parse-and-check.js";
import type { ParseBatch, ParsedBatch } from "./protocol.js";

parentPort?.on("message", (batch: ParseBatch) => {
  const results = batch.files.map(({ file, bytes }) =>
    serialize(parseAndCheck(bytes, file)),
  );
  const answer: ParsedBatch = { id: batch.id, results };
  parentPort?.postMessage(answer);
});

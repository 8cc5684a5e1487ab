import { deflate } from "libdeflate";

/**
 * The compression of every XML part of a draft. libdeflate compiled to
 * WebAssembly: its bytes follow from the input and this level alone (no
 * threads, no CPU-dependent paths, unlike Node's zlib, whose hashing
 * depends on the processor), and it runs at compiled speed from the first
 * call, where a JavaScript deflate spends a small draft's whole deflate in
 * V8's interpreter (fflate took 40 ms of a 0.29 s sample build). Level 5
 * gives parts within 2% of level 6's size in two thirds of the time
 * (22 MB of XML at 1,000 contributions: 0.25 s against 0.39 s).
 */
export const DEFLATE_LEVEL = 5;

const HOOKED_EVENTS = ["uncaughtException", "unhandledRejection"];
type Listener = (...args: unknown[]) => void;
let loaded = false;

/** Raw DEFLATE (as a ZIP entry holds it) of `data` at DEFLATE_LEVEL. */
export function deflateXml(data: Uint8Array): Uint8Array {
  if (loaded) return deflate(data, DEFLATE_LEVEL);
  // libdeflate's Emscripten loader, run on the first call, adds process
  // listeners that rethrow every uncaught error: they would take over the
  // CLI's own handling of failures. They go as soon as it has loaded.
  const emitter: NodeJS.EventEmitter = process;
  const before = HOOKED_EVENTS.map(
    (event) => new Set(emitter.listeners(event)),
  );
  try {
    return deflate(data, DEFLATE_LEVEL);
  } finally {
    loaded = true;
    HOOKED_EVENTS.forEach((event, index) => {
      for (const listener of emitter.listeners(event))
        if (!before[index].has(listener))
          emitter.removeListener(event, listener as Listener);
    });
  }
}

import { describe, expect, it } from "vitest";
import { spareCores } from "../../src/engine/idle-cores.js";

const since = { idleMs: 50_000, ownMs: 100, at: 1_000 };
/** A one-second window in which the cores were idle for `idleMs` and this process used `ownMs`. */
const after = (idleMs: number, ownMs: number) => ({
  idleMs: since.idleMs + idleMs,
  ownMs: since.ownMs + ownMs,
  at: since.at + 1000,
});

describe("spare cores for parsing on worker threads", () => {
  it("counts the second of two cores when only wps-report's own threads used it", () => {
    // Main thread busy, file reads and garbage collection on the other core: still ours.
    expect(spareCores(after(400, 1600), since, 2, 2)).toBe(1);
  });

  it("counts none when another program kept the other core busy", () => {
    expect(spareCores(after(50, 1000), since, 2, 2)).toBe(0);
  });

  it("counts the idle ones of four cores", () => {
    // One core taken by another program.
    expect(spareCores(after(2000, 1000), since, 4, 4)).toBe(2);
  });

  it("never counts more cores than the process may use, however many the machine has", () => {
    // A container allowed 2 cores on a busy 64-core host.
    expect(spareCores(after(20_000, 1000), since, 64, 2)).toBe(1);
  });
});

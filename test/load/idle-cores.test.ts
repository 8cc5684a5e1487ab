import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { spareCores } from "../../src/load/parallel/idle-cores.js";

const allowed = availableParallelism() - 1;
const since = { idleMs: 50_000, at: 1_000 };
const after = (windowMs: number, idleMs: number) => ({
  idleMs: since.idleMs + idleMs,
  at: since.at + windowMs,
});

describe("spare cores for parsing on worker threads", () => {
  it("counts a core that stayed idle while wps-report started", () => {
    expect(spareCores(after(1000, 1000), since)).toBe(Math.min(1, allowed));
  });

  it("counts none when another program kept the other cores busy", () => {
    expect(spareCores(after(1000, 150), since)).toBe(0);
  });

  it("never counts more cores than the process may use, however many the machine has", () => {
    // A container on a 64-core host: the host's cores are idle, the quota is not.
    expect(spareCores(after(1000, 63_000), since)).toBe(allowed);
  });
});

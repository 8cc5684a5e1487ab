import { describe, expect, it } from "vitest";
import { startProgress } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    writes,
    stream: {
      isTTY,
      write: (t: string | Uint8Array) => writes.push(String(t)),
    },
  };
}

describe("the build progress line", () => {
  it("never writes when stderr is not a terminal", () => {
    const { writes, stream } = fakeStream(false);
    let time = 0;
    const progress = startProgress(stream, { now: () => time });
    time = 5000;
    progress.stage("writing the DOCX");
    progress.count("reading contributions", 1, 2);
    progress.done();
    expect(writes).toEqual([]);
  });

  it("never writes on a TERM=dumb terminal, which cannot erase a line", () => {
    const { writes, stream } = fakeStream(true);
    let time = 0;
    const progress = startProgress(stream, {
      now: () => time,
      env: { TERM: "dumb" },
    });
    time = 5000;
    progress.stage("writing the DOCX");
    progress.done();
    expect(writes).toEqual([]);
  });

  it("stays silent for a build shorter than the delay", () => {
    const { writes, stream } = fakeStream(true);
    let time = 0;
    const progress = startProgress(stream, { delayMs: 1000, now: () => time });
    progress.count("reading contributions", 10, 26);
    time = 900;
    progress.stage("writing the DOCX");
    progress.done();
    expect(writes).toEqual([]);
  });

  it("after the delay draws one line in place, throttles counts, and erases it at the end", () => {
    const { writes, stream } = fakeStream(true);
    let time = 0;
    const progress = startProgress(stream, {
      delayMs: 1000,
      intervalMs: 100,
      now: () => time,
    });
    time = 1200;
    progress.count("reading contributions", 340, 1000);
    time = 1250;
    progress.count("reading contributions", 350, 1000);
    time = 1260;
    progress.stage("checking and merging");
    progress.done();
    progress.done();
    expect(writes).toEqual([
      "\r\x1b[2Kwps-report: reading contributions 340/1,000…",
      "\r\x1b[2Kwps-report: checking and merging…",
      "\r\x1b[2K",
    ]);
  });
});

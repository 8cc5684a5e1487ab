import { describe, expect, it } from "vitest";
import { foldHistory, parseLog, type LogEntry } from "../../src/git/history.js";

const commit = (
  hash: string,
  date: string,
  changes: LogEntry["changes"],
  parentless = false,
): LogEntry => ({
  commit: { hash, date, author: `author of ${hash}` },
  parentless,
  changes,
});

describe("foldHistory (entries newest first)", () => {
  it("follows a rename back to the first add", () => {
    const files = foldHistory(
      [
        commit("c3", "2004-08-02", [
          { status: "R", from: "c/draft.md", path: "c/ngowg.md" },
        ]),
        commit("c2", "2004-07-15", [{ status: "M", path: "c/draft.md" }]),
        commit("c1", "2004-07-01", [{ status: "A", path: "c/draft.md" }], true),
      ],
      false,
    );
    expect(files.get("c/ngowg.md")).toEqual({
      lastChange: { hash: "c3", date: "2004-08-02", author: "author of c3" },
      lastChangeAtBoundary: false,
      added: { hash: "c1", date: "2004-07-01", author: "author of c1" },
      truncated: false,
    });
    expect(files.has("c/draft.md")).toBe(false);
  });

  it("takes the oldest add of a file deleted and added again, and forgets deleted files", () => {
    const files = foldHistory(
      [
        commit("c4", "2004-08-11", [
          { status: "A", path: "c/unicef.md" },
          { status: "D", path: "c/old.md" },
        ]),
        commit("c3", "2004-08-10", [{ status: "D", path: "c/unicef.md" }]),
        commit("c2", "2004-07-15", [
          { status: "A", path: "c/unicef.md" },
          { status: "A", path: "c/old.md" },
        ]),
      ],
      false,
    );
    expect(files.get("c/unicef.md")?.added?.date).toBe("2004-07-15");
    expect(files.get("c/unicef.md")?.lastChange.date).toBe("2004-08-11");
    expect(files.has("c/old.md")).toBe(false);
  });

  it("in a shallow clone, an add at the cut is no add at all", () => {
    const files = foldHistory(
      [
        commit("c2", "2004-08-05", [{ status: "A", path: "c/dpko.md" }]),
        commit(
          "c1",
          "2004-07-25",
          [{ status: "A", path: "c/unicef.md" }],
          true,
        ),
      ],
      true,
    );
    expect(files.get("c/dpko.md")?.added?.date).toBe("2004-08-05");
    expect(files.get("c/unicef.md")).toMatchObject({
      lastChangeAtBoundary: true,
      truncated: true,
    });
    expect(files.get("c/unicef.md")?.added).toBeUndefined();
  });
});

describe("parseLog", () => {
  it("reads git log -z --name-status records, renames included", () => {
    const out =
      "\x1eaaa\x1f2004-08-02\x1fHelena Marchetti\x1fbbb\0\nR100\0c/draft.md\0c/ngowg.md\0M\0c/osagi.md\0" +
      "\x1ebbb\x1f2004-07-01\x1fRachel Osei\x1f\0\nA\0c/draft.md\0";
    expect(parseLog(out)).toEqual([
      {
        commit: { hash: "aaa", date: "2004-08-02", author: "Helena Marchetti" },
        parentless: false,
        changes: [
          { status: "R", from: "c/draft.md", path: "c/ngowg.md" },
          { status: "M", path: "c/osagi.md" },
        ],
      },
      {
        commit: { hash: "bbb", date: "2004-07-01", author: "Rachel Osei" },
        parentless: true,
        changes: [{ status: "A", path: "c/draft.md" }],
      },
    ]);
  });
});

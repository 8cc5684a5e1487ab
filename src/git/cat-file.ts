import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { gitEnv } from "./run-git.js";

interface Pending {
  resolve(data: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch` process answering any number of object reads
 * in order (one process per revision, not one per file). The process is
 * started on the first read and ended by `close()`; while no read is
 * pending it does not keep Node running.
 */
export class CatFileBatch {
  #child: ChildProcessWithoutNullStreams | undefined;
  #buffer = Buffer.alloc(0);
  readonly #pending: Pending[] = [];
  #failure: Error | undefined;

  constructor(private readonly cwd: string) {}

  /** The content of a blob, by object id. */
  read(object: string): Promise<Uint8Array> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const child = this.#start();
    return new Promise((resolve, reject) => {
      this.#pending.push({ resolve, reject });
      this.#hold(true);
      child.stdin.write(`${object}\n`);
    });
  }

  close(): void {
    this.#child?.stdin.end();
    this.#child = undefined;
  }

  #start(): ChildProcessWithoutNullStreams {
    if (this.#child !== undefined) return this.#child;
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: this.cwd,
      env: gitEnv(),
    });
    child.stdout.on("data", (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    child.on("error", (error) => this.#fail(error));
    child.on("close", () =>
      this.#fail(new Error("git cat-file ended before answering")),
    );
    this.#child = child;
    return child;
  }

  /** Answer pending reads from the bytes received: `<oid> <type> <size>\n<content>\n` or `<oid> missing\n`. */
  #drain(): void {
    for (;;) {
      const pending = this.#pending[0];
      const newline = this.#buffer.indexOf(10);
      if (pending === undefined || newline < 0) break;
      const header = this.#buffer.subarray(0, newline).toString("utf8");
      const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
      if (size === undefined) {
        this.#buffer = this.#buffer.subarray(newline + 1);
        this.#pending.shift();
        pending.reject(new Error(`git cat-file: ${header}`));
        continue;
      }
      const end = newline + 1 + Number(size);
      if (this.#buffer.length < end + 1) break;
      const data = new Uint8Array(this.#buffer.subarray(newline + 1, end));
      this.#buffer = this.#buffer.subarray(end + 1);
      this.#pending.shift();
      pending.resolve(data);
    }
    if (this.#pending.length === 0) this.#hold(false);
  }

  /** Keep the event loop alive only while an answer is awaited. */
  #hold(on: boolean): void {
    const child = this.#child;
    if (child === undefined) return;
    // The pipes are sockets, which can be unref'd; their stream types do not say so.
    for (const handle of [child, child.stdout, child.stdin] as unknown as {
      ref(): void;
      unref(): void;
    }[]) {
      if (on) handle.ref();
      else handle.unref();
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const pending of this.#pending.splice(0)) pending.reject(error);
  }
}

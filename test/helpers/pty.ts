import { spawn, spawnSync, type ChildProcess } from "node:child_process";

/** util-linux `script` runs a command in a pseudo-terminal it creates itself, so this works where the test's own stdin is no terminal (CI). */
export const hasScript =
  process.platform === "linux" &&
  spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

const ANSI = new RegExp(
  // CSI sequences (colours, cursor moves, erases) and OSC sequences.
  String.raw`\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Z0-9]|\u001b[=>]`,
  "g",
);

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

export const keys = {
  enter: "\r",
  down: "\u001b[B",
  up: "\u001b[A",
  space: " ",
  backspace: "\u007f",
  ctrlC: "\u0003",
};

/**
 * A command running in a real pseudo-terminal, driven like a person at the
 * keyboard: wait until the screen shows something, then type.
 */
export class PtySession {
  private readonly child: ChildProcess;
  private output = "";
  private readonly exited: Promise<number | null>;

  constructor(
    argv: string[],
    options: { cwd: string; env?: NodeJS.ProcessEnv },
  ) {
    const command = argv.map(shellQuote).join(" ");
    this.child = spawn("script", ["-qfec", command, "/dev/null"], {
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        TERM: "xterm-256color",
        COLUMNS: "120",
        LINES: "40",
        ...options.env,
      },
    });
    const collect = (chunk: Buffer) => (this.output += chunk.toString("utf8"));
    this.child.stdout?.on("data", collect);
    this.child.stderr?.on("data", collect);
    this.exited = new Promise((resolve) =>
      this.child.on("exit", (code) => resolve(code)),
    );
  }

  /** Everything shown so far, without escape sequences. */
  screen(): string {
    return stripAnsi(this.output);
  }

  /** Resolve once the screen (from `since` on) matches; fail with what was shown after `timeoutMs`. */
  async waitFor(
    pattern: RegExp,
    since = 0,
    timeoutMs = 15_000,
  ): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      const match = pattern.exec(screen.slice(since));
      if (match !== null) return since + match.index + match[0].length;
      if (Date.now() > deadline)
        throw new Error(
          `Timed out waiting for ${String(pattern)}; the terminal showed:\n${screen}`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(text: string): void {
    this.child.stdin?.write(text);
  }

  /** The command's exit code (script -e passes it through). */
  async exitCode(timeoutMs = 15_000): Promise<number | null> {
    const timer = new Promise<"timeout">((r) =>
      setTimeout(() => r("timeout"), timeoutMs).unref(),
    );
    const result = await Promise.race([this.exited, timer]);
    if (result === "timeout") {
      this.child.kill();
      throw new Error(`Still running after ${timeoutMs} ms:\n${this.screen()}`);
    }
    return result;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

function shellQuote(arg: string): string {
  return /^[\w./=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

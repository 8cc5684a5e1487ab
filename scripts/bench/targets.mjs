// The targets of issues 7 and 18, checked against one benchmark run, and the table.

const fmt = (ms) => (ms === null ? "—" : `${(ms / 1000).toFixed(3)} s`);
const mib = (value) => (value === null ? "—" : `${value.toFixed(0)} MiB`);
const ratio = (value) => (value === null ? "—" : `${value.toFixed(2)}×`);

const ratioOrNull = (ours, theirs) =>
  ours === null || theirs === null ? null : ratio(ours / theirs);

/** One row per target: what was measured, the limit, and whether it holds. */
export function checkTargets(results) {
  const rows = [];
  const wall = (size, scenario) =>
    results.sizes[size]?.scenarios[scenario]?.wallMs ?? null;
  const cpu = (size, scenario) =>
    results.sizes[size]?.scenarios[scenario]?.cpuMs ?? null;
  const versus = (size, scenario, limit, label) => {
    const ours = wall(size, scenario);
    const theirs = wall(size, "pandoc");
    if (ours === null || theirs === null) return;
    const value = ours / theirs;
    // CPU time too: on a shared machine it moves less than wall time (but worker threads add to it).
    const ourCpu = cpu(size, scenario);
    const theirCpu = cpu(size, "pandoc");
    rows.push({
      target: label,
      value: ratio(value),
      cpu: ratioOrNull(ourCpu, theirCpu),
      limit: `≤ ${limit}×`,
      holds: value <= limit,
    });
  };
  versus("sample", "build", 1.0, "sample: build vs pandoc");
  versus("x100", "build", 0.4, "1,000 entities cold: build vs pandoc");
  versus("x100", "validate", 0.25, "1,000 entities cold: validate vs pandoc");
  versus("x100", "build-warm", 0.1, "1,000 entities warm: build vs pandoc");
  const diff = wall("sample", "diff");
  const build = wall("sample", "build");
  if (diff !== null && build !== null)
    rows.push({
      target: "sample: diff of two revisions vs one build",
      value: ratio(diff / build),
      cpu: ratioOrNull(cpu("sample", "diff"), cpu("sample", "build")),
      limit: "≤ 2×",
      holds: diff / build <= 2,
    });
  const rss = results.sizes.x100?.scenarios.build?.rssMiB ?? null;
  if (rss !== null)
    rows.push({
      target: "1,000 entities cold: build peak memory",
      value: mib(rss),
      limit: "≤ 600 MiB",
      holds: rss <= 600,
    });
  for (const scenario of ["validate", "build-txt", "build"]) {
    const small = wall("x10", scenario);
    const large = wall("x100", scenario);
    if (small === null || large === null) continue;
    const growth = large / small;
    rows.push({
      target: `growth x10 → x100 (×10 input): ${scenario}`,
      value: ratio(growth),
      limit: "≤ 10.5×",
      holds: growth <= 10.5,
    });
  }
  const linearity = results.linearity;
  if (linearity !== undefined)
    rows.push({
      target: `parse ${linearity.copies} copies vs ${linearity.base} (worst: ${linearity.input})`,
      value: ratio(linearity.ratio),
      limit: `≤ ${linearity.limit}×`,
      holds: linearity.ratio <= linearity.limit,
    });
  const bare = results.startup?.["node -e 0"]?.wallMs ?? null;
  for (const command of ["--help", "--version"]) {
    const ours = results.startup?.[command]?.wallMs ?? null;
    if (ours === null || bare === null) continue;
    const above = ours - bare;
    rows.push({
      target: `wps-report ${command} above node -e 0`,
      value: `${above.toFixed(0)} ms`,
      limit: "≤ 60 ms",
      holds: above <= 60,
    });
  }
  return rows;
}

function table(header, rows) {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => String(r[i]).length)),
  );
  const line = (cells) =>
    cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}

export function formatResults(results) {
  const out = [];
  out.push(
    `wps-report ${results.version} · node ${results.node} · ${results.cpus} cores · load average at start ${results.loadAverage.map((l) => l.toFixed(2)).join(" ")}`,
  );
  out.push(
    `pandoc: ${results.pandoc ?? "not installed"} · memory from ${results.memoryFrom}`,
    results.removedVariables.length === 0
      ? "environment as set"
      : `measured without ${results.removedVariables.join(", ")} (see --keep-env)`,
  );
  for (const [size, data] of Object.entries(results.sizes)) {
    out.push(
      "",
      `${size}: ${data.files} contributions, ${data.words.toLocaleString("en-US")} words, ${(data.bytes / 1e6).toFixed(1)} MB of Markdown`,
    );
    const theirs = data.scenarios.pandoc?.wallMs ?? null;
    const rows = Object.entries(data.scenarios).map(([name, s]) => [
      name,
      fmt(s.wallMs),
      fmt(Math.min(...s.samplesMs)),
      `${s.runs}`,
      fmt(s.cpuMs),
      mib(s.rssMiB),
      name === "pandoc" || theirs === null ? "" : ratio(s.wallMs / theirs),
    ]);
    out.push(
      table(
        [
          "command",
          "wall (median)",
          "best",
          "runs",
          "cpu (median)",
          "peak RSS",
          "÷ pandoc",
        ],
        rows,
      ),
    );
  }
  if (results.startup !== undefined) {
    out.push("", "start-up");
    out.push(
      table(
        ["command", "wall (median)", "runs", "peak RSS"],
        Object.entries(results.startup).map(([name, s]) => [
          name,
          fmt(s.wallMs),
          `${s.runs}`,
          mib(s.rssMiB),
        ]),
      ),
    );
  }
  out.push("", "targets");
  out.push(
    table(
      ["target", "measured", "cpu-time ratio", "limit", "holds"],
      results.targets.map((t) => [
        t.target,
        t.value,
        t.cpu ?? "",
        t.limit,
        t.holds ? "yes" : "NO",
      ]),
    ),
  );
  return out.join("\n");
}

/**
 * The GitHub Actions workflow `init` writes: on every pull request, install
 * (npm ci) and run `wps-report validate --format github`, which puts each
 * problem on its line in the pull request. `projectDir`: where package.json
 * is, relative to the repository root ("" at the root); `bin`: how to run
 * the project's own wps-report from there (see `projectBin`).
 */
export function workflowYaml(projectDir: string, bin: string): string {
  const inProject =
    projectDir === ""
      ? []
      : [`          cache-dependency-path: ${projectDir}/package-lock.json`];
  const defaults =
    projectDir === ""
      ? []
      : [
          "    defaults:",
          "      run:",
          `        working-directory: ${projectDir}`,
        ];
  return [
    "# Written by `wps-report init`: checks the contributions of every pull",
    "# request and annotates the lines that need fixing.",
    "name: wps-report",
    "",
    "on:",
    "  pull_request:",
    "",
    "permissions:",
    "  contents: read",
    "",
    "jobs:",
    "  validate:",
    "    runs-on: ubuntu-latest",
    ...defaults,
    "    steps:",
    "      - uses: actions/checkout@v4",
    "        with:",
    "          # The whole history: wps-report reads git log for dates and authors.",
    "          fetch-depth: 0",
    "      - uses: actions/setup-node@v4",
    "        with:",
    "          node-version: 20",
    "          cache: npm",
    ...inProject,
    "      - run: npm ci",
    `      - run: ${bin} validate --format github`,
    "",
  ].join("\n");
}

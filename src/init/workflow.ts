/**
 * The GitHub Actions workflow `init` writes. On every pull request:
 * `validate --format github` puts each problem on its line; then, whatever
 * it found, the change to the report against the pull request's base goes
 * into the job summary (`diff --format markdown`), and the DOCX and HTML
 * drafts with the HTML diff are uploaded as artifacts. The token is
 * read-only (SECURITY.md): `pull_request` runs a fork's code, so it must
 * not be able to write. The job keeps the name `validate`, which branch
 * protection rules may require. `projectDir`: where package.json is,
 * relative to the repository root ("" at the root); `bin`: how to run the
 * project's own wps-report from there (see `projectBin`; never npx, which
 * could run a broken copy from npm's cache).
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
    "# request and annotates the lines that need fixing, shows the change to",
    "# the report in the job summary, and uploads the drafts as artifacts.",
    "name: wps-report",
    "",
    "on:",
    "  pull_request:",
    "",
    "# Read-only: a pull request from a fork runs its own code here.",
    "permissions:",
    "  contents: read",
    "",
    "jobs:",
    "  validate:",
    "    runs-on: ubuntu-latest",
    ...defaults,
    "    env:",
    "      # The pull request's base; HEAD is the pull request merged into it.",
    "      BASE_SHA: ${{ github.event.pull_request.base.sha }}",
    "    steps:",
    "      - uses: actions/checkout@v4",
    "        with:",
    "          # The whole history: wps-report reads git log for dates and authors, and diff builds the base.",
    "          fetch-depth: 0",
    "          persist-credentials: false",
    "      - uses: actions/setup-node@v4",
    "        with:",
    "          node-version: 20",
    "          cache: npm",
    ...inProject,
    "      - run: npm ci",
    "      - name: Check the contributions",
    `        run: ${bin} validate --format github`,
    "      - name: Show the change to the report",
    "        if: ${{ !cancelled() }}",
    "        run: |",
    '          mkdir -p "$RUNNER_TEMP/wps-report"',
    "          code=0",
    `          ${bin} diff "$BASE_SHA" HEAD --format markdown > "$RUNNER_TEMP/wps-report/draft-diff.md" || code=$?`,
    '          cat "$RUNNER_TEMP/wps-report/draft-diff.md" >> "$GITHUB_STEP_SUMMARY"',
    `          ${bin} diff "$BASE_SHA" HEAD --format html > "$RUNNER_TEMP/wps-report/draft-diff.html" || true`,
    "          # 1: contributions with errors were left out (validate shows them); 2 and 70 fail.",
    '          [ "$code" -le 1 ]',
    "      - name: Build the drafts",
    "        if: ${{ !cancelled() }}",
    "        run: |",
    '          mkdir -p "$RUNNER_TEMP/wps-report"',
    `          ${bin} build --out "$RUNNER_TEMP/wps-report/draft.docx"`,
    `          ${bin} build --format html --out "$RUNNER_TEMP/wps-report/draft.html"`,
    "      - uses: actions/upload-artifact@v4",
    "        if: ${{ !cancelled() }}",
    "        with:",
    "          name: draft",
    "          path: ${{ runner.temp }}/wps-report/",
    "          if-no-files-found: ignore",
    "",
  ].join("\n");
}

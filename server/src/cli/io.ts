// What the CLI reads of its process, passed in so tests and embedders (runCli) can run it in memory.
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** stdout is a terminal: colours in stylish output. */
  isTTY: boolean;
  /** stderr is a terminal: progress indicator for long scans. */
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

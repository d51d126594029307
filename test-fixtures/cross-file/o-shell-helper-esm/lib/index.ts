// lib/index.ts: barrel re-export used by the tools folder.
export { run } from "./shell.js";

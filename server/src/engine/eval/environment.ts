// process.env and import.meta.env: secret and browser-exposed variables, and the whole
// environment where it is serialised.
import type { Evaluator } from "./evaluator";
import { type Node, short } from "./syntax";
import { isSecretEnvName, PUBLIC_ENV_RE } from "../keys";
import { Taint } from "../types";
import type { Val } from "../value";

/** `process.env` / `import.meta.env` as a whole, where it is serialised: a secret (it holds them all). */
export function wholeEnv(ev: Evaluator, v: Val, node: Node): Val {
  if (v.ref !== "global:process.env" && v.ref !== "global:import.meta.env") return v;
  return { ...v, t: v.t | Taint.Secret | Taint.ServerSecret, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: `the whole environment \`${short(ev.src(node))}\` read here`, prev: null } };
}

export function envRead(ev: Evaluator, name: string, node: Node, out: Val): Val {
  let t = 0;
  let desc = "";
  if (PUBLIC_ENV_RE.test(name) && /KEY|TOKEN|SECRET/i.test(name)) { t = Taint.PublicEnv | Taint.Secret; desc = `browser-exposed env var \`${name}\` read here`; }
  else if (isSecretEnvName(name)) { t = Taint.Secret | Taint.ServerSecret; desc = `secret env var \`${name}\` read here`; }
  if (!t) return { ...out, envName: name };
  return { ...out, t: out.t | t, envName: name, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: desc, prev: null } };
}

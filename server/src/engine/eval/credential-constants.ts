// Credentials written into the source as constants: `const ADMIN_PASSWORD = "hunter2-prod-db"`,
// `config.password`, `apiKeys.stripe`. A name that says credential (or a field of an object whose
// name says it holds credentials) bound to a constant that looks like one (no whitespace, not a
// placeholder such as "YOUR_KEY" or "changeme") is a secret; the env-var and key-shape rules
// cover the rest; an env var with such a constant as its fallback is one too. Prose under such a name ("Never reveal the password") is not a credential.
import type { Evaluator } from "./evaluator";
import { type Node, short } from "./syntax";
import { isPlaceholderKey, isSecretName } from "../keys";
import { Taint } from "../types";
import type { Val } from "../value";

function looksLikeCredential(s: string): boolean {
  return /^\S{8,200}$/.test(s) && !isPlaceholderKey(s);
}

/** The constant `v` read under `name` (of an object named `container`, if any), as a secret when it is a credential. */
export function credentialConstant(ev: Evaluator, v: Val, name: string, node: Node, container?: string): Val {
  // `process.env.FLAG || "CTF{...}"`: the fallback written in the source is a credential too.
  const written = v.str !== undefined ? [v.str] : v.strs ?? [];
  if (v.t & Taint.Secret || !written.some(looksLikeCredential)) return v;
  if (!isSecretName(name) && !(container && isSecretName(container))) return v;
  return { ...v, t: v.t | Taint.Secret | Taint.ServerSecret, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: `\`${short(ev.src(node))}\` holds a credential`, prev: v.trail } };
}

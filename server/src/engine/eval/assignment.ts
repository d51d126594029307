// Assignment: destructuring patterns, field-sensitive stores, CommonJS exports and member sinks.
import { storePath, writeStoreField } from "./stored-data";
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { storedOnSelf } from "./access-paths";
import { elementOf, evalExpr, readMember, refOf } from "./expressions";
import { exportedHandler } from "./handlers";
import { checkSink } from "./sinks";
import { keyName, memberRef, type Node, propName, unwrap } from "./syntax";
import { derived, isTainted, join, type Val } from "../value";

export function assignPattern(ev: Evaluator, target: Node, v: Val, frame: Frame, valueNode?: Node): void {
  switch (target.type) {
    case "Identifier": {
      const b = frame.scope.lookup(target.name);
      if (b) frame.env.vars.set(b, v);
      return;
    }
    case "ObjectPattern": {
      const used: string[] = [];
      for (const p of target.properties) {
        if (p.type === "RestElement") {
          // The rest cannot hold the keys taken out before it (a spread of it cannot set them).
          const rest = derived(v).t || derived(v).p ? derived(v) : v;
          assignPattern(ev, p.argument, isTainted(rest) && !rest.fields && used.length ? { ...rest, omits: [...used] } : rest, frame);
          continue;
        }
        const name = keyName(p);
        if (name) used.push(name);
        const fv = name !== null ? readMember(ev, v, name, p.key, frame, name) : derived(v);
        assignPattern(ev, p.value, fv, frame);
      }
      return;
    }
    case "ArrayPattern":
      target.elements.forEach((el, i) => {
        if (!el) return;
        if (el.type === "RestElement") assignPattern(ev, el.argument, v, frame);
        else assignPattern(ev, el, v.elems && v.elems[i] ? v.elems[i] : elementOf(ev, v), frame);
      });
      return;
    case "AssignmentPattern": {
      let def = isTainted(v) || v.fields || v.ref || v.fn || v.str !== undefined ? v : join(v, evalExpr(ev, target.right, frame));
      // A literal default is one of the strings the value may be (`shellPath = "/bin/bash"`), whatever is passed.
      const d = unwrap(target.right);
      if (def.str === undefined && d.type === "Literal" && typeof d.value === "string") def = { ...def, strs: [...new Set([...(def.strs ?? []), d.value])] };
      assignPattern(ev, target.left, def, frame);
      return;
    }
    case "RestElement":
      assignPattern(ev, target.argument, v, frame);
      return;
    case "MemberExpression":
      assignMember(ev, target, v, frame, valueNode);
      return;
    case "TSParameterProperty":
      assignPattern(ev, target.parameter, v, frame);
      return;
    default:
      return;
  }
}

export function assignMember(ev: Evaluator, target: TSESTree.MemberExpression, v: Val, frame: Frame, valueNode?: Node): void {
  const name = propName(target);
  const obj = unwrap(target.object);
  // module.exports = ..., exports.x = ..., module.exports.x = ...
  if (obj.type === "Identifier" && obj.name === "module" && name === "exports" && !frame.scope.lookup("module")) {
    ev.exports.names.set("default", v);
    ev.exports.cjsDefault = true;
    if (v.fields) for (const [k, fv] of v.fields) ev.exports.names.set(k, fv);
    // `module.exports = { handler }`: a Lambda handler exported the CommonJS way.
    const handler = v.fields?.get("handler");
    if (handler) exportedHandler(ev, "handler", handler, valueNode ?? target, frame);
    return;
  }
  if (name && ((obj.type === "Identifier" && obj.name === "exports" && !frame.scope.lookup("exports"))
    || (obj.type === "MemberExpression" && unwrap(obj.object).type === "Identifier" && (unwrap(obj.object) as TSESTree.Identifier).name === "module" && propName(obj) === "exports"))) {
    ev.exports.names.set(name, v);
    const def = ev.exports.names.get("default");
    if (def && def.fields) def.fields.set(name, v);
    if (name === "handler") exportedHandler(ev, name, v, valueNode ?? target, frame); // `exports.handler = async (event) => ...`
    return;
  }
  const base = evalExpr(ev, target.object, frame);
  const kept = storePath(base.ref);
  if (name && kept !== null) {
    // Kept for later requests: each field written is its own key.
    if (!/^\d+$/.test(name)) writeStoreField(ev, `${kept}.${name}`, v, valueNode ?? target, frame);
    else writeStoreField(ev, kept, v, valueNode ?? target, frame);
    return;
  }
  if (name) {
    const ref = refOf(ev, base, target.object);
    if (ref) {
      for (const row of ev.models.find(`${memberRef(ref, name)}=`, "sink")) checkSink(ev, v, row.sink, valueNode ?? target, frame, { api: `.${name}`, channel: name });
    }
    // Field-sensitive store on objects we track (object literals, `this`).
    if (frame.symbolic && frame.self && base.fields) storedOnSelf(frame.self, v);
    if (base.fields) base.fields.set(name, base.fields.has(name) && frame.depth > 0 && base !== frame.self ? join(base.fields.get(name)!, v) : v);
    else if (obj.type === "Identifier") {
      const b = frame.scope.lookup(obj.name);
      if (b && (b.kind === "const" || b.kind === "let" || b.kind === "var")) frame.env.vars.set(b, { ...base, fields: new Map([[name, v]]) });
    }
  }
}

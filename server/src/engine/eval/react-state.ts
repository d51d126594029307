// React state: what any call of a useState setter stores reaches every read of the state in
// the component, so a render or effect sees model output stored by a handler.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame, StateCell } from "./evaluator";
import { analyseConcrete, applyFunction, summaryOf } from "./functions";
import { exprRef } from "./peek";
import { walkStatements } from "./statements";
import type { FnNode, Node } from "./syntax";
import { CLEAN, flatten, isTainted, join, step, type Val } from "../value";

/**
 * `const [answer, setAnswer] = useState(init)`: the state holds whatever any call of the setter
 * stored, wherever in the component (an event handler, a stream loop), so a render or an
 * effect that reads it sees that too.
 */
export function declareStateCell(ev: Evaluator, id: Node, init: Node, frame: Frame): void {
  if (id.type !== "ArrayPattern" || init.type !== "CallExpression") return;
  const [state, setter] = id.elements;
  if (state?.type !== "Identifier" || setter?.type !== "Identifier") return;
  const ref = exprRef(ev, init.callee, frame) ?? "";
  if (!/^react:(default\.)?(useState|useReducer)$/.test(ref) && !(init.callee.type === "Identifier" && init.callee.name === "useState" && !frame.scope.lookup("useState"))) return;
  const stateB = frame.scope.lookup(state.name);
  const setterB = frame.scope.lookup(setter.name);
  if (!stateB || !setterB) return;
  let cell = ev.stateCells.get(setterB);
  if (!cell) ev.stateCells.set(setterB, (cell = { state: stateB, owner: frame.fn, value: CLEAN }));
  // What the setter stored so far (a second pass over the component sees it from the start).
  seedState(ev, cell, frame);
}

/** The state binding holds what its setter stored anywhere in the component. */
export function seedState(ev: Evaluator, cell: StateCell, frame: Frame): void {
  if (isTainted(flatten(cell.value))) frame.env.vars.set(cell.state, join(frame.env.get(cell.state) ?? CLEAN, cell.value));
}

/** `setAnswer(x)`: true when the callee is a state setter (the call is then handled). */
export function stateSetterCall(ev: Evaluator, callee: TSESTree.Identifier, args: Val[], argNodes: readonly Node[], frame: Frame): boolean {
  const b = frame.scope.lookup(callee.name);
  const cell = b && ev.stateCells.get(b);
  if (!cell) return false;
  setState(ev, cell, args[0] && step(args[0], ev.file, argNodes[0], `stored in React state \`${cell.state.name}\``), frame);
  return true;
}

/** A call of a state setter: the value, or what an updater (`prev => prev + delta`) returns, joins the state. */
export function setState(ev: Evaluator, cell: StateCell, arg: Val | undefined, frame: Frame): void {
  if (arg?.fn) arg = analyseConcrete(ev, arg.fn, [frame.env.get(cell.state) ?? CLEAN], "state updater", frame).ret;
  // A list or object holding model output (`[...m, { role: "assistant", content: text }]`) counts too.
  if (!arg || !isTainted(flatten(arg))) return;
  cell.value = join(cell.value, arg);
  frame.env.vars.set(cell.state, join(frame.env.get(cell.state) ?? CLEAN, arg));
  cell.changed = true;
}

/**
 * After a component's body: its functions that call a state setter run now (they see the
 * component's final state, as closures do), and if that put tainted data in the state, the
 * body is walked once more so renders and effects read it.
 */
export function settleState(ev: Evaluator, node: FnNode, frame: Frame): void {
  const cells = [...ev.stateCells.values()].filter((c) => c.owner === node);
  if (!cells.length) return;
  const inside = (n: Node) => n !== node && n.range[0] >= node.range[0] && n.range[1] <= node.range[1];
  for (const p of [...ev.pendingFunctions]) {
    if (inside(p.fn) && !ev.summaries.has(p.fn) && !ev.analysedConcretely.has(p.fn)) summaryOf(ev, { node: p.fn, closure: p.closure, self: p.self });
  }
  if (!cells.some((c) => c.changed)) return;
  for (const c of cells) c.changed = false;
  // Callbacks and effects inside the component are analysed again in the second walk.
  for (const n of [...ev.analysedConcretely]) if (inside(n)) ev.analysedConcretely.delete(n);
  for (const c of cells) seedState(ev, c, frame);
  frame.returns.length = 0;
  if (node.body?.type === "BlockStatement") walkStatements(ev, node.body.body, frame);
}

/**
 * `<Answer answer={answer} />`: a component of the project's own code (this file or an imported one)
 * is called with its props, so what a parent holds (state filled from a stream) reaches the child's
 * render (`dangerouslySetInnerHTML`), reported at the element as a helper's argument would be.
 */
export function renderComponent(ev: Evaluator, el: TSESTree.JSXOpeningElement, props: Map<string, Val>, frame: Frame): void {
  if (el.name.type !== "JSXIdentifier" || !/^[A-Z]/.test(el.name.name) || ![...props.values()].some(isTainted)) return;
  const b = frame.scope.lookup(el.name.name);
  const fn = b ? ev.readBinding(b, frame, null).fn : undefined;
  if (!fn || fn.node.params.length !== 1) return;
  applyFunction(ev, fn, [{ ...CLEAN, fields: props }], [el], el, frame);
}

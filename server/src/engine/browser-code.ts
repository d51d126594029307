// Which modules are browser code: shipped in the client bundle, where every visitor can read them.
// Decided from the module alone, by evidence a reviewer would accept: a "use client" directive, an
// LLM client created with `dangerouslyAllowBrowser`, a Vue or Svelte component, or browser-only APIs (`window`, `document`,
// `localStorage`, React state hooks, a browser extension's `chrome.*`, Vite's `import.meta.env`).
// Browser APIs count only in a module with no server evidence (a route or server path, a
// "use server" directive, Node built-ins or a server framework imported, a loader or action export
// that bundlers strip from the client). Pure: the parsed module and its path in, a reason out.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { forEachChild } from "./ast-children";
import { patternNames } from "./scope";
import { isComponentFile } from "./components";

type Node = TSESTree.Node;

/** Paths of server code in the common layouts: API routes, route handlers, server folders and files, functions. */
const SERVER_PATH_RE = /(^|\/)(pages|app)\/api\/|(^|\/)(server|servers|backend|functions|netlify|lambdas?|scripts|bin|cli|\.server)\/|(^|\/)(route|middleware|server|[^/]*\.server)\.[cm]?[jt]sx?$/i;

/** Packages only server code imports. */
const SERVER_IMPORT_RE = /^(node:|(fs|path|os|child_process|http|https|net|crypto|stream|worker_threads|url|util|zlib|readline|cluster|dns|tls|vm|process)(\/|$)|(express|fastify|koa|hono|@hono\/|next\/server|next\/headers|server-only|@vercel\/node|@netlify\/functions|aws-lambda|puppeteer|playwright|@playwright\/|dotenv|electron|@nestjs\/|ws$|firebase-admin|@supabase\/ssr))/;

/** Exports a framework runs on the server and strips from the client bundle (Remix, React Router, Next pages). */
const SERVER_EXPORTS = new Set(["loader", "action", "getServerSideProps", "getStaticProps", "generateMetadata", "GET", "POST", "PUT", "PATCH", "DELETE"]);

const BROWSER_GLOBALS: Record<string, string> = {
  window: "uses `window`", document: "uses `document`", localStorage: "uses `localStorage`", sessionStorage: "uses `sessionStorage`",
  navigator: "uses `navigator`", chrome: "uses the browser extension API `chrome`",
};
const BROWSER_HOOKS = new Set(["useState", "useEffect", "useReducer", "useRef", "useLayoutEffect"]);

function directive(ast: TSESTree.Program, name: string): boolean {
  return ast.body.some((s) => s.type === "ExpressionStatement" && s.directive === name);
}

/** Whether the module shows server evidence (a server path or directive, a server import or export). */
function serverEvidence(ast: TSESTree.Program, file: string): boolean {
  if (directive(ast, "use server") || SERVER_PATH_RE.test(file.replace(/\\/g, "/"))) return true;
  for (const s of ast.body) {
    if (s.type === "ImportDeclaration" && SERVER_IMPORT_RE.test(String(s.source.value))) return true;
    if (s.type === "ExportNamedDeclaration" && s.declaration) {
      const d = s.declaration;
      const names = d.type === "VariableDeclaration" ? d.declarations.map((x) => (x.id.type === "Identifier" ? x.id.name : "")) : "id" in d && d.id && d.id.type === "Identifier" ? [d.id.name] : [];
      if (names.some((n) => SERVER_EXPORTS.has(n))) return true;
    }
  }
  return false;
}

/** Names the module declares itself (a `document` row from the database is no DOM). */
function declaredNames(ast: TSESTree.Program): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node): void => {
    if (n.type === "VariableDeclarator") for (const id of patternNames(n.id)) out.add(id.name);
    else if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") {
      for (const p of n.params) for (const id of patternNames(p)) out.add(id.name);
      if (n.id) out.add(n.id.name);
    } else if (n.type === "ImportSpecifier" || n.type === "ImportDefaultSpecifier" || n.type === "ImportNamespaceSpecifier") out.add(n.local.name);
    else if (n.type === "CatchClause" && n.param) for (const id of patternNames(n.param)) out.add(id.name);
    forEachChild(n, visit);
  };
  visit(ast);
  return out;
}

/** The first browser-only API the module uses, by a plain read (`window.x`, `useState(...)`, `import.meta.env`). */
function browserApi(ast: TSESTree.Program): string | null {
  let found: string | null = null;
  let declared: Set<string> | null = null;
  const global = (name: string) => !(declared ??= declaredNames(ast)).has(name);
  const visit = (n: Node): void => {
    if (found) return;
    if (n.type === "MemberExpression" && !n.computed) {
      const o = n.object;
      if (o.type === "Identifier" && Object.hasOwn(BROWSER_GLOBALS, o.name) && global(o.name)) { found = BROWSER_GLOBALS[o.name]; return; }
      if (o.type === "MetaProperty" && n.property.type === "Identifier" && n.property.name === "env") { found = "reads `import.meta.env` (a Vite bundle)"; return; }
    }
    if (n.type === "CallExpression") {
      const c = n.callee;
      const name = c.type === "Identifier" ? c.name : c.type === "MemberExpression" && !c.computed && c.object.type === "Identifier" && c.object.name === "React" && c.property.type === "Identifier" ? c.property.name : null;
      if (name && BROWSER_HOOKS.has(name)) { found = `calls the React hook \`${name}\` (a component that runs on the client)`; return; }
    }
    forEachChild(n, visit);
  };
  visit(ast);
  return found;
}

/**
 * Why the module is browser code ("a \"use client\" module"), or null when nothing says so or it
 * is server code. `text` is its source (a literal `dangerouslyAllowBrowser: true` is evidence).
 */
export function browserEvidence(ast: TSESTree.Program, file: string, text: string): string | null {
  if (directive(ast, "use client")) return "a \"use client\" module";
  if (/dangerouslyAllowBrowser\s*:\s*true/.test(text)) return "a module that creates its LLM client with `dangerouslyAllowBrowser: true`";
  // A Vue or Svelte component's scripts are compiled into the client bundle (server rendering runs them too).
  if (isComponentFile(file)) return `a ${file.toLowerCase().endsWith(".vue") ? "Vue" : "Svelte"} component (its script ships in the client bundle)`;
  if (serverEvidence(ast, file)) return null;
  const api = browserApi(ast);
  return api ? `a module that ${api}` : null;
}

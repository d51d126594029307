// Models as data: what library calls do (sources, sinks, sanitisers, LLM calls, tools,
// handler registrations), keyed by a qualified reference pattern. One file per SDK in
// server/src/models/; users add rows of the same shape in .llmsaferc.json.
//
// A reference names a value by where it came from: "<module>:<access path>", e.g.
// `openai:OpenAI().chat.completions.create` (a call on an instance), `fs:readFile`,
// `global:eval`, or `?:client.chat.completions.create` when the base is unknown (a
// parameter): the call is then recognised by shape, with lower confidence.
// Patterns: `*` matches one identifier (or none), `**` any run, `{a,b}` alternatives.
import { z } from "zod";

export const TaintName = z.enum(["untrusted", "untrusted-low", "external", "model", "secret"]);
export const SinkName = z.enum([
  "instruction", "prompt", "prompt-template", "code", "shell", "sql", "html", "url", "path", "api-key", "response", "markdown",
]);
export const ParamRole = z.enum(["request", "context", "untrusted", "untrusted-low", "external", "model", "none"]);
/** A reference pattern: `{a,b}` alternatives close and do not nest (patternToRegex reads them one level deep). */
const CalleePattern = z.string().min(1).refine((p) => /^[^{}]*(\{[^{}]*\}[^{}]*)*$/.test(p), "braces must close and cannot nest: {a,b} lists alternatives one level deep");
const Callee = z.union([CalleePattern, z.array(CalleePattern).min(1)]);
/** An argument position and optional field path: "0", "0.messages", "last", "1.shell". */
const ArgPath = z.string().regex(/^(\d+|last)(\.[\w$]+)*$/, "an argument index or 'last', then .field names");

const FieldName = z.string().regex(/^[\w$]+$/, "a field name");

/** The row applies only when this argument is a reference matching the pattern (`CallToolRequestSchema` in arg 0). */
/** Where a store row finds its table's name (see the store rows). */
const StoreTable = z.string().regex(/^(receiver|call:[\w$]+)$/, "receiver or call:<method>");

const ArgRef = z.object({ at: ArgPath, ref: z.string().min(1) }).strict();

export const ModelRowSchema = z.discriminatedUnion("kind", [
  z.object({
    /** `label` names what the call returns in the taint path ("other members' messages"); the taint's name by default. */
    kind: z.literal("source"), callee: Callee, taint: TaintName, read: z.boolean().optional(), label: z.string().optional(),
    /** Only when this argument is a reference matching the pattern: `send(new RetrieveCommand(...))` returns retrieved documents. */
    argRef: ArgRef.optional(),
    /**
     * The result is the provider's raw response around the model's output (parsing it is not parsing
     * the model's JSON): always, or when this argument is a reference matching the pattern.
     */
    envelope: z.union([z.literal(true), ArgRef]).optional(),
    /**
     * The argument naming the file a read returns: a fixed path inside the project (a relative
     * constant, or constants under __dirname, import.meta's folder or process.cwd()) holds the
     * project's own content, not a third party's, so the read is no source.
     */
    projectFile: ArgPath.optional(),
    /**
     * The argument naming the URL a request fetches: a constant same-origin path (`/api/settings`,
     * the app's own server: what its routes send is carried by eval/own-routes.ts) or a constant
     * URL naming a configuration file (`https://cdn.example.com/assistant/config.json`) is the
     * app's own resource, not third-party text, so the response is no source. Any URL with a part
     * not known here, a search endpoint and a fixed third-party page stay external content.
     */
    ownResource: ArgPath.optional(),
  }).strict(),
  z.object({
    kind: z.literal("sink"), callee: Callee, arg: ArgPath, sink: SinkName, label: z.string().optional(),
    /**
     * Only a sink when this option is truthy ("1.shell"); when the program may be a shell and this
     * argument array gives it a command ("bash -c"); when the program may be an interpreter and this
     * array gives it code or a script file ("node -e", "python3 main.py"); or, for a script file
     * this argument names, for what the program wrote to it ("script-file").
     * "model-writes": a framework runs what its own model writes (SQL, a URL) on this argument (a database,
     * a graph): reported wherever the argument is given, with `label` naming what the model writes.
     */
    when: z.enum(["shell-option", "shell-argv", "interpreter-argv", "script-file", "model-writes", "html-response"]).optional(),
    /**
     * With "html-response": only a sink when the response is declared HTML, by a content-type among
     * the headers at this argument path ("1.headers") or stored on the response by `store` rows
     * (`res.type("html")`, `res.setHeader("Content-Type", ...)`), see eval/response-types.ts.
     */
    headers: ArgPath.optional(),
    /**
     * A `markdown` sink (a renderer that loads the images its text names): the options that make the
     * app, not the text, choose image URLs (eval/markdown-images.ts). `guards`: a URL transform or an
     * `img` override given at these paths (a list holding "*" allows every host); `allowed` /
     * `disallowed`: element lists, a list without "img" / one with it drops images.
     */
    images: z.object({
      guards: z.array(ArgPath).optional(), allowed: ArgPath.optional(), disallowed: ArgPath.optional(),
    }).strict().optional(),
    /**
     * A component that renders the current message part's text itself, read from its UI runtime with
     * no prop carrying it (assistant-ui's `<MarkdownTextPrimitive />`): what it renders is model output.
     */
    renders: z.literal("message-part").optional(),
  }).strict(),
  z.object({ kind: z.literal("sanitizer"), callee: Callee, sinks: z.union([z.literal("all"), z.array(SinkName)]) }).strict(),
  /**
   * `shape: "kept"`: the result is the argument in another format with the same parts (a converter
   * between message formats), so a list keeps its elements and their roles. `shape: "called"`: the
   * argument is a function the call runs with no arguments, and the result is what it returns
   * (React's `useMemo(() => value, deps)`).
   */
  z.object({ kind: z.literal("propagator"), callee: Callee, from: z.union([z.literal("args"), z.literal("receiver"), ArgPath]), shape: z.enum(["kept", "called"]).optional() }).strict(),
  z.object({ kind: z.literal("clean"), callee: Callee }).strict(),
  z.object({
    kind: z.literal("llm-call"), callee: Callee, provider: z.string(),
    channels: z.array(z.object({ at: ArgPath, as: z.enum(["instruction", "messages", "prompt", "input", "contents"]) }).strict()),
    confidence: z.enum(["high", "medium"]).optional(),
    /**
     * What the call returns: model output (default); a configured client, agent or tool definition
     * (`client`: the call configures later calls and makes none itself); or a handle on a model run
     * whose value is not the model's text (`run`: an Assistants run, a generated image's URL). A
     * `run` call is an LLM call in what llmsafe says it understood; a `client` call is not.
     */
    result: z.enum(["model", "client", "run"]).optional(),
    /**
     * Structured output: the argument holding a schema (zod), and the result field that holds
     * the parsed object. Fields the schema closes (z.enum, z.number, ...) are not free text.
     */
    structured: z.object({ schema: ArgPath, field: z.string().regex(/^[\w$]+$/) }).strict().optional(),
    /** The call always carries the developer's instructions (an agent's run): client-chosen roles compete with them. */
    instructed: z.literal(true).optional(),
  }).strict(),
  /**
   * A composed runnable (LangChain LCEL): what invoking the result does. "sequence": the steps in the
   * array at `steps` run in order, each on the previous one's output; "assign": the runnables in the
   * object at `steps` run on the input and their outputs are added to it; "map": the same without the
   * input; "lambda": the function at `steps`; "pipe": the receiver, then the runnable at `steps`;
   * "model-chain": a chain around a model (its prompt template at `steps`): its output is model output.
   */
  z.object({
    kind: z.literal("runnable"), callee: Callee,
    build: z.enum(["sequence", "assign", "map", "lambda", "pipe", "model-chain"]), steps: ArgPath,
  }).strict(),
  z.object({ kind: z.literal("message"), callee: Callee, role: z.enum(["system", "user", "assistant", "tool"]), content: ArgPath }).strict(),
  z.object({
    kind: z.literal("tool"), callee: Callee, handler: ArgPath, approval: ArgPath.optional(), argRef: ArgRef.optional(),
    /**
     * The handler serves several tools: this path of its arguments ("0.params.name") is the name of
     * the tool called. Each branch on it (switch case, `===` test, table entry read with it as key)
     * is one tool, named by the constant.
     */
    dispatch: ArgPath.optional(),
    /**
     * Where the tool's input schema is (the first of these paths that holds one): the SDK validates
     * the model's arguments against it before the handler runs, so the fields it closes (a zod enum,
     * number, boolean) reach the handler clean (eval/schema-narrowing.ts toolInputShape).
     */
    schema: z.array(ArgPath).min(1).optional(),
    /**
     * "receiver": the tools registered on one receiver (an MCP server object) are one agent's tool
     * set: whoever connects gets them all (the `tool-set` fact, lethal-trifecta-agent).
     */
    set: z.literal("receiver").optional(),
  }).strict(),
  /**
   * Where a tool set is handed to an agent (a model call's `tools`, `new Agent({ tools })`,
   * `createReactAgent({ tools })`, `model.bindTools(tools)`): the tools found at the first of `tools`
   * that holds any (an object of tools by name, or a list) are one agent's tool set.
   */
  z.object({ kind: z.literal("tool-set"), callee: Callee, tools: z.array(ArgPath).min(1) }).strict(),
  /**
   * What a call inside a tool's handler gives the agent (lethal-trifecta-agent): external content the
   * model reads, private data, or a way to send data out. `what` names it in messages. With
   * `taintedArg`, only when one of these arguments is tainted (chosen by the model, or by content it
   * read) and not made safe for `sink` (a URL with a fixed host is not a model-chosen destination).
   */
  z.object({
    kind: z.literal("capability"), callee: Callee, leg: z.enum(["external-content", "private-data", "outbound"]), what: z.string(),
    taintedArg: z.array(ArgPath).min(1).optional(), sink: SinkName.optional(),
  }).strict(),
  z.object({
    kind: z.literal("handler"), callee: Callee, handler: ArgPath, params: z.array(ParamRole),
    events: z.array(z.string()).optional(), argRef: ArgRef.optional(),
    /**
     * By parameter index: the parameter is the platform's context object, and only these fields
     * (dotted for nested ones: "context.matches") have the parameter's role; its other fields
     * (API clients, reply functions, the bot's own identity) are clean. A chat bot's `ctx`.
     */
    senderFields: z.record(z.string().regex(/^\d+$/), z.array(z.string().regex(/^[\w$]+(\.[\w$]+)*$/)).min(1)).optional(),
    /**
     * An RPC procedure (tRPC, oRPC): the handler's first argument holds what the client sent in
     * `field` (`({ input, ctx })`), checked by the schema given to the nearest `.<schemaCall>()` on
     * the chain the handler is registered on: fields that schema closes (z.enum, literals) are clean.
     */
    input: z.object({ field: z.string().regex(/^[\w$]+$/), schemaCall: z.string().regex(/^[\w$]+$/) }).strict().optional(),
    /** What the handler returns is what the route sends (h3's `defineEventHandler` in a Nuxt route file). */
    returns: z.literal("route-output").optional(),
  }).strict(),
  /** Writes `content` to the file at `path`: a program that later runs that file runs the content. */
  z.object({ kind: z.literal("file-write"), callee: Callee, path: ArgPath, content: ArgPath }).strict(),
  z.object({ kind: z.literal("client"), callee: Callee, apiKey: ArgPath.optional(), browserFlag: ArgPath.optional() }).strict(),
  /**
   * Where a call sends its requests (an LLM client's constructor, or an HTTP call): `url` lists the
   * options that choose the host (`0.baseURL`, `0.host`, the URL argument), `key` and `headers` those
   * that carry credentials, and `keyFromEnv` what the SDK reads its key from when no `key` option
   * is given (as messages name it). A request that carries the server's own credential to a host
   * the request chose hands the credential to that host (eval/model-endpoints.ts).
   */
  z.object({
    kind: z.literal("endpoint"), callee: Callee, url: z.array(ArgPath).min(1),
    key: z.array(ArgPath).optional(), headers: z.array(ArgPath).optional(), keyFromEnv: z.string().min(1).optional(),
  }).strict(),
  /**
   * The call stores argument `value` in its receiver under the constant name at `key`
   * (`headers.set("Authorization", v)`), or under the fixed `name` (`res.type("html")` sets
   * `content-type`); with neither, or when `key` holds an object, each of its fields under its own
   * name (`res.writeHead(200, { ... })`, `res.set({ ... })`). The call returns the receiver so updated
   * (`res.type("html").send(x)`).
   */
  z.object({ kind: z.literal("store"), callee: Callee, key: ArgPath.optional(), name: z.string().min(1).optional(), value: ArgPath }).strict(),
  /**
   * A type (class or interface) of the package: a parameter annotated with it (`model: TypeChatLanguageModel`)
   * stands for an instance, so calls on it match the rows under `callee()` whoever passes it in.
   */
  z.object({ kind: z.literal("instance-type"), callee: Callee }).strict(),
  /**
   * A type of the package whose values carry model-written text (`ChatCompletion`, `GenerateContentResult`):
   * a parameter or variable declared with it, or with a wrapper around it (`Promise<T>`, `() => Promise<T>`,
   * `AsyncIterable<T>`, `T[]`, a union), holds model output, with medium confidence (eval/declared-output.ts).
   * The callee is `<module>:<qualified name>` as the file's imports resolve the annotation
   * (`openai/resources:ChatCompletion`, `openai:Chat.ChatCompletion` for `OpenAI.Chat.ChatCompletion`
   * with `import OpenAI from "openai"`); a JSDoc type no import declares is `jsdoc:<qualified name>`,
   * its namespace naming the SDK (`jsdoc:GoogleGenerativeAI.GenerateContentResponse`). `metadata`:
   * fields the API fills in itself (token counts, ids), not model text.
   */
  z.object({ kind: z.literal("output-type"), callee: Callee, metadata: z.array(FieldName).optional() }).strict(),
  /**
   * A parameter the framework fills in, known by what the package gives it: a decorator on it
   * (`@Body() dto` with `Body` from @nestjs/common) or, `by: "type"`, its type annotation
   * (`req: VercelRequest`). Only when the decorator or type is imported from the package.
   * `role` is what the parameter holds; `label` names it in the taint path ("request body").
   */
  z.object({ kind: z.literal("parameter"), callee: Callee, by: z.enum(["decorator", "type"]), role: ParamRole, label: z.string().optional() }).strict(),
  /**
   * An MCP server started for an agent, whose tools the agent gets whole: `config` is the argument
   * holding its command line, or "receiver" (the call reads the tools of an object made by a call
   * whose first argument holds it). A server package listed in `mcpServerEffects` is a tool with
   * those effects, unless an option named in `narrowedBy` filters its tools (or, for "receiver",
   * the call is given which tools to take). See eval/mcp-servers.ts.
   */
  z.object({ kind: z.literal("mcp-server"), callee: Callee, config: z.union([ArgPath, z.literal("receiver")]), narrowedBy: z.array(z.string()).optional() }).strict(),
  /**
   * A call that starts an MCP server (or connects to one): `config` is the argument holding its
   * `command`, `args` (or one `fullCommand` line), `env` and `headers`; `servers: true` when it holds
   * a table of servers by name (`{ mcpServers: { name: { command, args } } }`). Checked for a
   * registry package with no pinned version and literal secrets (eval/mcp-launches.ts).
   */
  z.object({ kind: z.literal("mcp-launch"), callee: Callee, config: ArgPath, servers: z.boolean().optional() }).strict(),
  /**
   * A callback registered on an object (a LangGraph node: `graph.addNode("name", fn)`) that a later
   * call runs with that call's arguments (`graph.compile().invoke(input, config)`): `handler` is
   * where the registration takes the callback; `runBy` the method names that run it, on the
   * registering object or on anything its methods return (`compile()`); `params`, for each of the
   * callback's parameters, the argument of the running call it receives. What the running call
   * returns is its input with what the callbacks return merged in (eval/registered-callbacks.ts).
   */
  z.object({
    kind: z.literal("registered-callback"), callee: Callee, handler: ArgPath,
    runBy: z.array(z.string().regex(/^[\w$]+$/)).min(1), params: z.array(z.union([ArgPath, z.literal("none")])),
  }).strict(),
  /**
   * Stores kept across requests (eval/stored-data.ts). "store-root": the value is the root of a
   * store whose fields are kept (`req.session`, `getIronSession()`): callee `request:<field>` or
   * `context:<field>` names a field of a handler's request or context object. "store-write": the
   * call writes `value` (its fields, one column each) into a table; "store-read": the call returns
   * that table's rows. `table` says where the table's name is: "receiver" (the object the method is
   * called on: `prisma.document`, `Doc`) or "call:<method>" (the first argument of that call in the
   * chain: `db.insert(document).values()`, `supabase.from("docs").select()`).
   */
  z.object({ kind: z.literal("store-root"), callee: Callee, store: z.string().regex(/^[\w$]+$/) }).strict(),
  z.object({ kind: z.literal("store-write"), callee: Callee, table: StoreTable, value: ArgPath }).strict(),
  z.object({ kind: z.literal("store-read"), callee: Callee, table: StoreTable }).strict(),
  /**
   * What an app's own HTTP route sends back (eval/own-routes.ts): `value` ("receiver" for a model
   * result's own response method, `result.toDataStreamResponse()`) becomes the body a same-origin
   * `fetch` of that route reads, field by field for JSON.
   */
  z.object({ kind: z.literal("route-output"), callee: Callee, value: z.union([ArgPath, z.literal("receiver")]) }).strict(),
  z.object({ kind: z.literal("prompt-template"), callee: Callee, template: ArgPath, form: z.enum(["text", "messages", "system-text", "user-text"]) }).strict(),
  /**
   * An LLM call recognised by the shape of its request, whatever the package or host: an object at
   * one of `at` (an argument, or a field holding it as JSON text: "1.body") that carries a model
   * name (`model`) and either an instruction field with a prompt field, or a `messages` list of role
   * objects with a system message or a sampling parameter. The call is an LLM call of this
   * `confidence`, its result model output (`envelope`: the provider's raw response around it).
   * Looked up apart from the other rows (ModelIndex.findShapes): only for calls no `llm-call` row
   * matches, never for `new`, never for a callee `unless` names. See engine/eval/shape-calls.ts.
   */
  z.object({
    kind: z.literal("shape"), callee: Callee, unless: Callee.optional(), provider: z.string(),
    at: z.array(ArgPath).min(1),
    model: z.array(FieldName).min(1), instruction: z.array(FieldName), prompt: z.array(FieldName),
    messages: z.array(FieldName), sampling: z.array(FieldName),
    confidence: z.enum(["high", "medium"]), result: z.enum(["model", "envelope"]),
    /**
     * The callee alone says this is a generation call (an app's own model client, `llm.streamText`,
     * whose implementation sits behind an abstract class): no model name is needed, only a prompt
     * with instructions or a list of role messages.
     */
    calleeNamesModel: z.literal(true).optional(),
    /**
     * The response arrives as server-sent events at this callback (`1.onmessage`): its first
     * parameter is each event, whose `data` is a raw chunk of the provider's stream (an envelope).
     */
    events: ArgPath.optional(),
  }).strict(),
  z.object({
    kind: z.literal("effect"), callee: Callee, effect: z.string(),
    /** Counts only when this argument is tainted and not made safe for that sink (a write inside a sandbox is fine). */
    taintedArg: ArgPath.optional(), sink: SinkName.optional(),
    /** The effect is also a way to send data out of the agent (email, messages): lethal-trifecta-agent's outbound leg. */
    outbound: z.literal(true).optional(),
  }).strict(),
]);
export type ModelRow = z.infer<typeof ModelRowSchema>;
export type ModelKind = ModelRow["kind"];

/** A provider's REST endpoint: a raw `fetch` to it is an LLM call whose JSON body has this API's shape. */
export interface RestEndpoint {
  /** The body's shape: which of its fields are instructions and messages (engine/eval/provider-rest.ts). */
  shape: "openai" | "anthropic" | "gemini";
  /** A regular expression (source) the URL's known text must match. */
  url: string;
  /** One more the URL must match too (`/v1/messages` alone is not Anthropic's). */
  alsoUrl?: string;
  /** The endpoint's URLs as code writes them: tests check that the analyser and the prefilter both know them. */
  examples: string[];
}

export interface PageExportConvention { framework: string; file: string; exports: string[]; fields: string[] }

export interface RouteFileConvention { framework: string; file: string; separator?: string; prefix?: string; param: string; drop: string }

export interface Model {
  /** The SDK or framework this model describes (for docs and tests). */
  name: string;
  rows: ModelRow[];
  /**
   * What names this SDK in a file where no import or call shape does (REST paths and hosts,
   * safety-setting enums), as regular expression sources: tokens of the prefilter.
   */
  mentions?: string[];
  restEndpoints?: RestEndpoint[];
  /** Base classes, by the end of their name, whose subclasses are tools: `method` receives the model's input. */
  toolClasses?: { baseSuffix: string; method: string }[];
  /**
   * Classes implementing or extending an SDK interface, by the end of its name, whose methods the
   * SDK calls with arguments of these roles (a sandbox session's `run` gets the model's command).
   */
  handlerClasses?: { baseSuffix: string; methods: string[]; params: z.infer<typeof ParamRole>[] }[];
  /** Programs that run text: shells, the variables naming the user's shell, interpreters and their eval flags. */
  commandPrograms?: { shells: string[]; shellEnvVars: string[]; interpreters: Record<string, string[]>; interpreterRefs?: Record<string, string> };
  /**
   * What a fixed program run with an argument array and no shell can do, for the tools that run it:
   * by program, by program and subcommand (any other subcommand of these counts as the program's
   * `other`), and the programs that run whatever they are given (package runners, wrappers).
   */
  programEffects?: { programs: Record<string, string>; subcommands: Record<string, { effect: string; of: string[] }>; runAnything: string[] };
  /** Shell commands that only report state: whole programs, programs by subcommand, and those whose `--output` picks a format. */
  readOnlyCommands?: { programs: string[]; subcommands: Record<string, string[]>; outputIsAFormat?: string[] };
  /** MCP server packages whose tools change things, by package name: what they do (see the `mcp-server` row). */
  mcpServerEffects?: Record<string, string>;
  /** Of those, the servers whose tools act only inside the folders their command line gives after the package. */
  mcpRootedServers?: string[];
  /**
   * Route files by the framework's file conventions (eval/own-routes.ts): `file` is a regular
   * expression source over the file's absolute path with the groups `root` (the app's folder) and
   * `path` (the route's segments, split on `separator`, "/" by default); `prefix` goes before them.
   * Segments matching `param` are wildcards, those matching `drop` (route groups, index) are left out.
   */
  routeFiles?: RouteFileConvention[];
  /**
   * Files whose exports a framework calls for each request with data from the URL (Next.js app router
   * pages: `export default async function Page({ searchParams, params })`): `file` is a regular
   * expression source over the file's path, `exports` the export names, `fields` the fields of the
   * first argument that come from the URL (Promises in Next.js 15: awaiting one keeps its taint).
   */
  pageExports?: PageExportConvention[];
  /** Schema methods that accept nothing their receiver rejects and add no field: a call of one on a schema of `module` stands for the receiver. */
  schemaNarrowing?: { module: string; methods: string[] };
}

function patternToRegex(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") { out += ".*"; i++; }
    else if (c === "*") out += "[\\w$]*";
    else if (c === "{" && pattern.indexOf("}", i) > i) {
      const close = pattern.indexOf("}", i);
      const alts = pattern.slice(i + 1, close).split(",").map(patternToRegex);
      out += `(?:${alts.join("|")})`;
      i = close;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return out;
}

/** Whether a reference matches one pattern (the unindexed definition, for tests). */
export function patternMatches(pattern: string, ref: string): boolean {
  return patternRegex(pattern).test(ref);
}

/** A pattern compiled once, for a model's lists that are not rows. */
export function patternRegex(pattern: string): RegExp {
  return new RegExp(`^${patternToRegex(pattern)}$`);
}

/** The last segment of a reference ("create" in "openai:OpenAI().chat.completions.create"). */
function lastSegment(ref: string): string {
  const end = ref.endsWith("()") ? ref.length - 2 : ref.length;
  let i = end - 1;
  while (i >= 0 && ref[i] !== "." && ref[i] !== ":") i--;
  return ref.slice(i + 1, end);
}

interface CompiledRow {
  re: RegExp;
  row: ModelRow;
  /** Position in model order, so results keep it whichever bucket a row came from. */
  order: number;
}

/** All rows, indexed for fast lookup of a reference. */
export class ModelIndex {
  /** Patterns whose last segment is a plain name, by that name: only refs ending in it can match. */
  private readonly byLast = new Map<string, CompiledRow[]>();
  /** Patterns whose last segment has a wildcard or alternatives: tried for every reference. */
  private readonly anyLast: CompiledRow[] = [];
  private readonly cache = new Map<string, ModelRow[]>();
  /** Module roots ("global", "?") that have property-read sources: other reads need no lookup. */
  readonly readRoots = new Set<string>();
  /** The models' side tables, merged (see Model). */
  readonly readOnlyPrograms = new Set<string>();
  readonly readOnlySubcommands = new Map<string, Set<string>>();
  readonly outputIsAFormat = new Set<string>();
  readonly schemaNarrowingMethods = new Set<string>();
  private readonly schemaNarrowingCalls: RegExp[] = [];
  readonly restEndpoints: { shape: RestEndpoint["shape"]; url: RegExp; alsoUrl?: RegExp }[] = [];
  readonly toolClasses: { baseSuffix: string; method: string }[] = [];
  readonly programEffects = { programs: new Map<string, string>(), subcommands: new Map<string, { effect: string; of: Set<string> }>(), runAnything: new Set<string>() };
  readonly handlerClasses: NonNullable<Model["handlerClasses"]> = [];
  readonly routeFiles: RouteFileConvention[] = [];
  readonly pageExports: (PageExportConvention & { fileRe: RegExp })[] = [];
  readonly mcpServerEffects = new Map<string, string>();
  readonly mcpRootedServers = new Set<string>();
  readonly commandPrograms = { shells: new Set<string>(), shellEnvVars: new Set<string>(), interpreters: new Map<string, Set<string>>(), interpreterRefs: new Map<string, string>() };

  /** `shape` rows, apart: they match by what a call is given, not by its reference alone. */
  private readonly shapes: { row: Extract<ModelRow, { kind: "shape" }>; callees: RegExp[]; unless: RegExp[] }[] = [];

  constructor(models: Model[]) {
    for (const m of models) this.addSideTables(m);
    let order = 0;
    for (const m of models) for (const row of m.rows) {
      if (row.kind === "source" && row.read) for (const c of Array.isArray(row.callee) ? row.callee : [row.callee]) this.readRoots.add(/[*{]/.test(c.split(":")[0]) ? "*" : c.split(":")[0]);
      const callees = Array.isArray(row.callee) ? row.callee : [row.callee];
      if (row.kind === "shape") {
        const unless = row.unless === undefined ? [] : Array.isArray(row.unless) ? row.unless : [row.unless];
        this.shapes.push({ row, callees: callees.map(patternRegex), unless: unless.map(patternRegex) });
        continue;
      }
      for (const callee of callees) {
        const compiled = { re: new RegExp(`^${patternToRegex(callee)}$`), row, order: order++ };
        const last = lastSegment(callee);
        // "a.{b,c}", "a.*Raw", "a.b}" (inside alternatives) and "**" have no single last name.
        if (/^[\w$]+$/.test(last) && !/[{}*]/.test(callee.slice(callee.length - last.length - 1))) {
          const bucket = this.byLast.get(last) ?? [];
          bucket.push(compiled);
          this.byLast.set(last, bucket);
        } else this.anyLast.push(compiled);
      }
    }
  }

  private addSideTables(m: Model): void {
    const ro = m.readOnlyCommands;
    if (ro) {
      for (const p of ro.programs) this.readOnlyPrograms.add(p);
      for (const [prog, subs] of Object.entries(ro.subcommands)) {
        const set = this.readOnlySubcommands.get(prog) ?? new Set<string>();
        for (const s of subs) set.add(s);
        this.readOnlySubcommands.set(prog, set);
      }
      for (const p of ro.outputIsAFormat ?? []) this.outputIsAFormat.add(p);
    }
    if (m.schemaNarrowing) {
      for (const s of m.schemaNarrowing.methods) this.schemaNarrowingMethods.add(s);
      this.schemaNarrowingCalls.push(patternRegex(`${m.schemaNarrowing.module}:**().{${m.schemaNarrowing.methods.join(",")}}`));
    }
    for (const e of m.restEndpoints ?? []) this.restEndpoints.push({ shape: e.shape, url: new RegExp(e.url), alsoUrl: e.alsoUrl ? new RegExp(e.alsoUrl) : undefined });
    this.toolClasses.push(...(m.toolClasses ?? []));
    for (const [prog, effect] of Object.entries(m.programEffects?.programs ?? {})) this.programEffects.programs.set(prog, effect);
    for (const [prog, sub] of Object.entries(m.programEffects?.subcommands ?? {})) this.programEffects.subcommands.set(prog, { effect: sub.effect, of: new Set(sub.of) });
    for (const prog of m.programEffects?.runAnything ?? []) this.programEffects.runAnything.add(prog);
    this.handlerClasses.push(...(m.handlerClasses ?? []));
    this.routeFiles.push(...(m.routeFiles ?? []));
    for (const p of m.pageExports ?? []) this.pageExports.push({ ...p, fileRe: new RegExp(p.file) });
    for (const [pkg, effect] of Object.entries(m.mcpServerEffects ?? {})) this.mcpServerEffects.set(pkg, effect);
    for (const pkg of m.mcpRootedServers ?? []) this.mcpRootedServers.add(pkg);
    const cp = m.commandPrograms;
    if (cp) {
      for (const s of cp.shells) this.commandPrograms.shells.add(s);
      for (const v of cp.shellEnvVars) this.commandPrograms.shellEnvVars.add(v.toUpperCase());
      for (const [prog, flags] of Object.entries(cp.interpreters)) this.commandPrograms.interpreters.set(prog, new Set([...(this.commandPrograms.interpreters.get(prog) ?? []), ...flags]));
      for (const [ref, prog] of Object.entries(cp.interpreterRefs ?? {})) this.commandPrograms.interpreterRefs.set(ref, prog);
    }
  }

  /** `schema.optional()`, `.describe()`, ...: a call that stands for its receiver schema. */
  isSchemaNarrowingCall(ref: string): boolean {
    return this.schemaNarrowingCalls.some((re) => re.test(ref));
  }

  /** A class extending `superName` whose method `method` receives the model's tool input (LangChain `_call`). */
  isToolClassMethod(superName: string, method: string): boolean {
    return this.toolClasses.some((t) => t.method === method && superName.endsWith(t.baseSuffix));
  }

  /** Parameter roles of `method` in a class implementing or extending `baseName` (a sandbox session's `spawn`), if the SDK calls it. */
  handlerClassMethod(baseName: string, method: string): z.infer<typeof ParamRole>[] | null {
    return this.handlerClasses.find((h) => h.methods.includes(method) && baseName.endsWith(h.baseSuffix))?.params ?? null;
  }

  /** Rows matching a reference, in model order. */
  lookup(ref: string): ModelRow[] {
    const hit = this.cache.get(ref);
    if (hit) return hit;
    const matched: CompiledRow[] = [];
    for (const c of this.byLast.get(lastSegment(ref)) ?? []) if (c.re.test(ref)) matched.push(c);
    for (const c of this.anyLast) if (c.re.test(ref)) matched.push(c);
    matched.sort((a, b) => a.order - b.order);
    const out: ModelRow[] = [];
    for (const c of matched) if (!out.includes(c.row)) out.push(c.row);
    // The index outlives projects (a language server keeps it for its lifetime): keep the cache bounded.
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(ref, out);
    return out;
  }

  /** The `shape` rows whose callee patterns match a reference and whose `unless` patterns do not. */
  findShapes(ref: string): Extract<ModelRow, { kind: "shape" }>[] {
    return this.shapes.filter((s) => s.callees.some((re) => re.test(ref)) && !s.unless.some((re) => re.test(ref))).map((s) => s.row);
  }

  find<K extends ModelKind>(ref: string, kind: K): Extract<ModelRow, { kind: K }>[] {
    return this.lookup(ref).filter((r) => r.kind === kind) as Extract<ModelRow, { kind: K }>[];
  }
}

const shared = new Map<string, ModelIndex>();

/**
 * The index for the built-in models plus a configuration's rows, built once per distinct set of
 * configured rows (a CLI worker makes a project per import-connected group; they share it).
 */
export function modelIndexFor(builtin: Model[], configured: ModelRow[]): ModelIndex {
  const key = JSON.stringify(configured);
  let index = shared.get(key);
  if (!index) {
    if (shared.size > 16) shared.clear();
    index = new ModelIndex([...builtin, { name: "configuration", rows: configured }]);
    shared.set(key, index);
  }
  return index;
}

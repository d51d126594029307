// Server frameworks: where untrusted input enters (chat platforms: chat-platforms.ts).
import type { Model, PageExportConvention, RouteFileConvention } from "../engine/model";

const SCRIPT = String.raw`\.[cm]?[jt]sx?$`;
/** `[id]`, `[...slug]`, `[[...slug]]` (Next.js, SvelteKit, Nuxt, Astro), `$id` and `$` (Remix), `:id`. */
const PARAM = String.raw`^(\[.*\]|\$.*|:.*)$`;
/** Route groups `(marketing)`, index files, Remix pathless layouts `_auth`. */
const DROP = String.raw`^(\(.*\)|index|_index|route|_[^_].*|@.*)$`;

/** Which file serves which URL path, by each framework's file conventions. */
const ROUTE_FILES: RouteFileConvention[] = [
  { framework: "Next.js app router", file: String.raw`^(?<root>.*/)(?:src/)?app/(?<path>(?:.*/)?)route${SCRIPT}`, param: PARAM, drop: DROP },
  { framework: "Next.js pages router", file: String.raw`^(?<root>.*/)(?:src/)?pages/(?<path>api/.*?)${SCRIPT}`, param: PARAM, drop: DROP },
  { framework: "SvelteKit", file: String.raw`^(?<root>.*/)src/routes/(?<path>(?:.*/)?)\+server\.[jt]s$`, param: PARAM, drop: DROP },
  { framework: "Remix / React Router", file: String.raw`^(?<root>.*/)app/routes/(?<path>[^/]+?)(?:/route)?${SCRIPT}`, separator: ".", param: PARAM, drop: DROP },
  { framework: "Nuxt / Nitro", file: String.raw`^(?<root>.*/)server/api/(?<path>.*?)(?:\.(?:get|post|put|patch|delete))?\.[jt]s$`, prefix: "/api", param: PARAM, drop: DROP },
  { framework: "Nuxt / Nitro", file: String.raw`^(?<root>.*/)server/routes/(?<path>.*?)(?:\.(?:get|post|put|patch|delete))?\.[jt]s$`, param: PARAM, drop: DROP },
  { framework: "Astro", file: String.raw`^(?<root>.*/)src/pages/(?<path>.*?)\.[jt]s$`, param: PARAM, drop: DROP },
];

const VERBS = "{get,post,put,patch,delete,all,use,options,head,route,on}";
/** Pages rendered per request with the URL's parts as props. */
const PAGE_EXPORTS: PageExportConvention[] = [
  {
    framework: "Next.js app router", file: String.raw`(?:^|/)app/(?:.*/)?(?:page|layout|template|default)\.[cm]?[jt]sx?$`,
    exports: ["default", "generateMetadata"], fields: ["searchParams", "params"],
  },
  { framework: "Next.js pages router", file: String.raw`(?:^|/)pages/.*\.[cm]?[jt]sx?$`, exports: ["getServerSideProps"], fields: ["query", "params", "resolvedUrl"] },
  // SvelteKit: a page's or layout's `load` gets the request's URL and route parameters.
  { framework: "SvelteKit", file: String.raw`(?:^|/)src/routes/(?:.*/)?\+(?:page|layout)(?:\.server)?\.[jt]s$`, exports: ["load"], fields: ["url", "params"] },
];

export const httpFrameworksModel: Model = {
  name: "HTTP frameworks",
  routeFiles: ROUTE_FILES,
  pageExports: PAGE_EXPORTS,
  rows: [
    // What a route sends back: a same-origin fetch of it reads this (eval/own-routes.ts).
    {
      kind: "route-output",
      callee: [
        "global:{Response,Response.json}", "next/server:{NextResponse,NextResponse.json}", "{@sveltejs/kit,@remix-run/*,react-router}:json",
        "{ai,@ai-sdk/*}:{StreamingTextResponse,createTextStreamResponse,createUIMessageStreamResponse}", "http:response.{json,send,write,end,jsonp}",
      ],
      value: "0",
    },
    {
      kind: "route-output",
      callee: "{ai,@ai-sdk/*}:**.{toDataStreamResponse,toTextStreamResponse,toUIMessageStreamResponse,pipeDataStreamToResponse,pipeTextStreamToResponse,pipeUIMessageStreamToResponse}",
      value: "receiver",
    },
    { kind: "handler", callee: [`express:{(),Router()}.${VERBS}`, `express:{(),Router()}.route().${VERBS}`, `?:{app,router,server,api,routes}.${VERBS}`, `?:{app,router}.route().${VERBS}`], handler: "last", params: ["request"] },
    { kind: "handler", callee: [`fastify:().${VERBS}`, `{fastify,@fastify/*}:**.${VERBS}`], handler: "last", params: ["request"] },
    // A plugin's `fastify: FastifyInstance` parameter is the app, whoever registers the plugin.
    { kind: "instance-type", callee: "fastify:FastifyInstance" },
    { kind: "handler", callee: [`{koa,@koa/router,koa-router}:**.${VERBS}`, `hono:Hono().${VERBS}`, `hono*:**.${VERBS}`], handler: "last", params: ["context"] },
    { kind: "handler", callee: ["?:{socket,ws,client,conn,connection,channel,peer}.{on,once}"], handler: "last", params: ["untrusted"], events: ["*"] },
    // Elysia: the handler gets one context (`{ body, query, params, headers }`), on the app or on any chain off it.
    { kind: "handler", callee: [`elysia:{Elysia(),Elysia().**}.${VERBS}`], handler: "1", params: ["context"] },
    // Hapi: `server.route({ method, path, handler: (request, h) => request.payload })`.
    { kind: "handler", callee: ["@hapi/hapi:{server(),Server()}.route"], handler: "0.handler", params: ["request"] },
    // Deno and Bun servers (Supabase Edge Functions are Deno.serve): the handler gets the Fetch API Request,
    // as a function argument or as the options' `handler` / `fetch`; Deno's std `serve(handler)` too.
    { kind: "handler", callee: ["global:Deno.serve", "https://deno.land/std*/http/server.ts:serve", "jsr:@std/http*:serve"], handler: "last", params: ["request"] },
    { kind: "handler", callee: ["global:Deno.serve"], handler: "0.handler", params: ["request"] },
    { kind: "handler", callee: ["global:Bun.serve"], handler: "0.fetch", params: ["request"] },
    // Google Cloud Functions (`functions.http("name", (req, res) => ...)`) and Azure Functions v4 (`app.http("name", { handler })`).
    { kind: "handler", callee: ["@google-cloud/functions-framework:http"], handler: "last", params: ["request"] },
    { kind: "handler", callee: ["@azure/functions:app.{http,get,post,put,patch,deleteRequest}"], handler: "1.handler", params: ["request"] },
    // Qwik City: a route action gets the submitted form data and the request event; a loader and
    // `onRequest`-style handlers the request event; a `server$` function its arguments from the browser.
    { kind: "handler", callee: ["{@builder.io/qwik-city,@qwik.dev/router}:{routeAction$,globalAction$}"], handler: "0", params: ["untrusted", "context"] },
    { kind: "handler", callee: ["{@builder.io/qwik-city,@qwik.dev/router}:routeLoader$"], handler: "0", params: ["context"] },
    { kind: "handler", callee: ["{@builder.io/qwik-city,@qwik.dev/router}:server$"], handler: "0", params: ["untrusted", "untrusted", "untrusted", "untrusted"] },
    // NestJS: a controller method's parameters, by their decorator (the framework fills them in from the request).
    { kind: "parameter", callee: "@nestjs/common:Body", by: "decorator", role: "untrusted", label: "request body" },
    { kind: "parameter", callee: "@nestjs/common:Query", by: "decorator", role: "untrusted", label: "query parameter" },
    { kind: "parameter", callee: "@nestjs/common:Param", by: "decorator", role: "untrusted", label: "route parameter" },
    { kind: "parameter", callee: "@nestjs/common:Headers", by: "decorator", role: "untrusted", label: "request header" },
    { kind: "parameter", callee: "@nestjs/common:{UploadedFile,UploadedFiles}", by: "decorator", role: "untrusted", label: "uploaded file" },
    { kind: "parameter", callee: "@nestjs/common:{Req,Request}", by: "decorator", role: "request" },
    { kind: "parameter", callee: "@nestjs/websockets:MessageBody", by: "decorator", role: "untrusted", label: "WebSocket message" },
    // Vercel and Next.js API routes: a parameter typed as the request, whatever its name.
    { kind: "parameter", callee: ["@vercel/node:VercelRequest", "next:NextApiRequest"], by: "type", role: "request" },
    // RPC procedures: tRPC (`t.procedure.input(schema).mutation(({ input, ctx }) => ...)`) and oRPC
    // (`os.input(schema).handler(({ input, context }) => ...)`): `input` is the client's, shaped by the schema.
    { kind: "handler", callee: ["@trpc/server:**.{query,mutation,subscription}"], handler: "0", params: ["none"], input: { field: "input", schemaCall: "input" } },
    { kind: "handler", callee: ["@orpc/server:**.handler"], handler: "0", params: ["none"], input: { field: "input", schemaCall: "input" } },
    // Nuxt / h3 (Nitro auto-imports them, hence `global:`): the event handler, and the readers of what the client sent.
    { kind: "handler", callee: ["{h3,global}:{defineEventHandler,eventHandler,defineCachedEventHandler}"], handler: "last", params: ["context"], returns: "route-output" },
    { kind: "source", callee: ["{h3,global}:{readBody,readRawBody,readFormData,readMultipartFormData,getQuery,getRouterParam,getRouterParams,getHeader,getHeaders,getRequestHeader,getRequestHeaders,getCookie,parseCookies,getRequestURL}"], taint: "untrusted" },
    { kind: "source", callee: ["next/headers:{headers,cookies}", "next/navigation:useSearchParams", "next/router:useRouter().query"], taint: "untrusted" },
    { kind: "source", callee: ["global:URLSearchParams().get"], taint: "untrusted" },
  ],
};

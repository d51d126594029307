// Server frameworks and chat platforms: where untrusted input enters.
import type { Model, RouteFileConvention } from "../engine/model";

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
export const httpFrameworksModel: Model = {
  name: "HTTP frameworks and chat platforms",
  routeFiles: ROUTE_FILES,
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
    { kind: "handler", callee: [`{koa,@koa/router,koa-router}:**.${VERBS}`, `hono:Hono().${VERBS}`, `hono*:**.${VERBS}`], handler: "last", params: ["context"] },
    { kind: "handler", callee: ["?:{socket,ws,client,conn,connection,channel,peer}.{on,once}"], handler: "last", params: ["untrusted"], events: ["*"] },
    { kind: "handler", callee: ["discord.js:Client().{on,once}", "?:{bot,client,discord}.{on,once}"], handler: "last", params: ["untrusted"], events: ["messageCreate", "interactionCreate", "message", "text"] },
    { kind: "handler", callee: ["@slack/bolt:App().{message,event,command,action,shortcut,view}", "?:{app,bolt,slackApp}.{message,command}"], handler: "last", params: ["untrusted"] },
    { kind: "handler", callee: ["telegraf:Telegraf().{on,hears,command,start}", "?:bot.{hears,command}"], handler: "last", params: ["untrusted"] },
    // Nuxt / h3 (Nitro auto-imports them, hence `global:`): the event handler, and the readers of what the client sent.
    { kind: "handler", callee: ["{h3,global}:{defineEventHandler,eventHandler,defineCachedEventHandler}"], handler: "last", params: ["context"] },
    { kind: "source", callee: ["{h3,global}:{readBody,readRawBody,readFormData,readMultipartFormData,getQuery,getRouterParam,getRouterParams,getHeader,getHeaders,getRequestHeader,getRequestHeaders,getCookie,parseCookies,getRequestURL}"], taint: "untrusted" },
    { kind: "source", callee: ["next/headers:{headers,cookies}", "next/navigation:useSearchParams", "next/router:useRouter().query"], taint: "untrusted" },
    { kind: "source", callee: ["global:URLSearchParams().get"], taint: "untrusted" },
  ],
};

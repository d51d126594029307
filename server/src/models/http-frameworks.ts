// Server frameworks: where untrusted input enters (chat platforms: chat-platforms.ts).
import type { Model } from "../engine/model";

const VERBS = "{get,post,put,patch,delete,all,use,options,head,route,on}";
export const httpFrameworksModel: Model = {
  name: "HTTP frameworks",
  rows: [
    { kind: "handler", callee: [`express:{(),Router()}.${VERBS}`, `express:{(),Router()}.route().${VERBS}`, `?:{app,router,server,api,routes}.${VERBS}`, `?:{app,router}.route().${VERBS}`], handler: "last", params: ["request"] },
    { kind: "handler", callee: [`fastify:().${VERBS}`, `{fastify,@fastify/*}:**.${VERBS}`], handler: "last", params: ["request"] },
    { kind: "handler", callee: [`{koa,@koa/router,koa-router}:**.${VERBS}`, `hono:Hono().${VERBS}`, `hono*:**.${VERBS}`], handler: "last", params: ["context"] },
    { kind: "handler", callee: ["?:{socket,ws,client,conn,connection,channel,peer}.{on,once}"], handler: "last", params: ["untrusted"], events: ["*"] },
    // Nuxt / h3 (Nitro auto-imports them, hence `global:`): the event handler, and the readers of what the client sent.
    { kind: "handler", callee: ["{h3,global}:{defineEventHandler,eventHandler,defineCachedEventHandler}"], handler: "last", params: ["context"] },
    { kind: "source", callee: ["{h3,global}:{readBody,readRawBody,readFormData,readMultipartFormData,getQuery,getRouterParam,getRouterParams,getHeader,getHeaders,getRequestHeader,getRequestHeaders,getCookie,parseCookies,getRequestURL}"], taint: "untrusted" },
    { kind: "source", callee: ["next/headers:{headers,cookies}", "next/navigation:useSearchParams", "next/router:useRouter().query"], taint: "untrusted" },
    { kind: "source", callee: ["global:URLSearchParams().get"], taint: "untrusted" },
  ],
};

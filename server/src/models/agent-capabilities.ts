// What a tool's handler gives the agent that holds it, by the calls it makes (lethal-trifecta-agent):
// external content an attacker may have written, private data, and ways to send data out. A call
// counts for what it does, not for the tool's name. Sending email and messages are `effect` rows
// of models/agency.ts marked `outbound`; a tool that hands the model external content or a secret
// gets that leg from its return value (engine/eval/handlers.ts), whatever call it came from.
import type { Model } from "../engine/model";
import { FETCH_PONYFILLS } from "./web";

const FS = "{fs,fs/promises,fs-extra,graceful-fs}";
const FS_READS = "{,promises.}{readFile,readFileSync,readJson,readJsonSync,createReadStream,readdir,readdirSync}";
/** HTTP clients whose first argument is the URL. */
const HTTP_URL_FIRST = [
  "global:fetch", FETCH_PONYFILLS, "?:{ky,ofetch,$fetch}", "{ky,ofetch}:{,get,post,put,patch,delete}", "{undici,node-fetch}:{,fetch,request}", "{http,https}:{request,get}",
  "axios:{,get,post,put,patch,delete,head,request}", "axios:create().{get,post,put,patch,delete,head,request}", "?:axios.{get,post,put,patch,delete,head}",
  "got:{,get,post,put,patch,delete,head,stream}", "superagent:{,get,post,put,patch,delete}",
];
const DRIZZLE = "drizzle-orm/{postgres-js,node-postgres,neon-http,neon-serverless,vercel-postgres,mysql2,planetscale-serverless,better-sqlite3,libsql,d1,bun-sqlite,pglite,xata-http}:drizzle()";
const SUPABASE = ["@supabase/supabase-js:createClient()", "@supabase/ssr:createServerClient()", "@supabase/auth-helpers-nextjs:create*Client()"];

export const agentCapabilitiesModel: Model = {
  name: "agent capabilities (lethal trifecta)",
  rows: [
    // ---- external content: pages, files and mail the model names or reads
    { kind: "capability", leg: "external-content", what: "fetches any URL the model names", callee: HTTP_URL_FIRST, taintedArg: ["0"], sink: "url" },
    { kind: "capability", leg: "external-content", what: "fetches any URL the model names", callee: ["axios:{,request}", "axios:create().request"], taintedArg: ["0.url"], sink: "url" },
    { kind: "capability", leg: "external-content", what: "opens any web page the model names", callee: ["**.goto", "**.navigate"], taintedArg: ["0"], sink: "url" },
    { kind: "capability", leg: "external-content", what: "reads files the model names, which anyone may have written", callee: `${FS}:${FS_READS}`, taintedArg: ["0"] },
    { kind: "capability", leg: "external-content", what: "reads email", callee: ["googleapis:google.gmail().users.{messages,threads}.{get,list}", "?:gmail.users.{messages,threads}.{get,list}", "imapflow:ImapFlow().{fetch,fetchOne,download}"] },

    // ---- private data: databases, the user's files
    {
      kind: "capability", leg: "private-data", what: "queries a database",
      callee: [
        "pg:{Pool,Client}().query", "pg:{Pool,Client}().connect().query", "{mysql,mysql2,mysql2/promise}:**.{query,execute}", "better-sqlite3:*().prepare().{get,all,iterate}",
        "{sqlite,sqlite3}:**.{get,all,each}", "sequelize:*().query", "knex:**.{select,first,raw}", "@libsql/client:createClient().execute", "@neondatabase/serverless:neon()", "@vercel/postgres:{sql,db}.query",
        "?:{db,pool,conn,connection,pg,mysql,database,sqlite,pgClient,dbClient}.{query,execute,all,get}",
        "@prisma/client:PrismaClient().*.{findUnique,findUniqueOrThrow,findFirst,findFirstOrThrow,findMany,count,aggregate,groupBy}", "@prisma/client:PrismaClient().{$queryRaw,$queryRawUnsafe}",
        "?:prisma.*.{findUnique,findUniqueOrThrow,findFirst,findFirstOrThrow,findMany}",
        `${DRIZZLE}.select().from**`, `${DRIZZLE}.query.*.{findFirst,findMany}`, "?:db.query.*.{findFirst,findMany}", "?:db.select().from**",
        ...SUPABASE.map((c) => `${c}.from().select**`),
        "mongoose:model().{find,findOne,findById,aggregate}**", "mongodb:MongoClient().db().collection().{find,findOne,aggregate}",
      ],
    },
    { kind: "capability", leg: "private-data", what: "reads files the model names", callee: `${FS}:${FS_READS}`, taintedArg: ["0"] },

    // ---- outbound: requests whose destination or body the model chooses, webhooks
    { kind: "capability", leg: "outbound", what: "sends a request to any URL the model names", callee: HTTP_URL_FIRST, taintedArg: ["0"], sink: "url" },
    { kind: "capability", leg: "outbound", what: "sends a request to any URL the model names", callee: ["axios:{,request}", "axios:create().request"], taintedArg: ["0.url"], sink: "url" },
    {
      kind: "capability", leg: "outbound", what: "sends a request body the model writes",
      callee: ["global:fetch", FETCH_PONYFILLS, "{undici,node-fetch}:{,fetch,request}", "?:{ky,ofetch,$fetch}", "{ky,ofetch}:{,post,put,patch}", "got:{,post,put,patch}"], taintedArg: ["1.body", "1.json", "1.form"],
    },
    { kind: "capability", leg: "outbound", what: "sends a request body the model writes", callee: ["axios:{post,put,patch}", "axios:create().{post,put,patch}", "?:axios.{post,put,patch}"], taintedArg: ["1"] },
    { kind: "capability", leg: "outbound", what: "sends a request body the model writes", callee: ["axios:{,request}", "axios:create().request"], taintedArg: ["0.data"] },
    { kind: "capability", leg: "outbound", what: "posts to a webhook", callee: ["@slack/webhook:IncomingWebhook().send", "?:webhook.send"], taintedArg: ["0"] },
  ],
};

// Stores kept across requests: sessions and database tables (ORMs, query builders, hosted
// databases). What a request writes there, a later request reads back (second-order flows,
// engine/stored-data.ts): a session field keeps the taint kinds written into it, a table's
// columns read back as external content. Only writes and reads are listed here; a table nobody
// writes tainted data into reads back clean.
import type { Model } from "../engine/model";

/** drizzle(client) from each of drizzle-orm's drivers. */
const DRIZZLE = "drizzle-orm/{postgres-js,node-postgres,neon-http,neon-serverless,vercel-postgres,mysql2,planetscale-serverless,better-sqlite3,libsql,d1,bun-sqlite,pglite,xata-http}:drizzle()";
const PRISMA = "@prisma/client:PrismaClient()";
/** A Supabase client: createClient() and the SSR helpers' clients (patterns do not nest braces). */
const SUPABASE = ["@supabase/supabase-js:createClient()", "@supabase/ssr:createServerClient()", "@supabase/ssr:createBrowserClient()", "@supabase/auth-helpers-nextjs:create*Client()"];

export const storesModel: Model = {
  name: "Stores kept across requests",
  rows: [
    // express-session, cookie-session, koa-session and bot frameworks' sessions (`ctx.session`); iron-session.
    { kind: "store-root", callee: ["request:session", "context:session"], store: "session" },
    { kind: "store-root", callee: "iron-session:{getIronSession,getSession}", store: "session" },
    // drizzle: db.insert(table).values({...}), db.update(table).set({...}); db.select().from(table)...
    { kind: "store-write", callee: `${DRIZZLE}.insert().values`, table: "call:insert", value: "0" },
    { kind: "store-write", callee: `${DRIZZLE}.update().set`, table: "call:update", value: "0" },
    { kind: "store-read", callee: `${DRIZZLE}.select().from**`, table: "call:from" },
    // Prisma: prisma.<model>.create({ data }) ...; prisma.<model>.findUnique(...) ...
    { kind: "store-write", callee: `${PRISMA}.*.{create,update,updateMany}`, table: "receiver", value: "0.data" },
    { kind: "store-write", callee: `${PRISMA}.*.upsert`, table: "receiver", value: "0.create" },
    { kind: "store-write", callee: `${PRISMA}.*.upsert`, table: "receiver", value: "0.update" },
    { kind: "store-read", callee: `${PRISMA}.*.{findUnique,findUniqueOrThrow,findFirst,findFirstOrThrow,findMany}`, table: "receiver" },
    // Supabase: supabase.from("table").insert({...}); supabase.from("table").select(...)...
    { kind: "store-write", callee: SUPABASE.map((c) => `${c}.from().{insert,upsert,update}`), table: "call:from", value: "0" },
    { kind: "store-read", callee: SUPABASE.map((c) => `${c}.from().select**`), table: "call:from" },
    // Mongoose: a model's create / insertMany and its finders.
    { kind: "store-write", callee: "mongoose:model().{create,insertMany}", table: "receiver", value: "0" },
    { kind: "store-read", callee: "mongoose:model().{find,findOne,findById}**", table: "receiver" },
  ],
};

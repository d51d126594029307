// SQL clients: a query whose *text* is built from tainted data. Parameter arrays are not sinks.
import type { Model } from "../engine/model";

export const sqlModel: Model = {
  name: "SQL clients",
  rows: [
    { kind: "sink", callee: ["pg:{Pool,Client}().query", "pg:{Pool,Client}().connect().query", "{mysql,mysql2,mysql2/promise}:**.{query,execute}", "better-sqlite3:*().{prepare,exec}", "{sqlite,sqlite3}:**.{run,get,all,exec,prepare,each}", "sequelize:*().query", "knex:**.{raw,whereRaw,havingRaw,orderByRaw,joinRaw}", "@prisma/client:*().{$queryRawUnsafe,$executeRawUnsafe}", "postgres:().unsafe", "drizzle-orm:sql.raw", "@libsql/client:createClient().execute", "@neondatabase/serverless:neon()"], arg: "0", sink: "sql" },
    { kind: "sink", callee: ["?:{db,pool,client,conn,connection,pg,mysql,database,sqlite,tx,trx,pgClient,dbClient}.{query,execute,exec,prepare,run,all}", "?:**.{$queryRawUnsafe,$executeRawUnsafe}", "?:{sequelize,knex,db,sql}.{query,raw,unsafe}", "?:**.{whereRaw,orderByRaw,havingRaw}"], arg: "0", sink: "sql" },
    // @vercel/postgres: the tagged template is parameterised, query(text) is not.
    { kind: "sink", callee: ["@vercel/postgres:{sql,db}.query", "@vercel/postgres:{createPool,createClient}().query"], arg: "0", sink: "sql" },
    // Cypher is a query language too: a query text built from model output is reported as SQL text.
    { kind: "sink", callee: ["neo4j-driver:driver().{executeQuery,session().run}", "neo4j-driver:driver().session().beginTransaction().run"], arg: "0", sink: "sql" },
    // MongoDB's $where runs JavaScript on the server.
    { kind: "sink", callee: "mongodb:MongoClient().db().collection().{find,findOne,countDocuments,deleteMany,deleteOne,updateMany,updateOne}", arg: "0.$where", sink: "code" },
    { kind: "effect", callee: ["@prisma/client:*().*.{delete,deleteMany}", "?:{prisma,db}.*.{delete,deleteMany}", "?:**.{dropTable,dropDatabase,truncate}"], effect: "deletes database records" },
    { kind: "clean", callee: ["sqlstring:escape", "?:{pool,db,connection}.escape", "pg-format:"] },
  ],
};

// Node's own modules: child_process, vm, fs, http(s), process.
import type { Model } from "../engine/model";

const FS = "{fs,fs/promises,fs-extra,graceful-fs}";
const FS_OPS = "{,promises.}{readFile,readFileSync,writeFile,writeFileSync,appendFile,appendFileSync,unlink,unlinkSync,rm,rmSync,rmdir,rmdirSync,mkdir,mkdirSync,createReadStream,createWriteStream,readdir,readdirSync,copyFile,copyFileSync,rename,renameSync,open,openSync,truncate,outputFile,remove,removeSync,readJson,writeJson,symlink,chmod}";
const FS_WRITES = "{,promises.}{writeFile,writeFileSync,appendFile,appendFileSync,rename,renameSync,truncate,outputFile,writeJson,copyFile}";
const FS_DELETES = "{,promises.}{unlink,unlinkSync,rm,rmSync,rmdir,rmdirSync,remove,removeSync,emptyDir}";

/** A closed zod schema's parse (z.enum, z.number...), after the module: also for zod re-exported as another package's `z`. */
export const CLOSED_SCHEMA_PARSE = "**{enum,literal,nativeEnum,number,boolean,int,uuid,date}().{parse,parseAsync}";

export const nodeCoreModel: Model = {
  name: "node core",
  /**
   * zod methods whose schema accepts nothing its receiver rejects (but undefined, null or a default
   * the program gives) and adds no field: a closed schema stays closed, an object schema keeps its
   * shape, through any chain of them; a call of one on a zod schema stands for its receiver. Not
   * .or(), .and(), .transform(), .pipe(), .overwrite(), .catch() (its handler may return the raw
   * input), .passthrough(), .loose(), .catchall(), .extend(), .merge(), .array().
   */
  /**
   * Programs that run text given on their command line. `/usr/bin/env` runs the shell named next;
   * `process.execPath` is node itself. Names are compared without directory or `.exe`.
   */
  commandPrograms: {
    shells: ["sh", "bash", "zsh", "dash", "ksh", "fish", "ash", "cmd", "powershell", "pwsh", "env"],
    shellEnvVars: ["SHELL", "COMSPEC"],
    interpreters: {
      node: ["-e", "--eval", "-p", "--print"], bun: ["-e", "--eval", "-p", "--print"], deno: ["eval"], tsx: ["-e", "--eval"], "ts-node": ["-e", "--eval", "-p", "--print"],
      python: ["-c"], python3: ["-c"], ruby: ["-e"], perl: ["-e", "-E"], php: ["-r"], osascript: ["-e"],
    },
    interpreterRefs: { "global:process.execPath": "node", "global:process.argv0": "node" },
  },
  schemaNarrowing: {
    module: "zod",
    methods: [
      "describe", "meta", "brand", "readonly", "optional", "nullable", "nullish", "default", "refine", "superRefine",
      "strict", "strip", "required", "partial", "deepPartial", "pick", "omit",
      "int", "positive", "negative", "nonnegative", "nonpositive", "min", "max", "gt", "gte", "lt", "lte", "finite", "safe", "multipleOf", "step", "length", "nonempty",
    ],
  },
  rows: [
    { kind: "sink", callee: "child_process:{exec,execSync}", arg: "0", sink: "shell" },
    { kind: "sink", callee: "child_process:{spawn,spawnSync,execFile,execFileSync}", arg: "0", sink: "shell", when: "shell-option" },
    // With `shell`, Node joins the argument array into the command line the shell parses.
    { kind: "sink", callee: "child_process:{spawn,spawnSync,execFile,execFileSync}", arg: "1", sink: "shell", when: "shell-option" },
    { kind: "sink", callee: "child_process:{spawn,spawnSync,execFile,execFileSync}", arg: "1", sink: "shell", when: "shell-argv" },
    { kind: "sink", callee: "child_process:{spawn,spawnSync,execFile,execFileSync}", arg: "1", sink: "code", when: "interpreter-argv" },
    // Running a file the program wrote runs what it wrote: as a program, a child node process, a worker.
    { kind: "sink", callee: ["child_process:{spawn,spawnSync,execFile,execFileSync,fork}", "worker_threads:Worker"], arg: "0", sink: "code", when: "script-file" },
    { kind: "file-write", callee: `${FS}:{,promises.}{writeFile,writeFileSync,appendFile,appendFileSync,outputFile,outputFileSync}`, path: "0", content: "1" },
    { kind: "effect", callee: "child_process:*", effect: "runs shell commands" },
    { kind: "sink", callee: ["vm:{runInNewContext,runInThisContext,runInContext,compileFunction}", "vm:Script", "vm:Script().**"], arg: "0", sink: "code" },
    { kind: "sink", callee: ["global:eval", "global:{setTimeout,setInterval,setImmediate}", "global:require"], arg: "0", sink: "code" },
    { kind: "sink", callee: "global:Function", arg: "last", sink: "code" },
    { kind: "sink", callee: `${FS}:${FS_OPS}`, arg: "0", sink: "path" },
    { kind: "sink", callee: `${FS}:{,promises.}{copyFile,copyFileSync,rename,renameSync,symlink}`, arg: "1", sink: "path" },
    // Only when the model chooses the path: a write under a name the code picks stays in its sandbox.
    { kind: "effect", callee: `${FS}:${FS_WRITES}`, effect: "overwrites files", taintedArg: "0", sink: "path" },
    // Deleting what the model names is destructive even inside the sandbox.
    { kind: "effect", callee: `${FS}:${FS_DELETES}`, effect: "deletes files", taintedArg: "0" },
    { kind: "effect", callee: ["global:{eval,Function}", "vm:**"], effect: "executes code", taintedArg: "0" },
    // A file at a fixed path inside the project (`path.join(__dirname, "prompt.md")`) is the operator's own.
    { kind: "source", callee: `${FS}:{,promises.}{readFile,readFileSync,readJson,readJsonSync}`, taint: "external", projectFile: "0" },
    { kind: "sanitizer", callee: "path:basename", sinks: ["path"] },
    { kind: "sanitizer", callee: ["shell-quote:quote", "shell-escape:", "any-shell-escape:"], sinks: ["shell"] },
    { kind: "sink", callee: ["{http,https}:{request,get}", "{undici,node-fetch}:{,fetch,request}"], arg: "0", sink: "url" },
    { kind: "source", callee: ["{http,https}:{request,get}", "{undici,node-fetch}:{,fetch,request}"], taint: "external" },
    { kind: "endpoint", callee: "{undici,node-fetch}:{,fetch,request}", url: ["0"], headers: ["1.headers"] },
    { kind: "source", callee: ["global:process.argv", "global:process.stdin"], read: true, taint: "untrusted-low" },
    { kind: "source", callee: ["{readline,readline/promises}:createInterface().question", "readline-sync:**", "prompts:", "inquirer:prompt"], taint: "untrusted-low" },
    // Node's own text-carrying functions whose names do not say so: a call into a package with no
    // row returns its arguments' text only when its name does (engine/call-results.ts).
    {
      kind: "propagator",
      callee: [
        "path:{,posix.,win32.}{join,resolve,normalize,dirname,format,parse,toNamespacedPath}",
        "url:{format,parse,resolve,fileURLToPath,pathToFileURL,domainToUnicode,domainToASCII,urlToHttpOptions,URL,URLSearchParams}",
        "util:{format,formatWithOptions,inspect,stripVTControlCharacters,styleText,toUSVString}",
        "querystring:**", "string_decoder:StringDecoder().{write,end}", "buffer:{Buffer.from,Buffer.concat,Blob,File,transcode,atob,btoa}",
        "stream:Readable.from", "zlib:**", "global:TextDecoder().decode",
      ],
      from: "args",
    },
    // Numbers, booleans and dates made from a value carry none of its text.
    { kind: "clean", callee: ["global:Number.{parseInt,parseFloat,isInteger,isFinite,isNaN,isSafeInteger}", "global:Object.{is,hasOwn}", "global:Reflect.has", "global:Buffer.{byteLength,isBuffer,compare}", "global:{Date,Date.parse,Date.UTC}"] },
    { kind: "clean", callee: ["global:{Number,parseInt,parseFloat,Boolean,isNaN,isFinite}", "global:Math.**", "global:Date.now", "global:crypto.randomUUID", "crypto:{randomUUID,randomBytes,createHash}", "crypto:createHash().**", "global:Array.isArray", "global:Object.keys", "path:{extname,isAbsolute,relative}"] },
    // A value checked against a closed set (z.enum, z.literal) or coerced to a number is no longer free text.
    // Modifiers that keep such a schema closed, however many, are read through (schemaNarrowing above).
    {
      kind: "clean",
      callee: [
        `zod:${CLOSED_SCHEMA_PARSE}`,
        "valibot:{parse,safeParse}",
      ],
    },
    { kind: "sanitizer", callee: "global:{encodeURIComponent,escape}", sinks: ["url", "path", "shell", "html"] },
  ],
};

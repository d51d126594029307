// Preloaded with `node --require` (or NODE_OPTIONS) into a scan: records every attempt to open
// a socket, resolve a name or make an HTTP request, one JSON line per attempt, to the file named
// by LLMSAFE_NET_LOG, then refuses it. Also records that it was loaded, in each thread, so a test
// can tell "no attempts" from "not watching". Without LLMSAFE_NET_LOG it does nothing.
"use strict";
const LOG = process.env.LLMSAFE_NET_LOG;
if (LOG) {
  const fs = require("node:fs");
  const { threadId } = require("node:worker_threads");
  const record = (what, detail) => {
    fs.appendFileSync(LOG, JSON.stringify({ what, detail: String(detail ?? "").slice(0, 200), pid: process.pid, threadId }) + "\n");
  };
  const refuse = (what) => function refused(...args) {
    record(what, args.map((a) => (typeof a === "object" ? JSON.stringify(a)?.slice(0, 100) : a)).join(" "));
    throw new Error(`network access refused by the test preload: ${what}`);
  };
  record("loaded", process.argv.slice(1, 3).join(" "));

  const net = require("node:net");
  net.Socket.prototype.connect = refuse("net.Socket.connect");
  const dns = require("node:dns");
  for (const m of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "lookupService"]) dns[m] = refuse(`dns.${m}`);
  for (const m of ["lookup", "resolve", "resolve4", "resolve6"]) dns.promises[m] = refuse(`dns.promises.${m}`);
  for (const mod of ["http", "https"]) {
    const m = require(`node:${mod}`);
    m.request = refuse(`${mod}.request`);
    m.get = refuse(`${mod}.get`);
  }
  require("node:tls").connect = refuse("tls.connect");
  require("node:dgram").createSocket = refuse("dgram.createSocket");
  if (typeof globalThis.fetch === "function") globalThis.fetch = refuse("fetch");
  if (typeof globalThis.WebSocket === "function") globalThis.WebSocket = refuse("WebSocket");
}

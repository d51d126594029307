// Browser and fetch-style APIs: DOM sinks, browser sources, HTTP clients.
import type { Model } from "../engine/model";

/** Packages whose export is `fetch` itself. */
export const FETCH_PONYFILLS = "{cross-fetch,isomorphic-fetch,isomorphic-unfetch,unfetch}:{,fetch}";

export const webModel: Model = {
  name: "web platform and HTTP clients",
  rows: [
    { kind: "sink", callee: "**.{innerHTML,outerHTML}=", arg: "0", sink: "html" },
    { kind: "sink", callee: "**.insertAdjacentHTML", arg: "1", sink: "html" },
    { kind: "sink", callee: ["global:document.{write,writeln}", "**.document.{write,writeln}", "?:**.createContextualFragment", "?:**.setHTMLUnsafe", "global:document.createRange().createContextualFragment"], arg: "0", sink: "html" },
    { kind: "sink", callee: "?:**.parseHTMLUnsafe", arg: "0", sink: "html" },
    // Pyodide in the page: Python run there reaches the page through its `js` module (DOM, cookies,
    // same-origin fetch), so model code run with it is code execution in the page.
    { kind: "sink", callee: ["pyodide:loadPyodide().{runPython,runPythonAsync}", "global:loadPyodide().{runPython,runPythonAsync}", "?:{pyodide,pyodideInstance,currentPyodideInstance,py}.{runPython,runPythonAsync}"], arg: "0", sink: "code" },
    // cross-fetch, isomorphic-fetch and unfetch export the platform's fetch (or a polyfill of it) as theirs.
    { kind: "sink", callee: ["global:fetch", FETCH_PONYFILLS, "?:{ky,ofetch,$fetch}", "{ky,ofetch}:{,get,post}"], arg: "0", sink: "url" },
    // What a request fetches is third-party text, unless the URL is the app's own (a constant
    // same-origin path, a constant configuration file's URL: engine/eval/url-hosts.ts).
    // A constant same-origin path is the app's own resource for fetch; ky and ofetch take a base URL
    // (`ofetch.create({ baseURL })`, `{ prefixUrl }`), so a path there may be a third party's.
    { kind: "source", callee: ["global:fetch", FETCH_PONYFILLS], taint: "external", ownResource: "0" },
    { kind: "source", callee: "{ky,ofetch}:**", taint: "external" },
    { kind: "sink", callee: ["axios:{,get,post,put,patch,delete,head,options,request,getUri}", "axios:create().{get,post,put,patch,delete,head,options,request}", "got:{,get,post,put,patch,delete,head,stream}", "superagent:{,get,post,put,delete}", "?:axios.{get,post,put,patch,delete,head}"], arg: "0", sink: "url" },
    { kind: "sink", callee: ["axios:{,request}", "axios:create().request"], arg: "0.url", sink: "url" },
    { kind: "source", callee: ["axios:**", "got:**", "superagent:**"], taint: "external" },
    // Where a request goes and the headers it carries there (an `Authorization` with the server's key).
    { kind: "endpoint", callee: ["global:fetch", FETCH_PONYFILLS, "?:{ky,ofetch,$fetch}", "{ky,ofetch}:{,get,post}", "got:{,get,post,put,patch,delete,head,stream}"], url: ["0"], headers: ["1.headers"] },
    { kind: "endpoint", callee: ["axios:{get,delete,head,options}", "axios:create().{get,delete,head,options}", "?:axios.{get,delete,head}"], url: ["0"], headers: ["1.headers"] },
    { kind: "endpoint", callee: ["axios:{post,put,patch}", "axios:create().{post,put,patch}", "?:axios.{post,put,patch}"], url: ["0"], headers: ["2.headers"] },
    { kind: "endpoint", callee: ["axios:{,request}", "axios:create().request"], url: ["0.url"], headers: ["0.headers"] },
    { kind: "store", callee: "global:Headers().{set,append}", key: "0", value: "1" },
    { kind: "sink", callee: ["**.goto", "**.navigate"], arg: "0", sink: "url" },
    { kind: "source", callee: ["global:location.**", "global:document.location.**", "global:document.{URL,referrer,cookie}", "global:document.{getElementById,querySelector}().value", "?:{e,event,evt,ev}.{target,currentTarget}.value"], read: true, taint: "untrusted" },
    { kind: "source", callee: ["global:prompt"], taint: "untrusted" },
    { kind: "sanitizer", callee: ["{dompurify,isomorphic-dompurify}:**sanitize", "?:{DOMPurify,purify,dompurify}.sanitize", "{sanitize-html,xss,insane}:", "{sanitize-html,xss}:{,filterXSS}", "?:{sanitizeHtml,sanitizeHTML,filterXSS,sanitize}"], sinks: ["html"] },
    // HTML and document extraction whose names do not say they hand back the page's text (a call
    // into a package with no row returns its arguments' text only when its name does: engine/call-results.ts).
    { kind: "propagator", callee: ["jsdom:JSDOM", "@mozilla/readability:Readability", "turndown:().turndown", "striptags:", "gray-matter:"], from: "0" },
    { kind: "propagator", callee: ["marked:{,parse,marked,parseInline}", "markdown-it:().{render,renderInline}", "showdown:Converter().makeHtml", "?:{marked,md,markdown}.{parse,render}"], from: "0" },
  ],
};

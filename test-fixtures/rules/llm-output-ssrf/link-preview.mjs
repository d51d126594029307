// server/unfurl.mjs: link previews and service checks chosen by the model.
import OpenAI from "openai";
import got from "got";
import http from "node:http";
import https from "node:https";

const openai = new OpenAI();

function extractTitle(html) {
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
}

async function fetchTitle(url) {
  // llmsafe-expect-clean: llm-output-ssrf
  const html = await (await fetch(url, { redirect: "follow" })).text();
  return extractTitle(html);
}

export async function titleOfSuggestedReading(topic) {
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Suggest one article URL for further reading. URL only.",
    input: topic,
  });
  // llmsafe-expect: llm-output-ssrf
  const suggested = await fetchTitle(res.output_text.trim());
  // llmsafe-expect-clean: llm-output-ssrf
  const home = await fetchTitle("https://blog.example.com/");
  return { suggested, home };
}

// Unfurl the source the model cites on the last line of its answer.
export async function unfurlCitation(question) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Answer, then give the single best source URL on the last line." },
      { role: "user", content: question },
    ],
  });
  const lines = (completion.choices[0].message.content ?? "").trim().split("\n");
  const sourceUrl = lines.at(-1);
  // llmsafe-expect: llm-output-ssrf
  const html = await got(sourceUrl, { timeout: { request: 5_000 } }).text();
  return { answer: lines.slice(0, -1).join("\n"), source: sourceUrl, title: extractTitle(html) };
}

export async function probeService(description) {
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Which internal service URL handles this? Reply with the URL only.",
    input: description,
  });
  return new Promise((resolve, reject) => {
    // llmsafe-expect: llm-output-ssrf
    const req = http.request(res.output_text.trim(), { method: "GET", timeout: 3_000 }, (r) => resolve(r.statusCode));
    req.on("error", reject);
    req.end();
  });
}

export async function healthOf(serviceName) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    stream: true,
    messages: [
      { role: "system", content: "Reply with the hostname of the service, nothing else." },
      { role: "user", content: serviceName },
    ],
  });
  let host = "";
  for await (const chunk of stream) {
    host += chunk.choices[0]?.delta?.content ?? "";
  }
  // llmsafe-expect: llm-output-ssrf
  const res = await fetch(`https://${host.trim()}/healthz`);
  return res.ok;
}

export async function translate(text) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Rewrite the text in plain, friendly English." },
      { role: "user", content: text },
    ],
  });
  const plain = completion.choices[0].message.content ?? "";
  // llmsafe-expect-clean: llm-output-ssrf
  const res = await fetch("https://api-free.deepl.com/v2/translate", {
    method: "POST",
    headers: { Authorization: `DeepL-Auth-Key ${process.env.DEEPL_AUTH_KEY}` },
    body: new URLSearchParams({ text: plain, target_lang: "DE" }),
  });
  return (await res.json()).translations[0].text;
}

export async function wikiTitleFor(topic) {
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Reply with the exact English Wikipedia article title for the topic.",
    input: topic,
  });
  return new Promise((resolve, reject) => {
    https
      // llmsafe-expect-clean: llm-output-ssrf
      .get(`https://en.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(res.output_text.trim())}`, (r) => {
        let body = "";
        r.on("data", (d) => (body += d));
        // llmsafe-expect-clean: unvalidated-llm-json
        r.on("end", () => resolve(JSON.parse(body).extract));
      })
      .on("error", reject);
  });
}

export async function logAnswer(question) {
  const res = await openai.responses.create({ model: "gpt-4.1-mini", input: question });
  // llmsafe-expect-clean: llm-output-ssrf
  await got.post("https://ingest.example.com/v1/answers", { json: { question, answer: res.output_text } });
}

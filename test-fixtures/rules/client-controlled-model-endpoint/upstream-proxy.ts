// app/api/upstream/route.ts: a Next.js pass-through to "the upstream model API". The server adds
// its key; who picks the upstream decides where that key goes.
import { NextRequest, NextResponse } from "next/server";
import axios from "axios";

const serverKey = process.env.OPENAI_API_KEY;

export async function POST(req: NextRequest) {
  const body = await req.json();
  // llmsafe-expect: client-controlled-model-endpoint
  const res = await fetch(`${req.headers.get("x-upstream")}/v1/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify(body),
  });
  return new NextResponse(res.body, { status: res.status });
}

export async function PUT(req: NextRequest) {
  const { target, payload } = await req.json();
  const headers = new Headers({ "Content-Type": "application/json" });
  headers.set("Authorization", `Bearer ${serverKey}`);
  // llmsafe-expect: client-controlled-model-endpoint
  const res = await fetch(target, { method: "POST", headers, body: JSON.stringify(payload) });
  return new NextResponse(res.body, { status: res.status });
}

export async function PATCH(req: NextRequest) {
  const { endpoint, payload } = await req.json();
  // llmsafe-expect: client-controlled-model-endpoint
  const { data } = await axios.post(endpoint, payload, { headers: { "x-api-key": process.env.ANTHROPIC_API_KEY } });
  return NextResponse.json(data);
}

export async function GET(req: NextRequest) {
  const base = req.nextUrl.searchParams.get("base");
  // The key rides in the query string: whoever names the host reads it from the access log.
  // llmsafe-expect: client-controlled-model-endpoint
  const res = await fetch(`${base}/v1beta/models/gemini-2.5-flash:generateContent?key=${process.env.GEMINI_API_KEY}`, { method: "POST", body: "{}" });
  return new NextResponse(res.body);
}

// Look-alikes.

export async function DELETE(req: NextRequest) {
  const { path } = await req.json();
  // The server's configured upstream; the request only extends its path.
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const res = await fetch(`${process.env.UPSTREAM_BASE_URL}/${path}`, { headers: { Authorization: `Bearer ${serverKey}` } });
  return new NextResponse(res.body);
}

export async function HEAD(req: NextRequest) {
  const model = req.nextUrl.searchParams.get("model") ?? "gpt-4o";
  // A fixed host; the request's value is an encoded path segment.
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const res = await fetch(`https://api.openai.com/v1/models/${encodeURIComponent(model)}`, { headers: { Authorization: `Bearer ${serverKey}` } });
  return new NextResponse(null, { status: res.status });
}

export async function OPTIONS(req: NextRequest) {
  // Forwarding the caller's own Authorization header to the caller's URL leaks nothing of the server's.
  const { url } = await req.json();
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const res = await fetch(url, { headers: { Authorization: req.headers.get("authorization") ?? "" } });
  return new NextResponse(res.body);
}

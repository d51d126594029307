// lib/invoices/extract.ts: turns pasted invoice text into structured data (OpenAI JSON mode).
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";

const openai = new OpenAI();

const Invoice = z.object({
  vendor: z.string(),
  total: z.number().nonnegative(),
  currency: z.string().length(3),
  lines: z.array(z.object({ description: z.string(), amount: z.number() })),
});
type Invoice = z.infer<typeof Invoice>;

const SYSTEM = "Extract the invoice as JSON with keys vendor, total, currency, lines[].";
const CACHE_FILE = "./.cache/invoices.json";

// llmsafe-expect-clean: unvalidated-llm-json
const SUPPORTED_CURRENCIES: string[] = JSON.parse('["EUR","USD","GBP","CHF"]');

async function complete(text: string) {
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: text },
    ],
  });
}

export async function extractInvoice(text: string) {
  const completion = await complete(text);
  // llmsafe-expect: unvalidated-llm-json
  const invoice = JSON.parse(completion.choices[0].message.content ?? "{}") as Invoice;
  return { vendor: invoice.vendor, totalCents: Math.round(invoice.total * 100) };
}

export async function extractInvoiceValidated(text: string) {
  const completion = await complete(text);
  // llmsafe-expect-clean: unvalidated-llm-json
  return Invoice.parse(JSON.parse(completion.choices[0].message.content ?? "{}"));
}

export async function extractInvoiceSafeParse(text: string) {
  const completion = await complete(text);
  const content = completion.choices[0].message.content ?? "";
  // llmsafe-expect-clean: unvalidated-llm-json
  const raw: unknown = JSON.parse(content);
  const result = Invoice.safeParse(raw);
  if (!result.success) throw new Error(`model returned an invalid invoice: ${result.error.message}`);
  if (!SUPPORTED_CURRENCIES.includes(result.data.currency)) throw new Error("unsupported currency");
  return result.data;
}

export async function extractInvoiceStructured(text: string) {
  const completion = await openai.chat.completions.parse({
    model: "gpt-4o-2024-08-06",
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: text },
    ],
    response_format: zodResponseFormat(Invoice, "invoice"),
  });
  return completion.choices[0].message.parsed;
}

async function loadCache(): Promise<Record<string, Invoice>> {
  try {
    // llmsafe-expect-clean: unvalidated-llm-json
    return JSON.parse(await readFile(CACHE_FILE, "utf8"));
  } catch {
    return {};
  }
}

export async function cacheInvoice(id: string, invoice: Invoice) {
  const cache = await loadCache();
  cache[id] = invoice;
  await writeFile(CACHE_FILE, JSON.stringify(cache), "utf8");
}

export async function streamInvoice(text: string, onProgress: (chars: number) => void) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    stream: true,
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: text },
    ],
  });
  let buf = "";
  for await (const chunk of stream) {
    buf += chunk.choices[0]?.delta?.content ?? "";
    onProgress(buf.length);
  }
  // llmsafe-expect: unvalidated-llm-json
  const invoice = JSON.parse(buf);
  await cacheInvoice(String(invoice.vendor), invoice);
  return invoice;
}

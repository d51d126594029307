// app/api/travel/route.ts: trip-planning agents on the OpenAI Agents SDK (@openai/agents).
import { Agent, run, tool } from "@openai/agents";
import knex from "knex";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { z } from "zod";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });
const mailer = nodemailer.createTransport({ host: "smtp.example.com", port: 587 });
const ITINERARY_DIR = path.resolve("data/itineraries");

const PLANNER_RULES = "You plan trips. Use the tools to look up flights and save itineraries.";

// llmsafe-expect-clean: excessive-agency-tool
const searchFlights = tool({
  name: "search_flights",
  description: "Search flights between two airports on a date",
  parameters: z.object({ from: z.string().length(3), to: z.string().length(3), date: z.string() }),
  execute: async ({ from, to, date }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(`https://flights.example-gds.com/v2/search?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&date=${encodeURIComponent(date)}`);
    return res.text();
  },
});

const saveItinerary = tool({
  name: "save_itinerary",
  description: "Save the itinerary as a Markdown file",
  parameters: z.object({ fileName: z.string(), markdown: z.string() }),
  needsApproval: true,
  execute: async ({ fileName, markdown }) => {
    await mkdir(ITINERARY_DIR, { recursive: true });
    // llmsafe-expect: llm-output-path-traversal
    await writeFile(`${ITINERARY_DIR}/${fileName}`, markdown, "utf8");
    return "saved";
  },
});

// llmsafe-expect: excessive-agency-tool
const emailItinerary = tool({
  name: "email_itinerary",
  description: "Email the itinerary to any address",
  parameters: z.object({ to: z.string().email(), markdown: z.string() }),
  execute: async ({ to, markdown }) => {
    await mailer.sendMail({ from: "trips@example.com", to, subject: "Your trip", text: markdown });
    return "sent";
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const emailItineraryApproved = tool({
  name: "email_itinerary_approved",
  description: "Email the itinerary; the traveller approves every send",
  parameters: z.object({ to: z.string().email(), markdown: z.string() }),
  needsApproval: true,
  execute: async ({ to, markdown }) => {
    await mailer.sendMail({ from: "trips@example.com", to, subject: "Your trip", text: markdown });
    return "sent";
  },
});

export async function POST(req: Request) {
  const { request, travellerNotes } = await req.json();
  const planner = new Agent({
    name: "Planner",
    // llmsafe-expect: system-prompt-injection
    instructions: `${PLANNER_RULES}\nNotes from the traveller's profile: ${travellerNotes}`,
    tools: [searchFlights, saveItinerary, emailItinerary, emailItineraryApproved],
  });
  // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
  const result = await run(planner, request);
  return Response.json({ plan: result.finalOutput });
}

const Budget = z.object({ city: z.string(), maxNightly: z.number().int().positive() });

export async function hotelsUnder(req: Request) {
  const { request } = await req.json();
  const extractor = new Agent({
    name: "Budget extractor",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: "Extract the city and the maximum nightly price from the request.",
    outputType: Budget,
  });
  // llmsafe-expect-clean: undelimited-prompt-input, system-prompt-injection
  const result = await run(extractor, request);
  const budget = result.finalOutput!;
  // llmsafe-expect-clean: llm-output-sql-injection
  return Response.json(await db("hotels").where("city", budget.city).andWhere("nightly_price", "<=", budget.maxNightly).limit(20));
}

export async function hotelsQuick(req: Request) {
  const { request } = await req.json();
  const writer = new Agent({
    name: "SQL writer",
    instructions: "Write a PostgreSQL WHERE clause over hotels(city, nightly_price, stars) for the request. Clause only.",
  });
  const result = await run(writer, request);
  // llmsafe-expect: llm-output-sql-injection
  return Response.json(await db("hotels").whereRaw(result.finalOutput ?? "false").limit(20));
}

export async function hotelsRaw(req: Request) {
  const { request } = await req.json();
  const writer = new Agent({ name: "SQL writer", instructions: "Write one PostgreSQL SELECT over hotels(city, nightly_price, stars)." });
  const result = await run(writer, request);
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await db.raw(String(result.finalOutput));
  return Response.json(rows);
}

export async function debugPlanner(req: Request) {
  const { request } = await req.json();
  const agent = new Agent({
    name: "Planner (debug)",
    // llmsafe-expect: secret-in-prompt
    instructions: `${PLANNER_RULES} If the GDS rejects a call, retry with key ${process.env.GDS_API_SECRET}.`,
    tools: [searchFlights],
  });
  const result = await run(agent, request);
  return Response.json({ plan: result.finalOutput });
}

// app/api/chat/tools.ts: catalog and customer tools for the sales assistant (AI SDK, knex, Prisma).
import { generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import knexFactory from "knex";
import { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const prisma = new PrismaClient();

export const searchProducts = tool({
  description: "Search the product catalog by name",
  inputSchema: z.object({ term: z.string(), limit: z.number().int().max(50).default(10) }),
  execute: async ({ term, limit }) => {
    // llmsafe-expect: llm-output-sql-injection
    const result = await knex.raw(`SELECT id, name, price FROM products WHERE name ILIKE '%${term}%' LIMIT ${limit}`);
    return result.rows;
  },
});

export const searchProductsSafe = tool({
  description: "Search the product catalog by name",
  inputSchema: z.object({ term: z.string(), limit: z.number().int().max(50).default(10) }),
  execute: async ({ term, limit }) =>
    // llmsafe-expect-clean: llm-output-sql-injection
    knex("products").select("id", "name", "price").whereILike("name", `%${term}%`).limit(limit),
});

export const salesByRegion = tool({
  description: "Total sales for a region in a given year",
  inputSchema: z.object({ region: z.string(), year: z.number().int() }),
  execute: async ({ region, year }) => {
    const result = await knex.raw(
      // llmsafe-expect-clean: llm-output-sql-injection
      "SELECT sum(total_cents) AS total FROM orders WHERE region = ? AND extract(year FROM created_at) = ?",
      [region, year],
    );
    return result.rows[0];
  },
});

export const customerLookup = tool({
  description: "Find a customer by email",
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => {
    // llmsafe-expect: llm-output-sql-injection
    return prisma.$queryRawUnsafe(`SELECT id, name, plan FROM "User" WHERE email = '${email}'`);
  },
});

export const customerLookupSafe = tool({
  description: "Find a customer by email",
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    return prisma.$queryRaw`SELECT id, name, plan FROM "User" WHERE email = ${email}`;
  },
});

export const customerLookupPositional = tool({
  description: "Find a customer by email",
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    return prisma.$queryRawUnsafe('SELECT id, name, plan FROM "User" WHERE email = $1', email);
  },
});

export const tagCustomer = tool({
  description: "Add a tag to a customer",
  inputSchema: z.object({ customerId: z.number().int(), tag: z.string() }),
  needsApproval: true,
  execute: async ({ customerId, tag }) => {
    // llmsafe-expect: llm-output-sql-injection
    const updated = await prisma.$executeRawUnsafe(`UPDATE "User" SET tags = array_append(tags, '${tag}') WHERE id = ${customerId}`);
    return { updated };
  },
});

export const tagCustomerSafe = tool({
  description: "Add a tag to a customer",
  inputSchema: z.object({ customerId: z.number().int(), tag: z.string() }),
  needsApproval: true,
  execute: async ({ customerId, tag }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const updated = await prisma.$executeRaw(Prisma.sql`UPDATE "User" SET tags = array_append(tags, ${tag}) WHERE id = ${customerId}`);
    return { updated };
  },
});

export async function salesChat(question: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: "You help the sales team look up products and customers.",
    prompt: question,
    tools: {
      searchProducts,
      searchProductsSafe,
      salesByRegion,
      customerLookup,
      customerLookupSafe,
      customerLookupPositional,
      tagCustomer,
      tagCustomerSafe,
    },
    stopWhen: stepCountIs(8),
  });
  return text;
}

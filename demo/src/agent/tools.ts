import { tool } from "ai";
import { execFile } from "node:child_process";
import { z } from "zod";
import { Pool } from "pg";

const pool = new Pool();

// Problem: the model writes the SQL text.
export const runSql = tool({
  description: "Run a read-only SQL query against the tickets database",
  inputSchema: z.object({ sql: z.string() }),
  execute: async ({ sql }) => {
    const { rows } = await pool.query(sql);
    return rows;
  },
});

// Safe: parameterised query; the model only supplies a value.
export const findTicket = tool({
  description: "Find a ticket by id",
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    const { rows } = await pool.query("SELECT * FROM tickets WHERE id = $1", [id]);
    return rows[0];
  },
});

// Problem: deletes customer data whenever the model decides to, with no confirmation.
export const deleteTicket = tool({
  description: "Delete a ticket",
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    await pool.query("DELETE FROM tickets WHERE id = $1", [id]);
    return "deleted";
  },
});

// Safe: same action behind an approval step.
export const closeTicket = tool({
  description: "Close a ticket after the agent confirms",
  inputSchema: z.object({ id: z.string() }),
  needsApproval: true,
  execute: async ({ id }) => {
    await pool.query("DELETE FROM tickets WHERE id = $1 AND status = 'resolved'", [id]);
    return "closed";
  },
});

// Safe: a fixed program with an argument array, no shell.
export const pingHost = tool({
  description: "Check whether a host answers",
  inputSchema: z.object({ host: z.string().regex(/^[a-z0-9.-]+$/) }),
  needsApproval: true,
  execute: async ({ host }) =>
    new Promise<string>((resolve) => execFile("ping", ["-c", "1", host], (_err, stdout) => resolve(stdout))),
});

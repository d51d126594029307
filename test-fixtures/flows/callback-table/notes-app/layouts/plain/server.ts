// layouts/plain/server.ts: the plain layout needs no model; it only trims the text.
import { defineLayout } from "../../lib/layouts/registry";

export const plainLayout = defineLayout({
  layout: "plain",
  rewrite: async ({ card }) => (card.body ?? "").trim(),
});

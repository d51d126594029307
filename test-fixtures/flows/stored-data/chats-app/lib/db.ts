// lib/db.ts: one Prisma client per request, memoised with React's cache().
import { PrismaClient } from "@prisma/client";
import { cache } from "react";

export const getDb = cache(() => {
  return new PrismaClient();
});

// server/trpc.ts: the tRPC instance and the procedure builders the routers import.
import { initTRPC, TRPCError } from "@trpc/server";

export interface Context {
  userId: string | null;
  workspace: string;
}

const t = initTRPC.context<Context>().create();

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

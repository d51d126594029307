// Function wrappers that return a function doing what their argument does, remembered per
// arguments: React's cache() around a server-side getter (`export const getPrisma = cache(() =>
// new PrismaClient())`), Next.js's unstable_cache, lodash's memoize, memoize-one. Calling the
// result is calling the argument, so a client built inside stays that client (its store and
// LLM rows apply) and the data it returns is the data the argument returns.
import type { Model } from "../engine/model";

export const memoizersModel: Model = {
  name: "Memoizing function wrappers",
  rows: [
    { kind: "propagator", callee: ["react:cache", "next/cache:unstable_cache", "lodash:memoize", "lodash/memoize:", "lodash.memoize:", "lodash-es:memoize", "memoize-one:"], from: "0", shape: "kept" },
  ],
};

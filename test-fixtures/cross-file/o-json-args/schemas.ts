// schemas.ts: tool specs and argument schemas for the hand-written tool loop in dispatch.ts.
import { z } from "zod";

export const WeatherArgs = z.object({ city: z.string().max(80), unit: z.enum(["c", "f"]).default("c") });
export const TimeArgs = z.object({ timezone: z.string() });

export function parseArgs<T>(schema: z.ZodType<T>, raw: string): T {
  // llmsafe-expect-clean: unvalidated-llm-json
  return schema.parse(JSON.parse(raw));
}

export const TOOL_SPECS = [
  {
    type: "function" as const,
    function: {
      name: "get_weather",
      description: "Current weather in a city",
      parameters: { type: "object", properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"] } }, required: ["city"] },
    },
  },
  {
    type: "function" as const,
    function: {
      name: "get_time",
      description: "Current time in a timezone",
      parameters: { type: "object", properties: { timezone: { type: "string" } }, required: ["timezone"] },
    },
  },
  {
    type: "function" as const,
    function: {
      name: "log_feedback",
      description: "Record the user's rating of the answer",
      parameters: { type: "object", properties: { rating: { type: "integer" }, comment: { type: "string" } }, required: ["rating"] },
    },
  },
];

// tools.ts: incident tools; whether a tool sends mail is only visible through lib/mailer.ts.
import { tool } from "ai";
import { z } from "zod";
import { formatAlert, sendAlertEmail } from "./lib/mailer";

const AlertInput = z.object({ owner: z.string().email(), subject: z.string(), text: z.string() });

// llmsafe-expect: excessive-agency-tool
export const notifyOwner = tool({
  description: "Email the service owner about an incident",
  inputSchema: AlertInput,
  execute: async ({ owner, subject, text }) => ({ id: await sendAlertEmail(owner, subject, text) }),
});

// llmsafe-expect-clean: excessive-agency-tool
export const notifyOwnerApproved = tool({
  description: "Email the service owner about an incident",
  inputSchema: AlertInput,
  needsApproval: true,
  execute: async ({ owner, subject, text }) => ({ id: await sendAlertEmail(owner, subject, text) }),
});

// llmsafe-expect-clean: excessive-agency-tool
export const previewAlert = tool({
  description: "Preview the alert text without sending anything",
  inputSchema: AlertInput,
  execute: async ({ subject, text }) => ({ preview: formatAlert(subject, text) }),
});

// lib/tools/preview-layout.ts: shows what a layout does on a sample card the app ships. Same table,
// same callbacks, but the card is the server's constant: nothing anyone else wrote.
import { layoutHandlers, type LayoutKind } from "../layouts/registry";

const SAMPLE_CARD = {
  id: "00000000-0000-0000-0000-000000000000",
  title: "Sample card",
  body: "Ship the beta on Friday. Ask design for the new icons.",
  layout: "bullets" as const,
  updatedAt: new Date(0),
};

export async function previewLayout(layout: LayoutKind, request: string) {
  const chunks: string[] = [];
  const handler = layoutHandlers.find((candidate) => candidate.layout === layout);
  // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
  await handler?.rewrite({ card: { ...SAMPLE_CARD, layout }, request: "Make it shorter.", emit: (c) => chunks.push(c) });
  return { request, preview: chunks.join("") };
}

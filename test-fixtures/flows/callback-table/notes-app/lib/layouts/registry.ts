// lib/layouts/registry.ts: each layout module registers its rewrite callback through defineLayout,
// which wraps it (the wrapper streams and saves the new text); the tools look a layout up here.
// The layout modules import defineLayout from this file and this file imports them: a cycle.
import { bulletsLayout } from "../../layouts/bullets/server";
import { memoLayout } from "../../layouts/memo/server";
import { plainLayout } from "../../layouts/plain/server";
import { saveNoteCard } from "../db/queries";
import type { NoteCard } from "../db/schema";

export type LayoutKind = "bullets" | "memo" | "plain";

export interface RewriteArgs {
  card: NoteCard;
  request: string;
  emit: (chunk: string) => void;
}

export interface LayoutHandler {
  layout: LayoutKind;
  rewrite(args: RewriteArgs): Promise<void>;
}

export function defineLayout(spec: { layout: LayoutKind; rewrite: (args: RewriteArgs) => Promise<string> }): LayoutHandler {
  return {
    layout: spec.layout,
    async rewrite(args: RewriteArgs) {
      const text = await spec.rewrite({ card: args.card, request: args.request, emit: args.emit });
      await saveNoteCard({ id: args.card.id, title: args.card.title, body: text, layout: spec.layout });
    },
  };
}

export const layoutHandlers: LayoutHandler[] = [bulletsLayout, memoLayout, plainLayout];

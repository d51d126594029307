// components/GeneratedCover.tsx: the model picks a cover image for a note it wrote (structured
// output with an image URL), and the page shows it.
"use client";

import { useCompletion } from "@ai-sdk/react";

export function GeneratedCover({ noteId }: { noteId: string }) {
  const { completion } = useCompletion({ api: "/api/cover", body: { noteId } });
  const cover = completion.trim();
  const slug = encodeURIComponent(cover);
  return (
    <figure>
      {/* llmsafe-known-miss: markdown-exfiltration */}
      <img src={cover} alt="cover" />
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      <img src={`https://covers.acme-notes.dev/${slug}.png`} alt="cover" />
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      <img src={`/notes/${noteId}/cover.png`} alt="" />
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      <figcaption title={cover}>{cover}</figcaption>
    </figure>
  );
}

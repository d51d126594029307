// app/docs/[topic]/page.tsx: `params` is the dynamic segment, `searchParams` the query string.
import type { Metadata } from "next";
import { docsAnswer, docsSummary } from "../../../lib/docs-answer";

type PageProps = { params: Promise<{ topic: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { topic } = await params;
  return { title: `Acme docs: ${topic}` };
}

export default async function DocsTopicPage(props: PageProps) {
  const { topic } = await props.params;
  const query = (await props.searchParams).q ?? "";
  // llmsafe-expect: system-prompt-injection
  const answer = await docsAnswer(topic, query);
  // llmsafe-expect-clean: system-prompt-injection
  const summary = await docsSummary(query);
  return (
    <section>
      <p>{summary}</p>
      <p>{answer}</p>
    </section>
  );
}

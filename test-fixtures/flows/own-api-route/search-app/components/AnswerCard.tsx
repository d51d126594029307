export default function AnswerCard({ answer, sources }: { answer: string; sources: string[] }) {
  return (
    <section>
      <ul>{sources.map((s) => <li key={s}>{s}</li>)}</ul>
      {/* llmsafe-expect-clean: llm-output-xss */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: answer ? answer.trim() : "" }} />
    </section>
  );
}

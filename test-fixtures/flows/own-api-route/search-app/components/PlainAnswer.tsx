export default function PlainAnswer({ answer }: { answer: string }) {
  // llmsafe-expect-clean: llm-output-xss
  return <p className="whitespace-pre-wrap">{answer}</p>;
}

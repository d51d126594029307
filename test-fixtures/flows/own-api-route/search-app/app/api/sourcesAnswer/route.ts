import Together from "together-ai";

const together = new Together({ apiKey: process.env.TOGETHER_API_KEY });

export async function POST(request: Request) {
  const { question, sources } = await request.json();
  const stream = await together.chat.completions.create({
    model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    messages: [
      { role: "system", content: "Answer the question using only the sources below." },
      { role: "user", content: `Sources: ${JSON.stringify(sources)}\n\nQuestion: ${question}` },
    ],
    stream: true,
  });
  return new Response(stream.toReadableStream());
}

// src/movies.ts: movie questions over Neo4j and a public weather API (LangChain graph and API chains).
import { ChatOpenAI } from "@langchain/openai";
import { Neo4jGraph } from "@langchain/community/graphs/neo4j_graph";
import { GraphCypherQAChain } from "@langchain/community/chains/graph_qa/cypher";
import { APIChain } from "@langchain/classic/chains";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import neo4j from "neo4j-driver";

const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD!));
const graph = await Neo4jGraph.initialize({ url: process.env.NEO4J_URI!, username: "neo4j", password: process.env.NEO4J_PASSWORD! });

const WEATHER_DOCS = `BASE URL: https://api.open-meteo.com/
GET /v1/forecast?latitude=..&longitude=..&hourly=temperature_2m`;

// The graph QA chain runs the Cypher its model writes (the CVE-2024-7042 class).
export const movieQa = GraphCypherQAChain.fromLLM({
  llm,
  // llmsafe-expect: llm-output-sql-injection
  graph,
});

// The API chain fetches whatever URL its model writes from the docs and the question.
// llmsafe-expect: llm-output-ssrf
export const weather = APIChain.fromLLMAndAPIDocs(llm, WEATHER_DOCS, {
  headers: { "User-Agent": "movie-night-bot" },
});

const cypherPrompt = ChatPromptTemplate.fromMessages([
  ["system", "Write one read-only Cypher query for the question. Labels: Movie(title, year), Person(name). Cypher only."],
  ["human", "{question}"],
]);
const writeCypher = cypherPrompt.pipe(llm).pipe(new StringOutputParser());

export async function castOf(question: string) {
  const cypher = await writeCypher.invoke({ question });
  const session = driver.session({ database: "movies" });
  try {
    // llmsafe-expect: llm-output-sql-injection
    const result = await session.run(cypher);
    // llmsafe-expect-clean: llm-output-sql-injection
    await session.run("MATCH (m:Movie {title: $title}) RETURN m.year AS year", { title: cypher });
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

export async function castViaGraph(question: string) {
  const cypher = await writeCypher.invoke({ question });
  // llmsafe-expect: llm-output-sql-injection
  const rows = await graph.query(cypher);
  // llmsafe-expect-clean: llm-output-sql-injection
  const years = await graph.query("MATCH (m:Movie) RETURN DISTINCT m.year AS year ORDER BY year");
  return { rows, years };
}

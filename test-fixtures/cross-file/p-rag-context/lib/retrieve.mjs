// lib/retrieve.mjs: retrieval for the product-manual assistant (Qdrant through LangChain).
import { QdrantVectorStore } from "@langchain/qdrant";
import { OpenAIEmbeddings } from "@langchain/openai";

const store = await QdrantVectorStore.fromExistingCollection(new OpenAIEmbeddings(), {
  url: process.env.QDRANT_URL,
  collectionName: "product-manuals",
});

export async function getContext(query, k = 5) {
  const docs = await store.similaritySearch(query, k);
  return docs.map((doc) => `## ${doc.metadata.title}\n${doc.pageContent}`).join("\n\n");
}

export async function countMatches(query) {
  const docs = await store.similaritySearch(query, 20);
  return docs.length;
}

export const MANUAL_RULES = "You answer questions about Acme appliances using the manual excerpts provided.";

// workers/review-classifier.js: sentiment and entity extraction for product reviews (Anthropic, Gemini).
const Anthropic = require("@anthropic-ai/sdk");
const { GoogleGenAI } = require("@google/genai");
const v = require("valibot");
const { z } = require("zod");

const Sentiment = v.object({ label: v.picklist(["positive", "neutral", "negative"]), score: v.number() });
const Entities = z.object({ entities: z.array(z.object({ name: z.string(), type: z.string() })) });

const SENTIMENT_PROMPT = 'Reply with JSON only: {"label": "positive" | "neutral" | "negative", "score": 0..1}';

class AgentRunner {
  constructor() {
    this.client = new Anthropic();
    this.genai = new GoogleGenAI({});
  }

  async rawSentiment(review) {
    return this.client.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 100,
      system: SENTIMENT_PROMPT,
      messages: [{ role: "user", content: review }],
    });
  }

  async isAngry(review) {
    const msg = await this.rawSentiment(review);
    // llmsafe-expect: unvalidated-llm-json
    const result = JSON.parse(msg.content[0].text);
    return result.label === "negative" && result.score > 0.8;
  }

  async isAngryValidated(review) {
    const msg = await this.rawSentiment(review);
    // llmsafe-expect-clean: unvalidated-llm-json
    const result = v.parse(Sentiment, JSON.parse(msg.content[0].text));
    return result.label === "negative" && result.score > 0.8;
  }

  async entityNames(text) {
    const response = await this.genai.models.generateContent({
      model: "gemini-2.5-flash",
      contents: text,
      config: { responseMimeType: "application/json", systemInstruction: 'List named entities as {"entities": [{"name", "type"}]}.' },
    });
    // llmsafe-expect: unvalidated-llm-json
    return JSON.parse(response.text).entities.map((e) => e.name);
  }

  async entityNamesValidated(text) {
    const response = await this.genai.models.generateContent({
      model: "gemini-2.5-flash",
      contents: text,
      config: { responseMimeType: "application/json", systemInstruction: 'List named entities as {"entities": [{"name", "type"}]}.' },
    });
    // llmsafe-expect-clean: unvalidated-llm-json
    const parsed = Entities.safeParse(JSON.parse(response.text ?? "{}"));
    return parsed.success ? parsed.data.entities.map((e) => e.name) : [];
  }

  // Streams a tool call and assembles its input from input_json_delta events.
  async searchQueryFor(messages, tools) {
    const stream = await this.client.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      tools,
      messages,
      stream: true,
    });
    let json = "";
    for await (const event of stream) {
      if (event.type === "content_block_delta" && event.delta.type === "input_json_delta") {
        json += event.delta.partial_json;
      }
    }
    // llmsafe-expect: unvalidated-llm-json
    const input = JSON.parse(json || "{}");
    return String(input.query ?? "");
  }
}

module.exports = { AgentRunner };

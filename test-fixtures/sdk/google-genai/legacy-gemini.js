// services/gemini.js: older Express service still on the legacy @google/generative-ai SDK (CommonJS).
const { GoogleGenerativeAI, HarmBlockThreshold, HarmCategory } = require("@google/generative-ai");
const Database = require("better-sqlite3");
const vm = require("node:vm");

const db = new Database("catalog.db");
// llmsafe-expect: hardcoded-api-key
const genAI = new GoogleGenerativeAI(process.env.GOOGLE_API_KEY || "AIzaSyFAKEfixture_llmsafe-0123456789SyF");

const CATALOG_RULES = "You help shoppers find products in the Acme catalog. Never invent products.";

const relaxedModel = genAI.getGenerativeModel({
  model: "gemini-1.5-flash",
  safetySettings: [
    // llmsafe-expect: disabled-safety-settings
    { category: HarmCategory.HARM_CATEGORY_HATE_SPEECH, threshold: "BLOCK_NONE" },
    // llmsafe-expect-clean: disabled-safety-settings
    { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_ONLY_HIGH },
  ],
});

async function shopperReply(req, res) {
  const model = genAI.getGenerativeModel({
    model: "gemini-1.5-pro",
    // llmsafe-expect: system-prompt-injection
    systemInstruction: CATALOG_RULES + "\nThe shopper describes themselves as: " + req.body.profile,
  });
  // llmsafe-expect-clean: undelimited-prompt-input
  const result = await model.generateContent(req.body.message);
  res.json({ text: result.response.text() });
}

async function searchCatalog(req, res) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", systemInstruction: "Turn the request into a SQLite WHERE clause over products(name, price, color). Output the clause only." });
  const result = await model.generateContent(req.body.message);
  const where = result.response.text().trim();
  // llmsafe-expect: llm-output-sql-injection
  const rows = db.prepare("SELECT id, name, price FROM products WHERE " + where + " LIMIT 20").all();
  res.json({ rows });
}

async function searchCatalogByColor(req, res) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", systemInstruction: "Reply with the color the shopper wants, one word." });
  const result = await model.generateContent(req.body.message);
  // llmsafe-expect-clean: llm-output-sql-injection
  const rows = db.prepare("SELECT id, name, price FROM products WHERE color = ? LIMIT 20").all(result.response.text().trim());
  res.json({ rows });
}

async function priceRule(req, res) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const result = await model.generateContent(
    // llmsafe-expect: undelimited-prompt-input
    "Write a JavaScript expression over `price` and `qty` that computes the discounted total for: " + req.body.rule,
  );
  const expr = result.response.text();
  // llmsafe-expect: llm-output-code-execution
  const total = vm.runInNewContext(expr, { price: Number(req.body.price), qty: Number(req.body.qty) });
  res.json({ total });
}

async function moderatedReview(req, res) {
  const chat = relaxedModel.startChat({ history: [] });
  // llmsafe-expect-clean: undelimited-prompt-input
  const result = await chat.sendMessage(req.body.review);
  res.json({ text: result.response.text() });
}

module.exports = { shopperReply, searchCatalog, searchCatalogByColor, priceRule, moderatedReview };

// templates.js: LangChain prompt helpers shared by the workers (CommonJS, `exports.` style).
const { PromptTemplate, ChatPromptTemplate } = require("@langchain/core/prompts");

exports.compileUserTemplate = function compileUserTemplate(text) {
  return PromptTemplate.fromTemplate(text);
};

exports.questionPrompt = ChatPromptTemplate.fromMessages([
  ["system", "You answer questions about the user's uploaded spreadsheet."],
  ["human", "{question}"],
]);

exports.DIGEST_TEMPLATE = "Write a digest of today's sheet changes for {owner}.";

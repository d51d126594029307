// worker.js: Socket.IO worker that runs spreadsheet prompts (CommonJS).
const { Server } = require("socket.io");
const { ChatOpenAI } = require("@langchain/openai");
const templates = require("./templates");
const { compileUserTemplate, questionPrompt } = require("./templates.js");

const io = new Server(3011);
const model = new ChatOpenAI({ model: "gpt-4o-mini" });

io.on("connection", (socket) => {
  const owner = socket.handshake.auth.displayName ? "the sheet owner" : "the team";

  socket.on("run-template", async ({ template }) => {
    // llmsafe-expect: prompt-template-injection
    const prompt = compileUserTemplate(template);
    const reply = await prompt.pipe(model).invoke({ owner });
    socket.emit("result", reply.content);
  });

  socket.on("run-digest", async () => {
    // llmsafe-expect-clean: prompt-template-injection
    const prompt = templates.compileUserTemplate(templates.DIGEST_TEMPLATE);
    const reply = await prompt.pipe(model).invoke({ owner });
    socket.emit("result", reply.content);
  });

  socket.on("ask", async (payload) => {
    const reply = await questionPrompt.pipe(model).invoke({
      // llmsafe-expect-clean: prompt-template-injection
      question: payload.question,
    });
    socket.emit("result", reply.content);
  });

  socket.on("run-template:v2", async (payload) => {
    // llmsafe-expect-also: prompt-template-injection
    const prompt = templates.compileUserTemplate(payload.template.trim());
    const reply = await prompt.pipe(model).invoke({ owner });
    socket.emit("result", reply.content);
  });
});

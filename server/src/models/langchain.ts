// LangChain JS: messages, prompt templates, chat models, tools, retrievers, agents.
import type { Model } from "../engine/model";

const LC = "{@langchain/*,@langchain/**,langchain,langchain/**}";
const CHAT_MODEL = `${LC}:{Chat*,AzureChatOpenAI,BedrockChat,initChatModel}()`;

export const langchainModel: Model = {
  name: "LangChain JS",
  // StructuredTool / Tool subclasses: `_call` receives model-chosen input. By name, whatever module
  // the base class comes from (a path alias, a workspace package).
  toolClasses: [{ baseSuffix: "Tool", method: "_call" }],
  rows: [
    // MCP servers by name (`new MultiServerMCPClient({ mcpServers: { name: { command, args } } })`): unpinned-mcp-server.
    { kind: "mcp-launch", callee: "@langchain/mcp-adapters:MultiServerMCPClient", config: "0.mcpServers", servers: true },
    { kind: "message", callee: `${LC}:SystemMessage`, role: "system", content: "0" },
    { kind: "message", callee: `${LC}:HumanMessage`, role: "user", content: "0" },
    { kind: "message", callee: `${LC}:AIMessage`, role: "assistant", content: "0" },
    { kind: "prompt-template", callee: [`${LC}:PromptTemplate.fromTemplate`, `${LC}:ChatPromptTemplate.fromTemplate`, `${LC}:HumanMessagePromptTemplate.fromTemplate`], template: "0", form: "user-text" },
    { kind: "prompt-template", callee: `${LC}:PromptTemplate`, template: "0.template", form: "user-text" },
    { kind: "prompt-template", callee: `${LC}:FewShot*PromptTemplate`, template: "0.prefix", form: "user-text" },
    { kind: "prompt-template", callee: `${LC}:FewShot*PromptTemplate`, template: "0.suffix", form: "user-text" },
    { kind: "prompt-template", callee: `${LC}:SystemMessagePromptTemplate.fromTemplate`, template: "0", form: "system-text" },
    { kind: "prompt-template", callee: `${LC}:ChatPromptTemplate.fromMessages`, template: "0", form: "messages" },
    { kind: "client", callee: `${LC}:{Chat*,AzureChatOpenAI}`, apiKey: "0.apiKey" },
    {
      kind: "endpoint", callee: `${LC}:{ChatOpenAI,OpenAI,OpenAIEmbeddings}`, url: ["0.configuration.baseURL", "0.configuration.basePath"],
      key: ["0.apiKey", "0.openAIApiKey"], headers: ["0.configuration.defaultHeaders"], keyFromEnv: "OPENAI_API_KEY",
    },
    { kind: "endpoint", callee: `${LC}:ChatAnthropic`, url: ["0.anthropicApiUrl", "0.clientOptions.baseURL"], key: ["0.apiKey", "0.anthropicApiKey"], keyFromEnv: "ANTHROPIC_API_KEY" },
    { kind: "endpoint", callee: `${LC}:{ChatOllama,Ollama}`, url: ["0.baseUrl"], headers: ["0.headers"] },
    {
      kind: "llm-call", provider: "langchain",
      callee: [`${CHAT_MODEL}.{invoke,stream,batch,call,predict,predictMessages}`, `${CHAT_MODEL}.{bindTools,withStructuredOutput,bind,withConfig,withRetry}().{invoke,stream,batch}`],
      channels: [{ at: "0", as: "input" }],
    },
    // Text-completion LLMs (langchain/llms/*, OpenAI from @langchain/openai): a prompt string in, text out.
    { kind: "llm-call", provider: "langchain", callee: `${LC}:{OpenAI,Ollama,Cohere,HuggingFaceInference,Replicate,Bedrock}().{invoke,stream,call,predict}`, channels: [{ at: "0", as: "input" }] },
    { kind: "llm-call", provider: "langchain", result: "client", callee: [`${LC}:createReactAgent`, `${LC}:createAgent`, `${LC}:createToolCallingAgent`, `${LC}:createOpenAIFunctionsAgent`], channels: [{ at: "0.prompt", as: "instruction" }, { at: "0.stateModifier", as: "instruction" }, { at: "0.messageModifier", as: "instruction" }, { at: "0.systemPrompt", as: "instruction" }] },
    // An agent's tools, and a chat model bound to tools (the model picks among them).
    { kind: "tool-set", callee: [`${LC}:{createReactAgent,createAgent,createToolCallingAgent,createOpenAIFunctionsAgent,createOpenAIToolsAgent,createStructuredChatAgent,AgentExecutor,AgentExecutor.fromAgentAndTools}`], tools: ["0.tools"] },
    { kind: "tool-set", callee: [`${LC}:{initializeAgentExecutorWithOptions,initializeAgentExecutor}`, `${CHAT_MODEL}.bindTools`], tools: ["0"] },
    { kind: "llm-call", provider: "langchain", callee: `${LC}:{createReactAgent,createAgent}().{invoke,stream}`, channels: [{ at: "0.messages", as: "messages" }] },
    // Classic agents and chains (langchain/agents, langchain/chains): `input` is the user's turn.
    { kind: "llm-call", provider: "langchain", callee: [`${LC}:{AgentExecutor,AgentExecutor.fromAgentAndTools,LLMChain,ConversationChain}().{invoke,call}`], channels: [{ at: "0.input", as: "input" }] },
    { kind: "tool", callee: `${LC}:tool`, handler: "0", schema: ["1.schema"] },
    { kind: "tool", callee: `${LC}:{DynamicTool,DynamicStructuredTool}`, handler: "0.func", schema: ["0.schema"] },
    // SqlDatabase.run executes the SQL text it is given (an SQL agent's query is model output).
    { kind: "sink", callee: `${LC}:SqlDatabase.{fromDataSourceParams,fromOptionsParams}().run`, arg: "0", sink: "sql" },
    // Retrieved documents were written by whoever wrote the indexed content.
    { kind: "source", callee: ["**.{similaritySearch,similaritySearchWithScore,similaritySearchVectorWithScore,maxMarginalRelevanceSearch,getRelevantDocuments,_getRelevantDocuments}", "**.asRetriever().{invoke,getRelevantDocuments,batch}", "?:{retriever,vectorStore,vectorstore,store,docsRetriever}.{invoke,retrieve}", `${LC}:**().{load,loadAndSplit,lazyLoad}`], taint: "external" },

    // A LangGraph long-term memory store (`config.store`, a `BaseStore`): what `search` returns was
    // written earlier, often by the model itself from past conversations (a memory tool), so it is
    // external content, like a retrieved document.
    // LangGraph graphs: a node added with `addNode` receives the state (and config) the compiled graph
    // is invoked with, which carries request data when the app passes it in.
    { kind: "registered-callback", callee: `${LC}:{StateGraph,Graph,MessageGraph}()**.addNode`, handler: "1", runBy: ["invoke", "stream", "streamEvents", "batch"], params: ["0", "1"] },
    { kind: "source", callee: ["@langchain/langgraph**:**().search", "?:{store,memoryStore}.search", "?:**.store.search"], taint: "external" },

    // Chains and LCEL runnables: what invoking a composed runnable returns (a step after a model
    // gets model output), and the query runners of LLM stacks, whose text the model writes.
    { kind: "runnable", callee: `${LC}:RunnableSequence.from`, build: "sequence", steps: "0" },
    { kind: "runnable", callee: `${LC}:{RunnablePassthrough,RunnablePassthrough()}.assign`, build: "assign", steps: "0" },
    { kind: "runnable", callee: `${LC}:{RunnableMap,RunnableParallel}.from`, build: "map", steps: "0" },
    { kind: "runnable", callee: `${LC}:{RunnableMap,RunnableParallel}`, build: "map", steps: "0.steps" },
    { kind: "runnable", callee: `${LC}:RunnableLambda.from`, build: "lambda", steps: "0" },
    { kind: "runnable", callee: `${LC}:RunnableLambda`, build: "lambda", steps: "0.func" },
    { kind: "runnable", callee: `${LC}:**().pipe`, build: "pipe", steps: "0" },
    { kind: "runnable", callee: [`${LC}:{createSqlQueryChain,createStuffDocumentsChain}`, `${LC}:LLMChain`], build: "model-chain", steps: "0.prompt" },
    { kind: "sink", callee: [`${LC}:QuerySqlTool().{invoke,call}`, `${LC}:{Neo4jGraph,Neo4jGraph.initialize()}.query`, `${LC}:Neo4jGraph().query`], arg: "0", sink: "sql" },
    // Chains that run their model's query or request themselves: the finding is the construction.
    { kind: "sink", callee: `${LC}:SqlDatabaseChain`, arg: "0.database", sink: "sql", when: "model-writes", label: "SQL" },
    { kind: "sink", callee: `${LC}:GraphCypherQAChain.fromLLM`, arg: "0.graph", sink: "sql", when: "model-writes", label: "Cypher query" },
    { kind: "sink", callee: `${LC}:APIChain.fromLLMAndAPIDocs`, arg: "0", sink: "url", when: "model-writes", label: "request URL" },
  ],
};

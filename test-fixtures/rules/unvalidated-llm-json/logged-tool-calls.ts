// A supervisor loop that runs the model's function calls: the parsed arguments are shown in the
// transcript (a breadcrumb callback) and logged; only what the program then reads from them is a use.
import OpenAI from "openai";
import pino from "pino";

const client = new OpenAI();
const log = pino({ level: "info" });

type Breadcrumb = (title: string, data?: unknown) => void;

export class Supervisor {
  private readonly logger = pino();

  async step(input: string, addBreadcrumb?: Breadcrumb): Promise<string> {
    const res = await client.responses.create({ model: "gpt-4.1", input });
    for (const item of res.output) {
      if (item.type !== "function_call") continue;
      // Shown and logged only: the tool's answer is looked up by name, not from the arguments.
      // llmsafe-expect-clean: unvalidated-llm-json
      const args = JSON.parse(item.arguments || "{}");
      addBreadcrumb?.(`function call: ${item.name}`, args);
      this.logger.info({ args }, "function call");
      log.debug(args);
    }
    return res.output_text;
  }

  async lookup(input: string): Promise<number> {
    const res = await client.responses.create({ model: "gpt-4.1", input });
    const call = res.output.find((o) => o.type === "function_call");
    if (!call || call.type !== "function_call") return 0;
    // llmsafe-expect: unvalidated-llm-json
    const args = JSON.parse(call.arguments);
    this.logger.info({ args }, "lookup");
    return args.orderId * 100;
  }
}

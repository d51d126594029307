// An ops assistant written as a CommonJS script: the OpenAI client comes from require(), so the
// doc comments name the response type under the SDK's namespace, through a @callback type.
const OpenAI = require("openai");
const { execSync } = require("node:child_process");
const fs = require("node:fs");

const client = new OpenAI();

/**
 * Asks the model a question about the host.
 *
 * @callback AskModel
 * @param {string} question
 * @returns {Promise<OpenAI.ChatCompletion>}
 */

/**
 * Runs the command the model proposes for a question.
 *
 * @param {AskModel} ask
 * @param {string} question
 */
async function runProposedCommand(ask, question) {
  const completion = await ask(question);
  const command = completion.choices[0].message.content.trim();
  // llmsafe-expect: llm-output-command-injection
  return execSync(command, { encoding: "utf8" });
}

/**
 * Replays the command of a completion saved by an earlier run.
 *
 * @param {string} cacheFile
 */
function replayCachedCommand(cacheFile) {
  /** @type {import("openai").ChatCompletion} */
  const cached = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
  // llmsafe-expect: llm-output-command-injection
  return execSync(cached.choices[0].message.content, { encoding: "utf8" });
}

/**
 * Logs what a run cost: the API's own counters.
 *
 * @param {OpenAI.ChatCompletion} completion
 */
function logCost(completion) {
  const { prompt_tokens, completion_tokens } = completion.usage;
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`logger -t ops-assistant "${prompt_tokens} in, ${completion_tokens} out"`);
}

/**
 * Runs a queued job: the completion the planner stored with it, written over several doc lines.
 *
 * @param {{
 *   completion: OpenAI.ChatCompletion,
 *   host: string
 * }} job
 */
function runQueuedJob(job) {
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`ssh ${job.host} true`);
  // llmsafe-expect: llm-output-command-injection
  return execSync(job.completion.choices[0].message.content);
}

/**
 * Pings the host a run targets. The completion is documented as a field of `options`, so only
 * `options.reply` is the model's, not `options` whole.
 *
 * @param {object} options
 * @param {OpenAI.ChatCompletion} options.reply
 * @param {string} options.host
 */
function pingTarget(options) {
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`ping -c 1 ${options.host}`);
}

/**
 * A ticket from the team's own queue: `Queue.Ticket` is no SDK type.
 *
 * @param {Queue.Ticket} ticket
 */
function archiveTicket(ticket) {
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`tar czf /var/archive/${ticket.id}.tgz /var/tickets/${ticket.id}`);
}

module.exports = { runProposedCommand, replayCachedCommand, runQueuedJob, pingTarget, logCost, archiveTicket, ask: (q) => client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }] }) };

// samples/lights.js: the function-calling sample of a smart-home assistant (Gemini SDK). The
// executable functions sit in an object keyed by the function name, and the name the model
// returns picks the one to run.
import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

async function setLights(room, brightness) {
  return { room, brightness, ok: true };
}

async function lockDoors(zone) {
  return { zone, locked: true };
}

const declarations = [
  { name: "setLights", parameters: { type: "OBJECT", properties: { room: { type: "STRING" }, brightness: { type: "NUMBER" } } } },
];

// Offered to the model: setLights only. lockDoors sits in the same object.
const functions = {
  setLights: ({ room, brightness }) => setLights(room, brightness),
  lockDoors: ({ zone }) => lockDoors(zone),
};

export async function dimTheLights(prompt) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", tools: { functionDeclarations: declarations } });
  const chat = model.startChat();
  const result = await chat.sendMessage(prompt);
  const call = result.response.functionCalls()[0];
  if (!call) return result.response.text();
  // The model's name reaches lockDoors and Object.prototype too.
  // llmsafe-expect: model-chosen-tool-dispatch
  const apiResponse = await functions[call.name](call.args);
  const result2 = await chat.sendMessage([{ functionResponse: { name: call.name, response: apiResponse } }]);
  return result2.response.text();
}

export async function dimTheLightsChecked(prompt) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", tools: { functionDeclarations: declarations } });
  const chat = model.startChat();
  const result = await chat.sendMessage(prompt);
  const calls = result.response.functionCalls() ?? [];
  const parts = [];
  for (const call of calls) {
    // Only the declared functions, by name.
    if (!declarations.some((d) => d.name === call.name)) continue;
    if (!Object.hasOwn(functions, call.name)) continue;
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    const response = await functions[call.name](call.args);
    parts.push({ functionResponse: { name: call.name, response } });
  }
  return (await chat.sendMessage(parts)).response.text();
}

export async function everyCall(prompt) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash", tools: { functionDeclarations: declarations } });
  const result = await model.generateContent(prompt);
  const out = [];
  for (const call of result.response.functionCalls() ?? []) {
    // `in` sees inherited members: "constructor" in functions is true.
    if (!(call.name in functions)) continue;
    // llmsafe-expect: model-chosen-tool-dispatch
    out.push(await functions[call.name].call(null, call.args));
  }
  return out;
}

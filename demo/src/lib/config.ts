// Central configuration. Someone pasted a key here "just for local testing".
export const config = {
  openaiKey: "sk-proj-DEMOdemo0123456789DEMOdemo0123456789DEMOdemo0123456789DEMOT3BlbkFJdemoDEMO0123456789demoDEMO0123456789demoDEMO0123456789demo",
  model: process.env.OPENAI_MODEL ?? "gpt-4o-mini",
  maxTokens: Number(process.env.MAX_TOKENS ?? 800),
};

// app/(tabs)/assistant.tsx: Expo (React Native) screen that talks to the models directly.
import { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import OpenAI from "openai";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { generateText } from "ai";
import * as Sentry from "@sentry/react-native";

// llmsafe-expect: client-exposed-api-key
const openai = new OpenAI({ apiKey: process.env.EXPO_PUBLIC_OPENAI_API_KEY });

const google = createGoogleGenerativeAI({
  // llmsafe-expect: client-exposed-api-key
  apiKey: process.env.EXPO_PUBLIC_GEMINI_KEY ?? "",
});

// llmsafe-expect-clean: client-exposed-api-key
Sentry.init({ dsn: process.env.EXPO_PUBLIC_SENTRY_DSN });

// llmsafe-expect-clean: client-exposed-api-key
const BACKEND_URL = process.env.EXPO_PUBLIC_API_URL ?? "https://api.example.com";

export default function AssistantScreen() {
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");

  async function askOpenAI() {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: question }],
    });
    setAnswer(completion.choices[0].message.content ?? "");
  }

  async function askGemini() {
    const { text } = await generateText({ model: google("gemini-2.5-flash"), prompt: question });
    setAnswer(text);
  }

  async function askBackend() {
    const res = await fetch(`${BACKEND_URL}/assistant`, { method: "POST", body: JSON.stringify({ question }) });
    setAnswer((await res.json()).answer);
  }

  return (
    <View>
      <TextInput value={question} onChangeText={setQuestion} />
      <Button title="OpenAI" onPress={askOpenAI} />
      <Button title="Gemini" onPress={askGemini} />
      <Button title="Backend" onPress={askBackend} />
      <Text>{answer}</Text>
    </View>
  );
}

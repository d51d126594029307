// app/api/studio/route.ts: a "persona studio": avatars, voice notes and a chat persona, each
// prompt a short order with the visitor's text glued on. Short orders are still orders: "Draw a
// picture of" + text lets the text carry on the sentence and say anything after it.
import OpenAI from "openai";
import { NextRequest, NextResponse } from "next/server";

const client = new OpenAI();

export async function POST(req: NextRequest) {
  const { persona, topic, style, tags } = await req.json();

  const avatar = await client.images.generate({
    model: "gpt-image-1",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Draw a picture of " + persona,
  });

  const legacy = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Talk like a ${persona}`,
  });

  const note = await client.audio.transcriptions.create({
    file: await fetch("https://cdn.example.com/voice-note.mp3"),
    model: "whisper-1",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Transcribe about " + topic,
  });

  const caption = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Translate: ${topic}`,
  });

  // Look-alikes: a verb used as a noun names what follows; a bare label is not an order.
  const listing = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `List of tags: ${tags}`,
  });
  const planned = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: "Plan for " + topic,
  });
  const styled = await client.images.generate({
    model: "gpt-image-1",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Style: ${style}`,
  });
  const translated = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Translate to French: ${topic}`,
  });
  const summed = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Summarize " + topic,
  });
  // A noun compound that opens with a verb is a field's name, and a title line is no order.
  const history = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Edit history: ${tags}`,
  });
  // Labels whose word is also a verb name a field, as in a few-shot transcript or a form.
  const answered = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Topic: ${topic}\nAnswer: ${persona}`,
  });
  const formatted = await client.completions.create({
    model: "gpt-3.5-turbo-instruct",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Output format: ${style}`,
  });
  // The visitor's words alone, no order of the app's around them.
  const plain = await client.images.generate({
    model: "gpt-image-1",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: persona,
  });

  return NextResponse.json({
    avatar: avatar.data?.[0]?.url,
    line: legacy.choices[0].text,
    note: note.text,
    caption: caption.choices[0].text,
    listing: listing.choices[0].text,
    planned: planned.choices[0].text,
    answered: answered.choices[0].text,
    translated: translated.choices[0].text,
    summed: summed.choices[0].text,
    history: history.choices[0].text,
    formatted: formatted.choices[0].text,
    styled: styled.data?.[0]?.url,
    plain: plain.data?.[0]?.url,
  });
}

// src/chat/chat.controller.ts: a NestJS controller. Parameters decorated with @Body, @Query, @Param,
// @Headers and @Req are filled in from the request; the service is injected by the constructor.
import { Body, Controller, Get, Headers, Param, Post, Query, Req } from "@nestjs/common";
import type { Request } from "express";
import OpenAI from "openai";
import { AskDto } from "./chat.dto";
import { ChatService } from "./chat.service";

const openai = new OpenAI();
const TEAMS = new Set(["support", "sales"]);

@Controller("chat")
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Post("ask")
  async ask(@Body() dto: AskDto) {
    // llmsafe-expect: system-prompt-injection
    return this.chat.ask(dto);
  }

  @Get("digest/:team")
  async digest(@Param("team") team: string) {
    if (!TEAMS.has(team)) return "unknown team";
    // llmsafe-expect-clean: system-prompt-injection
    return this.chat.weeklyDigest(team);
  }

  @Get("digest")
  async defaultDigest() {
    // llmsafe-expect-clean: system-prompt-injection
    return this.chat.weeklyDigest("support");
  }

  @Post("persona")
  async persona(@Body("persona") persona: string, @Query("lang") lang: string) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${persona}. Reply in ${lang}.` },
        { role: "user", content: "Introduce yourself." },
      ],
    });
    return completion.choices[0].message.content;
  }

  @Post("raw")
  async raw(@Req() req: Request, @Headers("x-tone") tone: string) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `Use a ${tone} tone.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: String(req.body.question) },
      ],
    });
    return completion.choices[0].message.content;
  }
}

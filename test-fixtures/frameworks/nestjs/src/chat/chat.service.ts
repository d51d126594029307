// src/chat/chat.service.ts: the service the controller calls through dependency injection.
import { Injectable } from "@nestjs/common";
import OpenAI from "openai";
import type { AskDto } from "./chat.dto";

@Injectable()
export class ChatService {
  private readonly openai = new OpenAI();

  async ask(dto: AskDto): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: `You are ${dto.persona}. Answer briefly.` },
        { role: "user", content: dto.question },
      ],
    });
    return completion.choices[0].message.content ?? "";
  }

  async weeklyDigest(team: string): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: `Write the weekly digest for the ${team} team.` },
        { role: "user", content: "Digest, please." },
      ],
    });
    return completion.choices[0].message.content ?? "";
  }
}

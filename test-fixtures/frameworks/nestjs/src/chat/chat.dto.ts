// src/chat/chat.dto.ts: class-validator checks the types, not what the text says.
import { IsIn, IsString, MaxLength } from "class-validator";

export class AskDto {
  @IsString()
  @MaxLength(200)
  persona!: string;

  @IsString()
  question!: string;
}

export class SummaryDto {
  @IsIn(["bullet", "paragraph"])
  format!: "bullet" | "paragraph";
}

// src/playlistFilter.ts: filters a playlist with the model the app was started with. The model is
// handed in, typed only by TypeChat's interface; no caller in this file.
import { createJsonTranslator, type TypeChatLanguageModel, type TypeChatJsonValidator } from "typechat";
import { z } from "zod";

interface Track { name: string; artist: string }
interface Matches { trackNumbers: number[] }

const MatchesSchema = z.object({ trackNumbers: z.array(z.number().int().nonnegative()).max(50) });

async function matchTracks(model: TypeChatLanguageModel, description: string, tracks: Track[]) {
  let prompt = "The following is a numbered list of music tracks, one per line\n";
  tracks.forEach((t, i) => { prompt += `${i}: ${t.name} by ${t.artist}\n`; });
  prompt += `Reply with a JSON object {"trackNumbers": number[]} of the tracks matching: ${description}\n`;
  return model.complete(prompt);
}

export async function filterTracks(model: TypeChatLanguageModel, description: string, tracks: Track[]) {
  const result = await matchTracks(model, description, tracks);
  if (!result.success) return tracks;
  // llmsafe-expect: unvalidated-llm-json
  const matches = JSON.parse(result.data) as Matches;
  return matches.trackNumbers.map((i) => tracks[i]);
}

export async function filterTracksChecked(model: TypeChatLanguageModel, description: string, tracks: Track[]) {
  const result = await matchTracks(model, description, tracks);
  if (!result.success) return tracks;
  // llmsafe-expect-clean: unvalidated-llm-json
  const matches = MatchesSchema.parse(JSON.parse(result.data));
  return matches.trackNumbers.map((i) => tracks[i]);
}

// A translator validates the model's JSON against the schema before returning it.
export async function filterWithTranslator(model: TypeChatLanguageModel, validator: TypeChatJsonValidator<Matches>, description: string, tracks: Track[]) {
  const translator = createJsonTranslator<Matches>(model, validator);
  const response = await translator.translate(description);
  return response.success ? response.data.trackNumbers.map((i) => tracks[i]) : tracks;
}

// Typed like the model, but a plain object the caller builds: a saved filter, not model output.
interface SavedFilter { data: string }
export function replaySavedFilter(saved: SavedFilter, tracks: Track[]) {
  // llmsafe-expect-clean: unvalidated-llm-json
  const matches = JSON.parse(saved.data) as Matches;
  return matches.trackNumbers.map((i) => tracks[i]);
}

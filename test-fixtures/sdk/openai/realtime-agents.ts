// Browser voice agent on @openai/agents/realtime; the persona comes from the page's query string.
import { RealtimeAgent, RealtimeSession, OpenAIRealtimeWebRTC } from "@openai/agents/realtime";

const BASE = "You are a museum guide. Describe one exhibit at a time.";

export async function startGuide(ephemeralKey: string) {
  const persona = new URLSearchParams(location.search).get("persona") ?? "friendly";
  const agent = new RealtimeAgent({
    name: "guide",
    // llmsafe-expect: system-prompt-injection
    // llmsafe-expect: system-prompt-in-client-bundle
    instructions: `${BASE} Be ${persona}.`,
  });
  const transport = new OpenAIRealtimeWebRTC();
  const session = new RealtimeSession(agent, { transport });
  await session.connect({ apiKey: ephemeralKey });
  // llmsafe-expect: system-prompt-injection
  // llmsafe-expect: system-prompt-in-client-bundle
  transport.updateSessionConfig({ instructions: `${BASE} Now speak as ${persona}.` });
  // llmsafe-expect-clean: system-prompt-injection
  // llmsafe-expect: system-prompt-in-client-bundle
  transport.updateSessionConfig({ instructions: BASE });
  // llmsafe-expect: system-prompt-injection
  transport.sendEvent({ type: "response.create", response: { instructions: decodeURIComponent(location.hash) } });
  // llmsafe-expect-clean: system-prompt-injection
  session.sendMessage(persona);
  return session;
}

// The plain WebRTC flow from OpenAI's guide: events go over the "oai-events" data channel.
export async function startRaw(ephemeralKey: string) {
  const pc = new RTCPeerConnection();
  const dc = pc.createDataChannel("oai-events");
  const topic = (document.getElementById("topic") as HTMLInputElement).value;
  dc.addEventListener("open", () => {
    // llmsafe-expect: system-prompt-injection
    // llmsafe-expect: system-prompt-in-client-bundle
    dc.send(JSON.stringify({ type: "session.update", session: { instructions: `${BASE} Today's topic: ${topic}` } }));
  });
  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  return { pc, ephemeralKey };
}

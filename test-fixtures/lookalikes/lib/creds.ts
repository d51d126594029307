// lookalikes/lib/creds.ts: glue for calling internal services from prompts (a bad idea, kept for the look-alikes).
export function withCredentials(instructions: string, credential: string) {
  return `${instructions}\nAuthenticate with: ${credential}`;
}

export function withContact(instructions: string, email: string) {
  return `${instructions}\nEscalations go to ${email}.`;
}

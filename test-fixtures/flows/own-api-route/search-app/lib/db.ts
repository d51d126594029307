export const db = { query: async (_sql: string) => [] as { city: string; summary: string }[] };

// The OWASP taxonomies a rule points to: the Top 10 for LLM Applications 2026 (which renumbered
// the 2025 list; the 2025 id is kept as an alias because users of 2025-era tools still search for
// it) and the Top 10 for Agentic Applications 2026. A rule names its 2026 ids; the aliases and the
// display text are derived here, so no rule writes a 2025 id or a title by hand.

/** 2026 id -> title and the 2025 id it replaces (the renumbering table of the rule catalog). */
export const OWASP_LLM_2026 = {
  LLM01: { title: "Prompt Injection", was: "LLM01" },
  LLM02: { title: "Sensitive Information Disclosure", was: "LLM02" },
  LLM03: { title: "Excessive Agency", was: "LLM06" },
  LLM04: { title: "Supply Chain", was: "LLM03" },
  LLM05: { title: "Data and Model Poisoning", was: "LLM04" },
  LLM06: { title: "Unbounded Consumption", was: "LLM10" },
  LLM07: { title: "Misinformation", was: "LLM09" },
  LLM08: { title: "Hidden Context Exposure", was: "LLM07" },
  LLM09: { title: "Vector and Embedding Weaknesses", was: "LLM08" },
  LLM10: { title: "Improper Output Handling", was: "LLM05" },
} as const;

export const OWASP_LLM_2025 = {
  LLM01: "Prompt Injection",
  LLM02: "Sensitive Information Disclosure",
  LLM03: "Supply Chain",
  LLM04: "Data and Model Poisoning",
  LLM05: "Improper Output Handling",
  LLM06: "Excessive Agency",
  LLM07: "System Prompt Leakage",
  LLM08: "Vector and Embedding Weaknesses",
  LLM09: "Misinformation",
  LLM10: "Unbounded Consumption",
} as const;

export const OWASP_AGENTIC_2026 = {
  ASI01: "Agent Goal Hijack",
  ASI02: "Tool Misuse and Exploitation",
  ASI03: "Identity and Privilege Abuse",
  ASI04: "Agentic Supply Chain Vulnerabilities",
  ASI05: "Unexpected Code Execution",
  ASI06: "Memory and Context Poisoning",
  ASI07: "Insecure Inter-Agent Communication",
  ASI08: "Cascading Failures",
  ASI09: "Human-Agent Trust Exploitation",
  ASI10: "Rogue Agents",
} as const;

/**
 * Where each list is published (OWASP GenAI Security Project), for reports that link an id to its
 * list. The lists' pages, not one page per entry: entry pages move when a list is renumbered.
 */
export const OWASP_LIST_URLS = {
  llm: "https://genai.owasp.org/llm-top-10/",
  agentic: "https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/",
} as const;

export type OwaspLlmId = keyof typeof OWASP_LLM_2026;
export type OwaspAgenticId = keyof typeof OWASP_AGENTIC_2026;

export interface OwaspRefs {
  /** OWASP Top 10 for LLM Applications 2026 ids, most relevant first. */
  owaspLlm2026: OwaspLlmId[];
  /** The same entries' 2025 ids (derived). */
  owaspLlm2025: string[];
  /** OWASP Top 10 for Agentic Applications 2026 ids; empty when none applies. */
  owaspAgentic: OwaspAgenticId[];
  /** One line for people: "LLM10:2026 Improper Output Handling (LLM05:2025), ASI05:2026 Unexpected Code Execution". */
  owasp: string;
}

/** The derived OWASP fields of a rule's metadata. The 2025 id is shown only where it differs. */
export function owaspRefs(llm: OwaspLlmId[], agentic: OwaspAgenticId[]): OwaspRefs {
  const llmText = llm.map((id) => {
    const e = OWASP_LLM_2026[id];
    return `${id}:2026 ${e.title}${e.was === id ? "" : ` (${e.was}:2025)`}`;
  });
  const agenticText = agentic.map((id) => `${id}:2026 ${OWASP_AGENTIC_2026[id]}`);
  return {
    owaspLlm2026: llm,
    owaspLlm2025: llm.map((id) => OWASP_LLM_2026[id].was),
    owaspAgentic: agentic,
    owasp: [...llmText, ...agenticText].join(", "),
  };
}

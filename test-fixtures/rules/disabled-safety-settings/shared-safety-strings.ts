// Gemini safety settings kept in a shared module as plain strings: no SDK import here.
export const relaxedSafety = [
  // llmsafe-expect: disabled-safety-settings
  { category: "HARM_CATEGORY_HARASSMENT", threshold: "OFF" },
  // llmsafe-expect-clean: disabled-safety-settings
  { category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_ONLY_HIGH" },
];

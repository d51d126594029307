// Comment moderation worker, still on the legacy @google/generative-ai SDK (CommonJS).
const {
  GoogleGenerativeAI,
  HarmBlockThreshold,
  HarmCategory,
} = require("@google/generative-ai");

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

// The classifier has to *read* abusive comments, so its own output filters are relaxed.
const classifier = genAI.getGenerativeModel({
  model: "gemini-2.0-flash",
  systemInstruction: "Label the comment as ok, spam, abusive or threat. Reply with the label only.",
  safetySettings: [
    {
      category: HarmCategory.HARM_CATEGORY_HARASSMENT,
      // llmsafe-expect: disabled-safety-settings
      threshold: HarmBlockThreshold.BLOCK_NONE,
    },
    {
      category: HarmCategory.HARM_CATEGORY_HATE_SPEECH,
      // llmsafe-expect: disabled-safety-settings
      threshold: "BLOCK_NONE",
    },
    {
      category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
      // llmsafe-expect-clean: disabled-safety-settings
      threshold: HarmBlockThreshold.BLOCK_ONLY_HIGH,
    },
  ],
});

const replier = genAI.getGenerativeModel({
  model: "gemini-2.0-flash",
  systemInstruction: "Write a polite moderator note explaining why a comment was hidden.",
  safetySettings: [
    {
      category: HarmCategory.HARM_CATEGORY_HARASSMENT,
      // llmsafe-expect-clean: disabled-safety-settings
      threshold: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE,
    },
    {
      category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
      // llmsafe-expect-clean: disabled-safety-settings
      threshold: HarmBlockThreshold.HARM_BLOCK_THRESHOLD_UNSPECIFIED,
    },
  ],
});

async function classify(comment) {
  const result = await classifier.generateContent({
    contents: [{ role: "user", parts: [{ text: comment }] }],
    safetySettings: [
      {
        category: HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
        // llmsafe-expect: disabled-safety-settings
        threshold: HarmBlockThreshold.OFF,
      },
    ],
  });
  return result.response.text().trim();
}

async function explainRemoval(comment) {
  const result = await replier.generateContent(comment);
  return result.response.text();
}

function describeSettings(settings) {
  return settings.map((s) =>
    // llmsafe-expect-clean: disabled-safety-settings
    s.threshold === HarmBlockThreshold.BLOCK_NONE ? `${s.category}: unfiltered` : `${s.category}: ${s.threshold}`,
  );
}

module.exports = { classify, explainRemoval, describeSettings };

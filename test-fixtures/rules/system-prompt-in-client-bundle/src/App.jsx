// src/App.jsx: a Create React App page that calls OpenAI's REST API straight from the browser
// with the key the user typed in (kept in component state).
import { useState } from "react";

const RECIPE_RULES = "You are a recipe assistant. Only answer with recipes that use the pantry items listed; flag any allergen from the profile.";

export default function App() {
  const [key, setKey] = useState("");
  const [recipe, setRecipe] = useState("");

  async function suggest(pantry) {
    const res = await fetch("https://api.openai.com/v1/chat/completions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify({
        model: "gpt-4o-mini",
        messages: [
          // llmsafe-expect: system-prompt-in-client-bundle
          { role: "system", content: RECIPE_RULES },
          { role: "user", content: pantry },
        ],
      }),
    });
    const data = await res.json();
    setRecipe(data.choices[0].message.content);
  }

  return null;
}

// public/widget.js: the embeddable help widget. Customers paste their own OpenAI key in the
// settings panel (bring your own key); the old build shipped with a shared key.
import DOMPurify from "dompurify";

const answerEl = document.getElementById("answer");
const sourcesEl = document.getElementById("sources");

async function askByok(question) {
  const r = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${localStorage.getItem("openai-key")}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] }),
  });
  return r.json();
}

async function askDirect(question) {
  const r = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      // llmsafe-expect: hardcoded-api-key
      Authorization: "Bearer sk-proj-FAKEkeyLLMSAFEfixture0123456789notRealFAKEkeyLLMSAFEfixture0123456789notReT3BlbkFJfakeKEYllmsafeFIXTURE9876543210NOTrealfakeKEYllmsafeFIXTURE9876543210NOTre",
    },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] }),
  });
  return r.json();
}

document.getElementById("ask-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = new FormData(event.target).get("q");
  const data = await askByok(String(question));
  const answer = data.choices[0].message.content;
  // llmsafe-expect: llm-output-xss
  answerEl.innerHTML = answer;
  // llmsafe-expect-clean: llm-output-xss
  sourcesEl.innerHTML = DOMPurify.sanitize(answer);
});

document.getElementById("ask-direct").addEventListener("click", async () => {
  const question = document.getElementById("q").value;
  const data = await askDirect(question);
  // llmsafe-expect: llm-output-xss
  answerEl.insertAdjacentHTML("beforeend", `<p class="answer">${data.choices[0].message.content}</p>`);
  // llmsafe-expect-clean: llm-output-xss
  sourcesEl.textContent = data.choices[0].message.content;
});

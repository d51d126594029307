// lib/prompts.js: prompt building blocks for the store assistant (CommonJS).
const BASE = "You are the Acme store assistant. Only talk about products we sell.";
const TONES = ["friendly", "formal", "playful"];

function systemFor(tone) {
  return BASE + " Use a " + tone + " tone.";
}

function withStoreNotice(system, notice) {
  return `${system}\nStore notice for today: ${notice}`;
}

module.exports = { BASE, TONES, systemFor, withStoreNotice };

// --staged (pre-commit: the staged content of staged files) and --changed-since, in real git repos.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { git, llmsafe, project, RENDER, CLEAN_RENDER, XSS_APP, SAFETY_OFF } from "./helpers.mjs";

const lintedFiles = (r, root) => JSON.parse(r.stdout).map((f) => f.filePath.slice(root.length + 1)).sort();

describe("--staged", () => {
  test("lints staged files with their staged content; cross-file flows resolve against the rest of the project", () => {
    const root = project({ "app.ts": XSS_APP.replace("render(el, r", "render(el, String(r"), "render.ts": RENDER, "story.ts": SAFETY_OFF, "other.ts": "export const x = 1;\n" }, { gitInit: true });
    git(root, "add", ".");
    git(root, "commit", "-qm", "initial");
    // Nothing staged: nothing to lint.
    const none = llmsafe(["--staged", "-f", "json"], { cwd: root });
    assert.equal(none.code, 0, none.stderr);
    assert.deepEqual(JSON.parse(none.stdout), []);

    // Stage a version of app.ts that passes model output to render() (in the committed render.ts,
    // which writes innerHTML), then make the working copy safe without staging that.
    writeFileSync(join(root, "app.ts"), XSS_APP);
    git(root, "add", "app.ts");
    writeFileSync(join(root, "app.ts"), XSS_APP.replace('render(el, r.choices[0].message.content ?? "")', "el.textContent = r.choices[0].message.content"));
    // An unstaged edit to an unstaged file must not be linted, and must not change what the staged file sees.
    writeFileSync(join(root, "story.ts"), SAFETY_OFF.replace("HARASSMENT", "HATE_SPEECH"));
    writeFileSync(join(root, "render.ts"), CLEAN_RENDER);
    const r = llmsafe(["--staged", "-f", "json"], { cwd: root });
    assert.deepEqual(lintedFiles(r, root), ["app.ts"]);
    assert.equal(r.code, 1, "the staged app.ts still sends model output into the committed render.ts");
    const msg = JSON.parse(r.stdout)[0].messages.find((m) => m.ruleId === "llm-output-xss");
    assert.ok(msg, r.stdout);
    assert.ok(msg.path.some((p) => p.file === join(root, "render.ts")), "the path goes through render.ts as staged");

    // Staging the fix to render.ts makes the commit clean, although the working copy of app.ts differs.
    git(root, "add", "render.ts");
    const clean = llmsafe(["--staged", "-f", "json"], { cwd: root });
    assert.deepEqual(lintedFiles(clean, root), ["app.ts", "render.ts"]);
    assert.equal(clean.code, 0, clean.stdout);
  });

  test("works from a subfolder, and paths narrow the staged set", () => {
    const root = project({ "src/app.ts": XSS_APP, "src/render.ts": RENDER, "lib/story.ts": SAFETY_OFF }, { gitInit: true });
    git(root, "add", ".");
    const all = llmsafe(["--staged", "-f", "json"], { cwd: join(root, "src") });
    assert.deepEqual(lintedFiles(all, root), ["lib/story.ts", "src/app.ts", "src/render.ts"]);
    const narrowed = llmsafe(["--staged", "-f", "json", "lib"], { cwd: root });
    assert.deepEqual(lintedFiles(narrowed, root), ["lib/story.ts"]);
  });

  test("outside a git repository: exit 2 with a message", () => {
    const root = project({ "a.ts": "" });
    const r = llmsafe(["--staged"], { cwd: root, env: { GIT_CEILING_DIRECTORIES: join(root, "..") } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /git rev-parse failed: .*not a git repository/i);
  });
});

describe("--changed-since", () => {
  test("lints files changed since the ref (committed, staged, unstaged, new)", () => {
    const root = project({ "app.ts": XSS_APP, "render.ts": RENDER, "a.ts": "export const a = 1;\n", "b.ts": "export const b = 1;\n" }, { gitInit: true });
    git(root, "add", ".");
    git(root, "commit", "-qm", "base");
    git(root, "tag", "base");
    writeFileSync(join(root, "a.ts"), "export const a = 2;\n");
    git(root, "commit", "-qam", "change a");
    writeFileSync(join(root, "app.ts"), XSS_APP + "\n");
    writeFileSync(join(root, "c.ts"), "export const c = 1;\n");
    const r = llmsafe(["--changed-since", "base", "-f", "json"], { cwd: root });
    assert.deepEqual(lintedFiles(r, root), ["a.ts", "app.ts", "c.ts"]);
    assert.equal(r.code, 1, "app.ts still flows into the unchanged render.ts");
    const bad = llmsafe(["--changed-since", "no-such-ref"], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no-such-ref/);
  });
});

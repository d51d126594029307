// Markdown renderers: text rendered by one of these loads every image it names, from any host, as
// the page renders (react-markdown's default urlTransform only drops `javascript:`-style protocols,
// Streamdown's allowedImagePrefixes default to ["*"], marked / markdown-it / showdown emit <img>).
// Model output given to one is a `markdown` sink (rule markdown-exfiltration) unless the options
// the `images` field lists take image URLs out of the text's hands (eval/markdown-images.ts).
import type { Model } from "../engine/model";

/** react-markdown's props (Streamdown and @uiw/react-markdown-preview pass them on): a URL transform, an img override, element lists. */
const REACT_MARKDOWN_IMAGES = {
  guards: ["0.urlTransform", "0.transformImageUri", "0.components.img"],
  allowed: "0.allowedElements", disallowed: "0.disallowedElements",
};

export const markdownModel: Model = {
  name: "Markdown renderers",
  rows: [
    // JSX elements are calls of the component with its props: <ReactMarkdown>{text}</ReactMarkdown>.
    { kind: "sink", callee: ["react-markdown:{,Markdown,MarkdownHooks,MarkdownAsync}"], arg: "0.children", sink: "markdown", images: REACT_MARKDOWN_IMAGES },
    {
      kind: "sink", callee: ["streamdown:Streamdown"], arg: "0.children", sink: "markdown",
      images: { ...REACT_MARKDOWN_IMAGES, guards: [...REACT_MARKDOWN_IMAGES.guards, "0.allowedImagePrefixes"] },
    },
    // assistant-ui's primitives render the current message part themselves (useMessagePartText), through
    // react-markdown (props passed on) or Streamdown (image prefixes under `security`, default ["*"]).
    { kind: "sink", callee: ["@assistant-ui/react-markdown:MarkdownTextPrimitive"], arg: "0.children", sink: "markdown", renders: "message-part", images: REACT_MARKDOWN_IMAGES },
    {
      kind: "sink", callee: ["@assistant-ui/react-streamdown:StreamdownTextPrimitive"], arg: "0.children", sink: "markdown", renders: "message-part",
      images: { ...REACT_MARKDOWN_IMAGES, guards: [...REACT_MARKDOWN_IMAGES.guards, "0.security.allowedImagePrefixes"] },
    },
    { kind: "sink", callee: ["@uiw/react-markdown-preview:"], arg: "0.source", sink: "markdown", images: REACT_MARKDOWN_IMAGES },
    { kind: "sink", callee: ["markdown-to-jsx:{,Markdown}"], arg: "0.children", sink: "markdown", images: { guards: ["0.options.overrides.img"] } },
    { kind: "sink", callee: ["markdown-to-jsx:compiler"], arg: "0", sink: "markdown", images: { guards: ["1.overrides.img"] } },
    // Markdown to an HTML string: its <img> tags load wherever the HTML is shown (a sanitiser such as
    // DOMPurify keeps <img src> by default, so llm-output-xss's fix does not close this channel).
    {
      kind: "sink", sink: "markdown", arg: "0",
      callee: ["marked:{,parse,marked,parseInline}", "marked:marked.{parse,parseInline}", "marked:Marked().{parse,parseInline}", "?:marked.{parse,parseInline}", "markdown-it:().{render,renderInline}", "showdown:Converter().makeHtml", "snarkdown:", "micromark:{,micromark}"],
    },
    // What they return is the text's HTML (web.ts has the same for the other entry points).
    { kind: "propagator", callee: ["marked:marked.{parse,parseInline}", "marked:Marked().{parse,parseInline}", "?:marked.parseInline", "snarkdown:", "micromark:{,micromark}", "markdown-to-jsx:compiler"], from: "0" },
  ],
};

// React's wrappers and memo hooks: what a component renders and what a render reads pass through
// them unchanged. `memo(ReactMarkdown)` and `forwardRef(fn)` are the component they wrap,
// `useCallback(fn, deps)` is `fn`, and `useMemo(() => value, deps)` is what its function returns,
// so model output held in a `useChat` list still reaches the renderer a memoised list feeds.
import type { Model } from "../engine/model";

export const reactModel: Model = {
  name: "React component wrappers and memo hooks",
  rows: [
    { kind: "propagator", callee: ["react:{memo,forwardRef,useCallback}"], from: "0", shape: "kept" },
    { kind: "propagator", callee: ["react:useMemo"], from: "0", shape: "called" },
  ],
};

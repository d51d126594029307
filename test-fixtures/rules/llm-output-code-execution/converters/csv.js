// Built-in CSV converter, loaded with a fixed specifier.
export const csvConverter = {
  header: (layout) => `# layout: ${layout}\n`,
  parse: (text) => text.split("\n").map((line) => line.split(",")),
};

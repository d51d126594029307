// Registry of built-in skills the background agent may call by name.
module.exports = {
  dedupe: { run: (rows) => [...new Map(rows.map((r) => [r.email, r])).values()] },
  count: { run: (rows) => rows.length },
};

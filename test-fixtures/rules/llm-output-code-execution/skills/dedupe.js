// Skill module loaded by name from ./skills.
exports.run = (rows) => [...new Map(rows.map((r) => [r.email, r])).values()];

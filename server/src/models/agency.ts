// High-impact side effects a tool should not perform without an approval gate.
import type { Model } from "../engine/model";

export const agencyModel: Model = {
  name: "high-impact actions",
  /**
   * Shell commands that only look (a fixed command line of one of these is not a high-impact
   * effect): whole programs, and programs by subcommand. Not `hostname` or `date`: with an
   * argument they set the system's name and clock. df's `--output` is a list of columns, not a
   * file to write.
   */
  readOnlyCommands: {
    programs: ["ls", "cat", "head", "tail", "wc", "df", "du", "uptime", "whoami", "pwd", "ps", "free", "uname", "id", "which", "stat"],
    subcommands: {
      git: ["status", "log", "diff", "show", "rev-parse", "ls-files", "blame", "describe"],
      systemctl: ["status", "is-active", "is-enabled", "is-failed", "list-units", "show"],
      kubectl: ["get", "describe", "logs", "top", "version"],
      docker: ["ps", "images", "logs", "inspect", "version"],
      npm: ["ls", "view", "outdated"],
    },
    outputIsAFormat: ["df"],
  },
  /**
   * Fixed programs without a shell (issue 10): what they can do. Subcommands listed change things;
   * git or kubectl with a subcommand the tool does not fix could be any of them.
   */
  programEffects: {
    programs: {
      rm: "deletes files", rmdir: "deletes files", unlink: "deletes files", shred: "deletes files",
      mv: "overwrites files", cp: "overwrites files", dd: "overwrites files", tee: "overwrites files", chmod: "changes permissions", chown: "changes permissions",
      kill: "stops processes", pkill: "stops processes", killall: "stops processes", shutdown: "stops the machine", reboot: "stops the machine",
    },
    subcommands: {
      git: { effect: "changes repositories", of: ["push", "reset", "clean", "rebase", "merge", "commit", "branch", "tag", "checkout", "switch", "restore", "rm", "stash", "cherry-pick", "revert", "am", "apply", "config", "remote", "worktree", "gc", "prune"] },
      gh: { effect: "changes repositories", of: ["pr", "release", "repo", "issue", "api", "workflow", "secret", "gist"] },
      systemctl: { effect: "changes services", of: ["start", "stop", "restart", "reload", "enable", "disable", "kill", "mask", "unmask", "isolate", "poweroff", "reboot"] },
      kubectl: { effect: "changes infrastructure", of: ["delete", "apply", "create", "replace", "patch", "edit", "scale", "rollout", "drain", "cordon", "uncordon", "exec", "run", "set", "label", "annotate", "taint"] },
      docker: { effect: "changes infrastructure", of: ["rm", "rmi", "run", "exec", "stop", "kill", "restart", "start", "compose", "system", "volume", "network", "push", "build"] },
    },
    runAnything: ["npx", "npm", "pnpm", "yarn", "bunx", "sudo", "doas", "su", "xargs", "nohup", "timeout", "nice", "ssh", "make", "find", "awk", "sed"],
  },
  rows: [
    { kind: "effect", callee: ["stripe:*().{refunds,paymentIntents,charges,transfers,payouts,subscriptions,invoices,checkout.sessions}.{create,cancel,capture,confirm,update,del,pay}", "?:stripe.**.{create,cancel,capture,confirm,del,pay}"], effect: "moves money" },
    { kind: "effect", callee: ["resend:Resend().emails.send", "?:{resend,mailer}.emails.send", "nodemailer:createTransport().sendMail", "?:{transporter,mailer,transport}.sendMail", "@sendgrid/mail:send", "?:{sgMail,sendgrid}.send", "postmark:**.sendEmail"], effect: "sends email", outbound: true },
    { kind: "effect", callee: ["@slack/web-api:WebClient().chat.{postMessage,delete}", "?:**.chat.postMessage", "twilio:**.messages.create", "?:twilio.messages.create", "discord.js:**.send"], effect: "sends messages", outbound: true },
    { kind: "effect", callee: ["{@octokit/rest,@octokit/core,octokit}:Octokit().**.{delete*,merge,createRelease}", "?:octokit.**.{delete*,merge,createRelease}", "?:**.repos.delete"], effect: "changes repositories" },
    { kind: "effect", callee: ["execa:**", "zx:$"], effect: "runs shell commands" },
    { kind: "sink", callee: ["execa:{execa,execaSync}"], arg: "0", sink: "shell", when: "shell-option" },
    { kind: "sink", callee: ["execa:{execa,execaSync}"], arg: "1", sink: "shell", when: "shell-option" },
    { kind: "sink", callee: ["execa:{execaCommand,execaCommandSync}", "zx:$", "shelljs:exec", "?:shell.exec"], arg: "0", sink: "shell" },
  ],
};

// lib/mailer.ts: outbound email for incident alerts.
import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export async function sendAlertEmail(to: string, subject: string, text: string) {
  const info = await transporter.sendMail({ from: "alerts@example.com", to, subject, text });
  return info.messageId;
}

export function formatAlert(subject: string, text: string) {
  return `[${subject.toUpperCase()}] ${text}`;
}

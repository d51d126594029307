// src/server.ts: the helpdesk API.
import express from "express";
import { chatRouter } from "./routes/chat";

const app = express();
app.use(express.json({ limit: "64kb" }));
app.use(chatRouter);
app.listen(Number(process.env.PORT ?? 3000));

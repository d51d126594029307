import { NextResponse } from "next/server";
import { db } from "../../../lib/db";

export async function GET() {
  const rows = await db.query("select city, summary from forecasts");
  return NextResponse.json({ rows });
}

// User profiles, from the app's database.
import { Pool } from "pg";

const db = new Pool();

export async function getUserProfile(userId: string) {
  const { rows } = await db.query("SELECT name, email, addresses FROM profiles WHERE id = $1", [userId]);
  return rows[0];
}

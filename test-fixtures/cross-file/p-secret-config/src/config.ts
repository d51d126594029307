// src/config.ts: typed view of the environment, imported everywhere.
export const config = {
  appName: process.env.APP_NAME ?? "Acme",
  supportEmail: process.env.SUPPORT_EMAIL ?? "support@example.com",
  stripe: {
    pricingTableId: process.env.STRIPE_PRICING_TABLE_ID ?? "",
    secretKey: process.env.STRIPE_SECRET_KEY ?? "",
  },
  db: {
    host: process.env.DB_HOST ?? "localhost",
    password: process.env.DB_PASSWORD ?? "",
  },
};

export function stripeSecret() {
  return config.stripe.secretKey;
}

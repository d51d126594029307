// A memory layer with pluggable vector stores: each store loads its vendor SDK only when used (an
// optional peer dependency, imported through a loader helper), and builds the vendor's client from
// the credentials in its config. What the store returns is stored text, never those credentials.

export interface StoreConfig {
  collection: string;
  apiKey?: string;
  endpoint?: string;
  tenant?: string;
}

export interface Hit {
  id: string;
  text: string;
  score: number;
}

async function optionalPeer(name: string, load: () => Promise<any>): Promise<any> {
  try {
    return await load();
  } catch {
    throw new Error(`${name} is an optional dependency: install it to use this vector store`);
  }
}

export class CloudVectorStore {
  private readonly config: StoreConfig;
  private readonly apiKey: string | undefined;
  private client?: any;

  constructor(config: StoreConfig) {
    this.config = config;
    this.apiKey = config.apiKey;
  }

  private async connect(): Promise<any> {
    if (this.client) return this.client;
    const sdk = await optionalPeer("vectra-cloud", () => import("vectra-cloud"));
    if (this.config.tenant) {
      // The key handed to the vendor's client, as a field of its options.
      this.client = new sdk.CloudClient({ apiKey: this.config.apiKey, tenant: this.config.tenant });
    } else {
      // As a credential object, and nested under an auth block.
      const credential = new sdk.KeyCredential(this.apiKey);
      this.client = new sdk.Client({ endpoint: this.config.endpoint, auth: { apiKey: this.apiKey }, credential });
    }
    return this.client;
  }

  async search(query: number[], topK = 5): Promise<Hit[]> {
    const client = await this.connect();
    const collection = await client.getCollection(this.config.collection);
    const res = await collection.query({ vector: query, topK });
    return res.matches.map((m: any) => ({ id: String(m.id), text: String(m.metadata?.text ?? ""), score: m.score }));
  }

  /** A support helper that describes the connection, credentials included. */
  describe(): string {
    return `endpoint ${this.config.endpoint ?? "default"} with key ${this.config.apiKey}`;
  }
}

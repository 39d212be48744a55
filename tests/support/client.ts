export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** A plain HTTP GraphQL client, as the web app and any other client would call the API. */
export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly token: string | null = null,
  ) {}

  as(token: string | null): GraphQLClient {
    return new GraphQLClient(this.endpoint, token);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    }
    return res.data;
  }

  /** The code of a request that must be refused. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`expected a refusal, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions?.code;
  }
}

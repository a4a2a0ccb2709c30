import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

/** An account at the test provider. */
export interface ProviderAccount {
  /** The provider's subject (`sub`) for the account. */
  subject: string;
  email: string;
  emailVerified?: boolean;
  name?: string;
}

/** A real OpenID provider on 127.0.0.1 with one confidential client. */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces an account. */
  addAccount(account: ProviderAccount): void;
  /** How long authorization codes live, in seconds (changeable between tests). */
  setCodeTtlSeconds(seconds: number): void;
  /**
   * Follows an authorization URL through the provider as a browser would, signs in as the
   * account on the login form and answers the URL the provider sends the browser back to.
   */
  completeLogin(authorizationUrl: string, subject: string): Promise<URL>;
  close(): Promise<void>;
}

const interactionPath = "/interaction/";

/** Options of {@link startOidcProvider}. */
export interface OidcProviderOptions {
  /** Where the client may be sent back, e.g. `http://localhost/api/v1/sso/callback`. */
  redirectUris: string[];
  accounts?: ProviderAccount[];
  codeTtlSeconds?: number;
}

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "test-key" };
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", reject);
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function loginForm(uid: string, message = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test provider: sign in</title></head>
<body><main><h1>Test identity provider</h1>${message ? `<p role="alert">${escapeHtml(message)}</p>` : ""}
<form method="post" action="${interactionPath}${escapeHtml(uid)}/login">
<label for="login">Email</label> <input id="login" name="login" type="email" autocomplete="username">
<button type="submit">Continue</button></form></main></body></html>`;
}

/** Collects cookies across redirects, as a browser does for one host. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Starts oidc-provider on 127.0.0.1 and a free port, with a client, accounts and a small login
 * form (email only: the account with that email signs in) that also finishes non-interactively
 * through {@link TestOidcProvider.completeLogin}. Consent is granted without asking.
 *
 * @example
 * const idp = await startOidcProvider({ redirectUris: ["http://localhost/api/v1/sso/callback"] });
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<TestOidcProvider> {
  const accounts = new Map<string, ProviderAccount>();
  for (const account of options.accounts ?? []) accounts.set(account.subject, account);
  let codeTtlSeconds = options.codeTtlSeconds ?? 60;
  const clientId = "pathways-test";
  const clientSecret = "pathways-test-secret-that-is-long-enough-for-hs256";

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const codeTtl = () => codeTtlSeconds;
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: { keys: ["test-cookie-key"] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${interactionPath}${interaction.uid}` },
    ttl: {
      AuthorizationCode: codeTtl,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Grant: 600,
      Session: 600,
    },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", issuer);
    const [uid = "", step] = url.pathname.slice(interactionPath.length).split("/");
    if (req.method === "GET" && !step) {
      await provider.interactionDetails(req, res);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginForm(uid));
      return;
    }
    const form = await readForm(req);
    const login = form.get("login") ?? "";
    const account = [...accounts.values()].find(
      (candidate) => candidate.subject === login || candidate.email === login,
    );
    if (!account) {
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(loginForm(uid, `No account has ${login}.`));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.subject } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith(interactionPath)) {
      interaction(req, res).catch((error: unknown) => {
        res.writeHead(400, { "content-type": "text/plain" }).end(String(error));
      });
      return;
    }
    callback(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (account) => accounts.set(account.subject, account),
    setCodeTtlSeconds: (seconds) => {
      codeTtlSeconds = seconds;
    },
    async completeLogin(authorizationUrl, subject) {
      const jar = new CookieJar();
      let next = new URL(authorizationUrl);
      let init: RequestInit = {};
      for (let hop = 0; hop < 10; hop += 1) {
        if (next.origin !== issuer) return next;
        const res = await fetch(next, {
          ...init,
          redirect: "manual",
          headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
        });
        jar.take(res);
        const location = res.headers.get("location");
        if (location) {
          next = new URL(location, next);
          init = {};
          continue;
        }
        if (res.status === 200 && next.pathname.startsWith(interactionPath)) {
          await res.text();
          next = new URL(`${next.pathname}/login`, issuer);
          init = {
            method: "POST",
            body: new URLSearchParams({ login: subject }).toString(),
            headers: { "content-type": "application/x-www-form-urlencoded" },
          };
          continue;
        }
        throw new Error(`The test provider answered ${res.status}: ${await res.text()}`);
      }
      throw new Error("The test provider redirected too many times.");
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The client's address for rate limits: the TCP peer, or behind trusted proxies the rightmost untrusted X-Forwarded-For entry.
import type { Context, MiddlewareHandler } from "hono";
import proxyaddr from "proxy-addr";

/** Which peers are proxies whose X-Forwarded-For is believed (env TRUST_PROXY). */
export interface TrustProxy {
  /** How the setting reads, for the start-up line. */
  describe: string;
  /** proxy-addr's trust function: is the address at hop `i` (0 = the TCP peer) a trusted proxy? */
  trust: (address: string, hop: number) => boolean;
}

declare module "hono" {
  interface ContextVariableMap {
    trustProxy?: TrustProxy;
    clientIp?: string;
  }
}

/** Names proxy-addr knows besides addresses and CIDRs. */
const NAMED = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * Reads TRUST_PROXY: a hop count (`1`: the one proxy in front of Laget), or a comma-separated list of proxy
 * addresses, CIDR ranges (`10.0.0.0/8`, `fd00::/8`) and the names `loopback`, `linklocal`, `uniquelocal`.
 * Empty or `0`: trust no proxy. Throws a message naming the bad part; "trust every hop" is refused, since the
 * client would then pick its own address.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | undefined {
  const text = (raw ?? "").trim();
  if (text === "" || text === "0") return undefined;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUST_PROXY hop count must be at most 10, got ${hops}`);
    return { describe: `${hops} proxy hop${hops === 1 ? "" : "s"}`, trust: (_address, hop) => hop < hops };
  }
  if (/^(true|yes|all|\*)$/i.test(text)) {
    throw new Error(`TRUST_PROXY=${text} would let every client choose its own address; give the proxies' addresses or a hop count`);
  }
  const entries = text.split(",").map((e) => e.trim()).filter((e) => e !== "");
  try {
    const trust = proxyaddr.compile(entries);
    return { describe: entries.join(", "), trust };
  } catch (error) {
    const bad = entries.find((e) => !NAMED.has(e) && !/^[0-9a-f.:]+(\/[0-9a-f.:]+)?$/i.test(e));
    throw new Error(`TRUST_PROXY must be a hop count or proxy addresses/CIDRs, comma-separated: ${bad ? `"${bad}" is not one` : (error as Error).message}`, { cause: error });
  }
}

/** Makes {@link clientIp} believe X-Forwarded-For from the trusted proxies (mounted once, before the limits). */
export function trustProxy(setting: TrustProxy): MiddlewareHandler {
  return async (c, next) => {
    c.set("trustProxy", setting);
    await next();
  };
}

/** `::ffff:192.0.2.1` → `192.0.2.1`, so one client has one key whichever way the address arrives. */
const canonical = (address: string) => (address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address).slice(0, 64);

/** The TCP peer's address as @hono/node-server passes it (absent in `app.request()` calls without an env). */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * The client's address: the TCP peer; when {@link trustProxy} is mounted and the peer is a trusted proxy, the
 * rightmost X-Forwarded-For address that is not a trusted proxy (proxy-addr). "unknown" without a peer.
 */
export function clientIp(c: Context): string {
  const known = c.get("clientIp");
  if (known !== undefined) return known;
  const peer = peerAddress(c);
  const setting = c.get("trustProxy");
  let address = peer ?? "unknown";
  if (setting && peer !== undefined) {
    const request = { headers: { "x-forwarded-for": c.req.header("x-forwarded-for") }, socket: { remoteAddress: peer } };
    address = proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], setting.trust) || peer;
  }
  const ip = canonical(address);
  c.set("clientIp", ip);
  return ip;
}

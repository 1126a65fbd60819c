// A browser-like client for the single sign-on tests: a cookie jar per origin, redirects followed by hand, Laget over app.request().

/** One stored cookie. */
interface Cookie {
  value: string;
  path: string;
}

/** Where Laget answers: its public origin and the app's request function (no network needed for Laget itself). */
export interface LagetTarget {
  origin: string;
  request: (path: string, init: RequestInit) => Response | Promise<Response>;
}

/** One step of a walk through redirects. */
export interface Hop {
  url: string;
  status: number;
  location?: string;
  body: string;
  /** The Set-Cookie lines of the answer. */
  setCookies: string[];
}

/** Cookies are kept per origin and sent when the request path is under the cookie's path. */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, Cookie>>();

  constructor(private readonly laget: LagetTarget) {}

  /** The cookie's value for an origin, if set. */
  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name)?.value;
  }

  /** Sets a cookie by hand (e.g. to replay an old one). */
  setCookie(origin: string, name: string, value: string, path = "/"): void {
    if (!this.jar.has(origin)) this.jar.set(origin, new Map());
    this.jar.get(origin)!.set(name, { value, path });
  }

  private cookieHeader(url: URL): string {
    const cookies = this.jar.get(url.origin);
    if (!cookies) return "";
    const under = (path: string) => url.pathname === path || url.pathname.startsWith(path.endsWith("/") ? path : `${path}/`);
    return [...cookies].filter(([, c]) => under(c.path)).map(([k, c]) => `${k}=${c.value}`).join("; ");
  }

  private store(url: URL, res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (n: string) => attrs.find((a) => a.toLowerCase().startsWith(`${n}=`))?.split("=")[1];
      const path = attr("path") ?? "/";
      const maxAge = attr("max-age");
      const expires = attr("expires");
      const gone = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (!this.jar.has(url.origin)) this.jar.set(url.origin, new Map());
      if (gone) this.jar.get(url.origin)!.delete(name);
      else this.jar.get(url.origin)!.set(name, { value, path });
    }
  }

  /** One request, no redirect followed. */
  async request(href: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string>; json?: unknown } = {}): Promise<Response> {
    const url = new URL(href);
    const headers: Record<string, string> = { accept: "text/html,application/json", ...init.headers };
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    }
    const req: RequestInit = { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" };
    const res = url.origin === this.laget.origin ? await this.laget.request(url.pathname + url.search, req) : await fetch(url, req);
    this.store(url, res);
    return res;
  }

  /**
   * Follows redirects from `href` until a page that is not a redirect, or until `stop(url)` is true for the next
   * address (that address is then not requested). Returns every hop with its body.
   */
  async follow(href: string, init: Parameters<TestBrowser["request"]>[1] = {}, stop?: (url: URL) => boolean): Promise<Hop[]> {
    const hops: Hop[] = [];
    let url = href;
    let next: typeof init | undefined = init;
    for (let i = 0; i < 20; i++) {
      const res = await this.request(url, next);
      next = {};
      const location = res.headers.get("location") ?? undefined;
      hops.push({ url, status: res.status, location, body: await res.text(), setCookies: res.headers.getSetCookie() });
      if (res.status < 300 || res.status >= 400 || !location) return hops;
      const target = new URL(location, url);
      if (stop?.(target)) {
        hops.push({ url: target.href, status: 0, body: "", setCookies: [] });
        return hops;
      }
      url = target.href;
    }
    throw new Error(`too many redirects from ${href}`);
  }
}

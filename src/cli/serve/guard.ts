// Who may talk to `ec2viz serve`. The server listens on 127.0.0.1 only, so nothing off this
// machine reaches it; these checks stop a web page on this machine from reaching it through the
// browser: DNS rebinding (a hostile name resolving to 127.0.0.1) is refused by the Host header,
// and a write from another site by its Origin. Pure, so each case is a plain unit test.

/** The hosts the page is served under: what a person types, with the port. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this server (a rebinding attack carries the attacker's name). */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** True when `origin` is this server's own page. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

type Verdict = { ok: true } | { ok: false; status: 403 | 405 | 415; reason: string };

/**
 * Whether a request may go on. Every request needs this server's Host; a request from a page
 * (with an Origin) must come from this server's page; a write (POST) must carry that Origin and
 * JSON (a cross-site form can't send JSON without asking first).
 */
export function checkRequest(
  request: { method?: string; host?: string; origin?: string; contentType?: string },
  port: number,
): Verdict {
  if (!hostAllowed(request.host, port)) return { ok: false, status: 403, reason: "host not allowed" };
  if (request.origin !== undefined && !originAllowed(request.origin, port))
    return { ok: false, status: 403, reason: "origin not allowed" };
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD") return { ok: true };
  if (method !== "POST") return { ok: false, status: 405, reason: "method not allowed" };
  if (request.origin === undefined) return { ok: false, status: 403, reason: "a write needs an Origin" };
  const type = (request.contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return { ok: false, status: 415, reason: "a write must be JSON" };
  return { ok: true };
}

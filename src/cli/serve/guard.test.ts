import { describe, expect, it } from "vitest";
import { checkRequest, hostAllowed, originAllowed } from "./guard.ts";

describe("who may talk to ec2viz serve", () => {
  it("accepts this server's own Host, by address or as localhost, in any case", () => {
    expect(hostAllowed("127.0.0.1:4180", 4180)).toBe(true);
    expect(hostAllowed("localhost:4180", 4180)).toBe(true);
    expect(hostAllowed("LocalHost:4180", 4180)).toBe(true);
  });

  it.each([
    undefined,
    "",
    "127.0.0.1",
    "127.0.0.1:4181",
    "evil.example:4180",
    "localhost.evil.example:4180",
    "127.0.0.1:4180.evil.example",
    "[::1]:4180",
    "0.0.0.0:4180",
  ])("refuses Host %j (DNS rebinding, another port, no port)", (host) => {
    expect(hostAllowed(host, 4180)).toBe(false);
    expect(checkRequest({ method: "GET", host }, 4180)).toMatchObject({ ok: false, status: 403 });
  });

  it("accepts only this server's page as Origin", () => {
    expect(originAllowed("http://127.0.0.1:4180", 4180)).toBe(true);
    expect(originAllowed("http://localhost:4180", 4180)).toBe(true);
    for (const origin of [
      undefined,
      "null",
      "https://127.0.0.1:4180",
      "http://127.0.0.1:4181",
      "http://evil.example",
      "http://127.0.0.1:4180.evil.example",
      "http://127.0.0.1:4180/",
    ])
      expect(originAllowed(origin, 4180)).toBe(false);
  });

  const host = "127.0.0.1:4180";
  const origin = "http://127.0.0.1:4180";

  it("lets reads through without an Origin (the address typed in), but not from another site", () => {
    expect(checkRequest({ method: "GET", host }, 4180)).toEqual({ ok: true });
    expect(checkRequest({ method: "GET", host, origin }, 4180)).toEqual({ ok: true });
    expect(checkRequest({ method: "GET", host, origin: "http://evil.example" }, 4180)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it("lets a write through only with this Origin and JSON", () => {
    const json = "application/json; charset=utf-8";
    expect(checkRequest({ method: "POST", host, origin, contentType: json }, 4180)).toEqual({ ok: true });
    expect(checkRequest({ method: "POST", host, contentType: json }, 4180)).toMatchObject({ status: 403 });
    expect(
      checkRequest({ method: "POST", host, origin: "http://evil.example", contentType: json }, 4180),
    ).toMatchObject({ status: 403 });
    for (const contentType of [
      undefined,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ])
      expect(checkRequest({ method: "POST", host, origin, contentType }, 4180)).toMatchObject({
        status: 415,
      });
    expect(checkRequest({ method: "PUT", host, origin, contentType: json }, 4180)).toMatchObject({
      status: 405,
    });
    expect(checkRequest({ method: "DELETE", host, origin }, 4180)).toMatchObject({ status: 405 });
  });
});

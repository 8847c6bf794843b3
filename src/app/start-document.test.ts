import { describe, expect, it } from "vitest";
import { addressAfterStart, arrivedShareLink, type StartAddress, startDocument } from "./start-document.ts";

const at = (search: string, hash: string): StartAddress => ({ pathname: "/app/", search, hash });

describe("startDocument", () => {
  it("takes the served file first, then a share link, then an example, then the autosave or seed", () => {
    const both = at("?example=showcase", "#t=eJyrVg");
    expect(startDocument(both, true)).toEqual({ from: "liveFile" });
    expect(startDocument(both)).toEqual({ from: "shareLink", fragment: "#t=eJyrVg" });
    expect(startDocument(at("?example=showcase", ""))).toEqual({ from: "example", name: "showcase" });
    expect(startDocument(at("", ""))).toEqual({ from: "saved" });
  });

  it("opens every public example name, and names any other so the app can say it opened nothing", () => {
    for (const name of ["seed", "showcase", "nat", "large-40", "large-1000"])
      expect(startDocument(at(`?example=${name}`, ""))).toEqual({ from: "example", name });
    for (const name of ["Seed", "large-", "large-123456", "constructor", "toString"])
      expect(startDocument(at(`?example=${name}`, ""))).toEqual({ from: "unknownExample", name });
    expect(startDocument(at("?example=", ""))).toEqual({ from: "saved" });
  });

  it("treats a damaged share link as a share link (the app says what is wrong) and other fragments as none", () => {
    expect(startDocument(at("", "#t="))).toEqual({ from: "shareLink", fragment: "#t=" });
    expect(startDocument(at("", "#view=1&t=abc"))).toEqual({ from: "shareLink", fragment: "#view=1&t=abc" });
    expect(startDocument(at("?example=nat", "#view=1"))).toEqual({ from: "example", name: "nat" });
  });
});

describe("addressAfterStart", () => {
  it("drops an unknown example name too, so a reload doesn't say it again", () => {
    const address = at("?example=bogus&lang=ko", "#view=1");
    expect(addressAfterStart(address, startDocument(address))).toBe("/app/?lang=ko#view=1");
  });

  it("drops what the start opened and keeps the rest of the address", () => {
    const address = at("?lang=ko&example=nat", "#view=1");
    expect(addressAfterStart(address, startDocument(address))).toBe("/app/?lang=ko#view=1");
    const shared = at("?lang=ko", "#t=abc");
    expect(addressAfterStart(shared, startDocument(shared))).toBe("/app/?lang=ko");
    const both = at("?example=seed", "#t=abc");
    expect(addressAfterStart(both, startDocument(both))).toBe("/app/");
  });

  it("leaves the address alone when nothing was opened from it", () => {
    expect(addressAfterStart(at("?lang=ko", ""), startDocument(at("?lang=ko", "")))).toBeNull();
    expect(addressAfterStart(at("?example=seed", ""), { from: "liveFile" })).toBeNull();
  });
});

describe("arrivedShareLink", () => {
  it("gives a share link pasted into an open page, and the address without it", () => {
    expect(arrivedShareLink(at("?lang=ko", "#t=abc"))).toEqual({
      fragment: "#t=abc",
      address: "/app/?lang=ko",
    });
    expect(arrivedShareLink(at("", "#t="))).toEqual({ fragment: "#t=", address: "/app/" });
  });

  it("ignores fragments without a topology, and any fragment on a live page", () => {
    expect(arrivedShareLink(at("", ""))).toBeNull();
    expect(arrivedShareLink(at("", "#view=1"))).toBeNull();
    expect(arrivedShareLink(at("?example=nat", "#view=1"))).toBeNull();
    expect(arrivedShareLink(at("", "#t=abc"), true)).toBeNull();
  });
});

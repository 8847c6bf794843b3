import { describe, expect, it } from "vitest";
import { type TagSpecification, tagsAtLaunch, templateTags } from "./launch-tags.ts";

describe("the tags a launch from a launch template gives", () => {
  it("takes the template's specifications for the kind, in order, then each later layer key by key", () => {
    const specs: TagSpecification[] = [
      { resourceType: "volume", tags: { Name: "disk", Backup: "daily" } },
      { resourceType: "instance", tags: { Name: "web" } },
      { resourceType: "volume", tags: { Backup: "weekly" } },
    ];
    expect(templateTags(specs, "volume")).toEqual({ Name: "disk", Backup: "weekly" });
    expect(templateTags(specs, "instance")).toEqual({ Name: "web" });
    expect(tagsAtLaunch({ Name: "disk", Team: "ops" }, undefined, { Name: "own" })).toEqual({
      Name: "own",
      Team: "ops",
    });
  });

  it("keeps a key spelled __proto__ a plain key, never the result's prototype", () => {
    const hostile = JSON.parse('{"__proto__": "x", "Name": "disk"}') as Record<string, string>;
    const tags = tagsAtLaunch(hostile, { Team: "ops" });
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(Object.keys(tags)).toEqual(["__proto__", "Name", "Team"]);
  });
});

// CloudFormation logical ids from ec2viz ids: alphanumeric (A-Za-z0-9), starting with a letter,
// unique in the template (parameters and resources share one namespace; compared without case so
// no two differ only by case), at most 255 characters. Deterministic: the same names in the same
// order give the same ids.

const MAX = 255;

/** "subnet-public-a" -> "SubnetPublicA"; "vpc-0abc" -> "Vpc0abc"; nothing usable -> the fallback. */
export function logicalBase(id: string, fallback: string): string {
  const parts = id.split(/[^A-Za-z0-9]+/).filter((p) => p !== "");
  let base = parts.map((p) => (p[0] as string).toUpperCase() + p.slice(1)).join("");
  if (base === "") base = fallback;
  else if (!/^[A-Za-z]/.test(base)) base = `${fallback}${base}`;
  return base.slice(0, MAX - 8);
}

export class LogicalIds {
  private readonly taken = new Set<string>();

  /** A free logical id made from `base` (a number appended when it is taken). */
  claim(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9]/g, "").slice(0, MAX - 8) || "Resource";
    let name = clean;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${clean}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

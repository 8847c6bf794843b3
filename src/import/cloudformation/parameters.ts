// A CloudFormation parameters file, as `aws cloudformation create-stack --parameters file://…` reads
// it: [{ "ParameterKey": "VpcCidr", "ParameterValue": "10.0.0.0/16" }, …]. Its values stand in for
// `--param Key=Value` when it is imported beside its template.

const obj = (v: unknown) =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The values a parameters file gives, by key; undefined when `data` is not such a file. */
export function parameterFileValues(data: unknown): Record<string, string> | undefined {
  if (!Array.isArray(data) || data.length === 0) return undefined;
  const entries = data.map(obj);
  if (!entries.every((e) => typeof e?.ParameterKey === "string")) return undefined;
  const values: Record<string, string> = {};
  for (const e of entries) {
    const value = e?.ParameterValue;
    // UsePreviousValue entries carry no value: the template's default (or --param) decides.
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      Object.defineProperty(values, e?.ParameterKey as string, {
        value: String(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return values;
}

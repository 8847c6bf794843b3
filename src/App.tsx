import seed from "../examples/seed-article.json";
import { topology } from "./model/schema.ts";

// Placeholder shell until the canvas lands (issue 3): lists the example topology honestly.
const doc = topology.parse(seed);

export function App() {
  return (
    <main>
      <h1>ec2viz</h1>
      <p>{doc.name}</p>
      <ul aria-label="Resources">
        {doc.regions.map((r) => (
          <li key={r.id}>Region {r.id}</li>
        ))}
        {doc.vpcs.map((v) => (
          <li key={v.id}>
            VPC {v.name ?? v.id} {v.cidrBlock}
          </li>
        ))}
        {doc.subnets.map((s) => (
          <li key={s.id}>
            {s.public ? "Public" : "Private"} subnet {s.name ?? s.id} {s.cidrBlock}
          </li>
        ))}
        {doc.instances.map((i) => (
          <li key={i.id}>
            EC2 instance {i.name ?? i.id} {i.instanceType}
          </li>
        ))}
      </ul>
    </main>
  );
}

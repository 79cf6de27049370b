/** Placeholder until the feature lands. */
export default function ActionPage() {
  return <h1>ActionPage</h1>;
}

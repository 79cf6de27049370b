/** Placeholder until the feature lands. */
export default function OverviewPage() {
  return <h1>OverviewPage</h1>;
}

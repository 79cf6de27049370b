/** Placeholder until the feature lands. */
export default function ReportPage() {
  return <h1>ReportPage</h1>;
}

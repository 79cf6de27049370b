/** Placeholder until the feature lands. */
export default function ForecastPage() {
  return <h1>ForecastPage</h1>;
}

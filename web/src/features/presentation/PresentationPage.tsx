/** Placeholder until the feature lands. */
export default function PresentationPage() {
  return <h1>PresentationPage</h1>;
}

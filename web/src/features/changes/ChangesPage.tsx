/** Placeholder until the feature lands. */
export default function ChangesPage() {
  return <h1>ChangesPage</h1>;
}

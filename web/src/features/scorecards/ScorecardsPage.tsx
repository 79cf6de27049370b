/** Placeholder until the feature lands. */
export default function ScorecardsPage() {
  return <h1>ScorecardsPage</h1>;
}

/** Placeholder until the feature lands. */
export default function MemberStatesPage() {
  return <h1>MemberStatesPage</h1>;
}

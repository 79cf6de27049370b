/** Placeholder until the hosted sign-in lands. */
export default function SignInCallbackPage() {
  return null;
}

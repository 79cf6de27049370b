/** Reads a variable the CDK stack sets on the function; its absence is a deployment error. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set; the function was deployed without it.`);
  return value;
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/**
 * Local mode's token signing key: an ES256 key pair generated on first start and kept in
 * DATA_DIR (readable by the owner only), so no secret is shared or hard-coded.
 */
export interface SigningKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
}

const ALGORITHM = 'ES256';

export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKeyPair> {
  const file = join(dataDir, 'keys', 'local-signing-key.json');
  let stored: { privateJwk: JWK; publicJwk: JWK; kid: string } | undefined;
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (!stored) {
    const pair = await generateKeyPair(ALGORITHM, { extractable: true });
    stored = {
      privateJwk: await exportJWK(pair.privateKey),
      publicJwk: await exportJWK(pair.publicKey),
      kid: `local-${Date.now().toString(36)}`,
    };
    await mkdir(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
  }
  return {
    privateKey: (await importJWK(stored.privateJwk, ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, ALGORITHM)) as CryptoKey,
    kid: stored.kid,
  };
}

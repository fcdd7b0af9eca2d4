/**
 * Password protection of a published client: every page and data.json is encrypted
 * after the site is rendered, and opened in the reader's browser by the unlock page.
 *
 * WebCrypto directly, the same calls in Node at build time (globalThis.crypto.subtle)
 * and in the browser at unlock time (unlock-script.js): PBKDF2-SHA256 derives an
 * AES-256-GCM key from the password; GCM's tag makes a wrong password fail loudly
 * instead of yielding garbage. staticrypt was not used: it encrypts with AES-CBC plus an
 * HMAC and wraps HTML only, so it could neither meet the GCM requirement nor do data.json.
 *
 * One key per client per build: PBKDF2 is slow on purpose, and a client's pages share
 * the salt, so the browser derives the key once and reuses it for every page it opens.
 * Files are gzipped before encryption, since encrypted bytes no longer compress.
 *
 * The envelope (a protected data.json is exactly this JSON; a protected page carries it):
 *
 *   { "v": 1, "alg": "AES-256-GCM", "kdf": "PBKDF2-SHA256", "iterations": 600000,
 *     "compression": "gzip", "salt": <16 bytes>, "iv": <12 bytes>, "data": <ciphertext> }
 *
 * salt, iv and data are base64; data is AES-GCM(gzip(file)) with the 16-byte tag at its
 * end, as WebCrypto writes it. Passwords are NFC-normalised on both sides, so the same
 * Persian or accented password typed on another keyboard still opens the report.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export { unlockPage, type UnlockPageOptions } from './unlock-page.ts';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the issue asks for at least this. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** The IV length GCM is specified for; a fresh random one for every file. */
export const IV_BYTES = 12;
export const ENVELOPE_VERSION = 1;

export interface Envelope {
  readonly v: typeof ENVELOPE_VERSION;
  readonly alg: 'AES-256-GCM';
  readonly kdf: 'PBKDF2-SHA256';
  readonly iterations: number;
  readonly compression: 'gzip';
  /** base64 */
  readonly salt: string;
  /** base64 */
  readonly iv: string;
  /** base64: the gzipped file, encrypted, with GCM's tag at the end */
  readonly data: string;
}

/** A client's key for one build: derive it once, encrypt all the client's files with it. */
export interface ProtectionKey {
  readonly key: CryptoKey;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iterations: number;
}

/** A file cannot be opened: a wrong password, an altered file, or not an envelope at all. */
export class ProtectionError extends Error {
  override name = 'ProtectionError';
}

export class WrongPasswordError extends ProtectionError {
  override name = 'WrongPasswordError';
  constructor() {
    super(
      'Wrong password: AES-GCM authentication failed, so the file cannot be decrypted with it (or it was altered).',
    );
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/**
 * Derives a client's AES-256-GCM key from the password (PBKDF2-SHA256, 600,000
 * iterations). Without a salt a random one is drawn: give one only to reopen a file.
 */
export async function deriveProtectionKey(
  password: string,
  salt: Uint8Array = randomBytes(SALT_BYTES),
  iterations: number = PBKDF2_ITERATIONS,
): Promise<ProtectionKey> {
  if (password.length === 0)
    throw new ProtectionError('The password is empty: found "", expected at least one character.');
  if (salt.length !== SALT_BYTES) {
    throw new ProtectionError(`The salt has ${salt.length} bytes: expected ${SALT_BYTES}.`);
  }
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS) {
    throw new ProtectionError(`PBKDF2 iterations: found ${iterations}, expected at least ${PBKDF2_ITERATIONS}.`);
  }
  const ownSalt = new Uint8Array(salt);
  const material = await subtle().importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: ownSalt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt: ownSalt, iterations };
}

/** Encrypts one file (a page's HTML or a data.json) with the client's key. */
export async function encryptFile(key: ProtectionKey, file: Uint8Array | string): Promise<Envelope> {
  const iv = randomBytes(IV_BYTES);
  const plain = typeof file === 'string' ? utf8(file) : file;
  const data = await subtle().encrypt({ name: 'AES-GCM', iv }, key.key, new Uint8Array(gzipSync(plain, { level: 9 })));
  return {
    v: ENVELOPE_VERSION,
    alg: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations: key.iterations,
    compression: 'gzip',
    salt: base64(key.salt),
    iv: base64(iv),
    data: base64(new Uint8Array(data)),
  };
}

/**
 * Opens an envelope with the client's key or with the password. For tests and tools:
 * readers open files in the browser. A wrong password throws WrongPasswordError.
 */
export async function decryptEnvelope(
  keyOrPassword: ProtectionKey | string,
  envelope: Envelope | string,
): Promise<Uint8Array> {
  const sealed = typeof envelope === 'string' ? parseEnvelope(envelope) : envelope;
  const salt = fromBase64(sealed.salt);
  const key =
    typeof keyOrPassword === 'string'
      ? await deriveProtectionKey(keyOrPassword, salt, sealed.iterations)
      : keyOrPassword;
  if (base64(key.salt) !== sealed.salt) {
    throw new ProtectionError(
      `The file was encrypted with salt ${sealed.salt}, expected ${base64(key.salt)}: it belongs to another client or build.`,
    );
  }
  let compressed: ArrayBuffer;
  try {
    compressed = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key.key,
      fromBase64(sealed.data),
    );
  } catch (error) {
    // WebCrypto reports a failed tag check as OperationError and says nothing more.
    if (error instanceof Error && error.name === 'OperationError') throw new WrongPasswordError();
    throw error;
  }
  return new Uint8Array(gunzipSync(new Uint8Array(compressed)));
}

/** A protected client's published data.json: the envelope itself, as JSON. */
export function protectedJson(envelope: Envelope): string {
  return `${JSON.stringify(envelope)}\n`;
}

/** Reads an envelope from JSON, saying what is wrong with anything else. */
export function parseEnvelope(text: string): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProtectionError(`Not an encrypted file: found text that is not JSON, expected a Recap envelope.`);
  }
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const expect = (name: string, ok: boolean, expected: string) => {
    if (!ok) {
      throw new ProtectionError(
        `Envelope field "${name}": found ${JSON.stringify(fields[name])}, expected ${expected}.`,
      );
    }
  };
  const isBase64 = (v: unknown) => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
  expect('v', fields['v'] === ENVELOPE_VERSION, String(ENVELOPE_VERSION));
  expect('alg', fields['alg'] === 'AES-256-GCM', '"AES-256-GCM"');
  expect('kdf', fields['kdf'] === 'PBKDF2-SHA256', '"PBKDF2-SHA256"');
  expect('iterations', Number.isInteger(fields['iterations']), 'a whole number');
  expect('compression', fields['compression'] === 'gzip', '"gzip"');
  expect('salt', isBase64(fields['salt']), 'base64');
  expect('iv', isBase64(fields['iv']), 'base64');
  expect('data', isBase64(fields['data']), 'base64');
  return fields as unknown as Envelope;
}

function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

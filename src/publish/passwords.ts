/**
 * A protected client's password comes from the environment, never from the
 * repository: RECAP_PASSWORD_<SLUG>, the slug in upper case with - as _.
 */
export function passwordVariable(slug: string): string {
  return `RECAP_PASSWORD_${slug.toUpperCase().replaceAll('-', '_')}`;
}

export type PasswordLookup =
  | { readonly ok: true; readonly passwords: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly missing: readonly string[] };

/** Every protected client's password, or the variables that are not set. */
export function passwordsFor(slugs: readonly string[], env: NodeJS.ProcessEnv = process.env): PasswordLookup {
  const passwords = new Map<string, string>();
  const missing: string[] = [];
  for (const slug of slugs) {
    const variable = passwordVariable(slug);
    const password = env[variable];
    if (password) passwords.set(slug, password);
    else missing.push(variable);
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, passwords };
}

/**
 * Small client folders for the publishing tests: two months of daily rows each, so a
 * build is quick, with a name, a number, a campaign, a logo and a note of its own
 * that a test can look for in another client's site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SmallClient {
  readonly slug: string;
  readonly name: string;
  /** Impressions on every day: September's total is 30 times this, a number nothing else makes. */
  readonly dailyImpressions: number;
  readonly campaign: string;
  /** Text only this client's logo holds. */
  readonly logoText: string;
  /** Text only this client's October note holds. */
  readonly noteText: string;
  /** Extra client.yaml lines. */
  readonly settings?: string;
}

export const ACME: SmallClient = {
  slug: 'acme-coffee',
  name: 'Acme Coffee Roasters',
  dailyImpressions: 31_337,
  campaign: 'Espresso Awakening',
  logoText: 'ACME-LOGO-MARK',
  noteText: 'The cold brew launch sold out in a week.',
};

export const ZENITH: SmallClient = {
  slug: 'zenith-gear',
  name: 'Zenith Mountain Gear',
  dailyImpressions: 27_191,
  campaign: 'Summit Snowline',
  logoText: 'ZENITH-LOGO-MARK',
  noteText: 'The avalanche-safety video was shared by three guiding schools.',
  settings: 'base_path: /zenith/\n',
};

/** Every string of a client that must never appear in another client's site. */
export function secretsOf(client: SmallClient): string[] {
  const september = client.dailyImpressions * 30;
  return [
    client.slug,
    client.name,
    client.campaign,
    client.logoText,
    client.noteText,
    String(september),
    september.toLocaleString('en-US'),
  ];
}

export function writeSmallClient(dataDir: string, client: SmallClient): void {
  const folder = path.join(dataDir, client.slug);
  mkdirSync(path.join(folder, 'notes'), { recursive: true });
  writeFileSync(
    path.join(folder, 'client.yaml'),
    `name: ${client.name}\ncurrency: USD\nbrand:\n  color: "#224466"\n  logo: logo.svg\n${client.settings ?? ''}`,
  );
  writeFileSync(
    path.join(folder, 'logo.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><text x="0" y="18">${client.logoText}</text></svg>`,
  );
  writeFileSync(
    path.join(folder, 'notes', '2026-10.md'),
    `---\nwins:\n  - ${client.noteText}\n---\n\n${client.noteText}\n`,
  );
  const rows = ['date,platform,campaign,impressions,engagements,clicks,spend,revenue'];
  for (const day of daysOf('2026-09-01', '2026-10-31')) {
    rows.push(
      `${day},instagram,${client.campaign},${client.dailyImpressions},${Math.round(client.dailyImpressions / 40)},120,50.00,180.00`,
    );
  }
  writeFileSync(path.join(folder, 'instagram.csv'), `${rows.join('\n')}\n`);
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

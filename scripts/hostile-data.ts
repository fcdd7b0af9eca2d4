/**
 * node scripts/hostile-data.ts <kind> <dir> [--rows N]
 *
 * Writes a data folder (one client, `acme`) for measuring validate and build on
 * huge or hostile input, as docs/errors.md reports:
 *
 *   header  a wide CSV whose header is 1 MB of unknown columns (c0,c1,...) over one row
 *   yaml    a client.yaml of 10 MB: 330,000 unknown settings (refused by its size)
 *   rows    a wide CSV of --rows rows (default 5,000,000, about 325 MB) of sane data,
 *           seeded: date, platform, campaign and eight metrics, 2023-01-01 on
 *
 * The files are written in pieces, so the generator itself never holds 325 MB.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from './seeded-random.ts';

const [kind, dir] = process.argv.slice(2);
const rowsAt = process.argv.indexOf('--rows');
const ROWS = rowsAt === -1 ? 5_000_000 : Number(process.argv[rowsAt + 1]);
if (!kind || !dir || !['header', 'yaml', 'rows'].includes(kind) || !Number.isInteger(ROWS) || ROWS < 1) {
  console.error('usage: node scripts/hostile-data.ts header|yaml|rows <dir> [--rows N]');
  process.exit(2);
}
const client = path.join(path.resolve(dir), 'acme');
mkdirSync(client, { recursive: true });
const good = 'date,platform,impressions\n2025-01-01,instagram,5\n';

if (kind === 'header') {
  writeFileSync(path.join(client, 'client.yaml'), 'name: Acme\n');
  const names: string[] = [];
  let bytes = 'date,platform'.length;
  for (let i = 0; bytes < 1_000_000; i++) {
    names.push(`c${i}`);
    bytes += `,c${i}`.length;
  }
  writeFileSync(
    path.join(client, 'wide.csv'),
    `date,platform,${names.join(',')}\n2025-01-01,x,${names.map(() => '1').join(',')}\n`,
  );
  console.log(`${names.length.toLocaleString('en-US')} columns, ${bytes.toLocaleString('en-US')} bytes of header`);
} else if (kind === 'yaml') {
  const lines = ['name: Acme'];
  let bytes = 11;
  for (let i = 0; bytes < 10_000_000; i++) {
    const line = `unknown_setting_${i}: ${i}`;
    lines.push(line);
    bytes += line.length + 1;
  }
  writeFileSync(path.join(client, 'client.yaml'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(client, 'a.csv'), good);
  console.log(`${(lines.length - 1).toLocaleString('en-US')} unknown settings, ${bytes.toLocaleString('en-US')} bytes`);
} else {
  writeFileSync(path.join(client, 'client.yaml'), 'name: Acme\nlead_value: 40\n');
  const platforms = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok'];
  const days = 1096; // 2023-01-01 to 2025-12-31
  const campaigns = Math.ceil(ROWS / (days * platforms.length));
  const rng = mulberry32(20_261_130);
  const fd = openSync(path.join(client, 'metrics.csv'), 'w');
  let chunk = 'date,platform,campaign,followers,impressions,reach,engagements,clicks,spend,revenue,leads\n';
  let written = 0;
  let bytes = 0;
  const followers = new Float64Array(platforms.length * campaigns).map(() => 500 + rng() * 50_000);
  for (let d = 0; d < days && written < ROWS; d++) {
    const date = new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
    for (let p = 0; p < platforms.length && written < ROWS; p++) {
      for (let c = 0; c < campaigns && written < ROWS; c++) {
        const stream = p * campaigns + c;
        followers[stream] = followers[stream]! + Math.round((rng() - 0.3) * 40);
        const impressions = Math.round(200 + rng() * 20_000);
        const clicks = Math.round(impressions * 0.01 * rng());
        const spend = ((impressions / 1000) * (2 + rng() * 12)).toFixed(2);
        chunk += `${date},${platforms[p]},campaign-${c},${Math.round(followers[stream]!)},${impressions},${Math.round(impressions * 0.6)},${Math.round(impressions * 0.03)},${clicks},${spend},${(Number(spend) * 2.5).toFixed(2)},${Math.round(clicks * 0.05)}\n`;
        written++;
        if (chunk.length > 1 << 20) {
          bytes += writeSync(fd, chunk);
          chunk = '';
        }
      }
    }
  }
  bytes += writeSync(fd, chunk);
  closeSync(fd);
  console.log(`${written.toLocaleString('en-US')} rows, ${bytes.toLocaleString('en-US')} bytes`);
}

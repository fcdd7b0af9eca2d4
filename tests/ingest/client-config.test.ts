/**
 * client.yaml problems, each at its line and column, and the data-dir level problems:
 * a missing client.yaml, a bad folder name, a data dir that does not exist.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClientConfig } from '../../src/ingest/client-config.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, expectProblems, findSeries, makeDataDir, oneClient, shown } from './helpers.ts';

cleanUpTempDirs();

const GOOD_CSV = 'date,platform,impressions\n2025-01-01,facebook,5\n';

/** Loads client `acme` with this client.yaml and a good CSV file. */
function withConfig(yaml: string | Uint8Array) {
  const dir = makeDataDir({ 'acme/client.yaml': yaml, 'acme/a.csv': GOOD_CSV });
  return { ...loadDataDir(dir), file: shown(path.join(dir, 'acme', 'client.yaml')) };
}

describe('client.yaml', () => {
  it('fills in the defaults', () => {
    const { problems, clients } = withConfig('name: Acme Coffee\n');
    expect(problems).toEqual([]);
    expect(clients[0]!.slug).toBe('acme');
    expect(clients[0]!.config).toEqual({
      name: 'Acme Coffee',
      currency: 'USD',
      locale: 'en-US',
      lead_value: 0,
      conversion_value: 0,
      metrics: [],
      calendar: 'gregorian',
      template: 'default',
      brand: {},
      access: 'public',
      indexable: false,
      base_path: '/',
      timezone: 'UTC',
      top_posts: { count: 5, min_impressions: 500, min_posts: 3 },
      experiments: [],
      competitors: [],
      attention: {},
      kpi_review: [],
      cadence: 'monthly',
      value_source: 'platforms',
      traffic_sources: {},
      benchmarks: [],
      files: {},
    });
  });

  it('reads every setting', () => {
    const { problems, clients } = withConfig(
      'name: Alpenblick\ncurrency: EUR\nlocale: de-DE\nlead_value: 120\nconversion_value: 12.5\nmetrics:\n  - id: bookings\n    kind: flow\naccess: password\nindexable: true\nbase_path: /alpen/reports/\nsite_url: https://reports.alpenblick.example\ntimezone: Europe/Zurich\ntop_posts:\n  count: 3\n  min_impressions: 1000\ncadence: weekly\nkpi_review: [2026-06-30, 2026-12-15]\n',
    );
    expect(problems).toEqual([]);
    expect(clients[0]!.config).toEqual({
      name: 'Alpenblick',
      currency: 'EUR',
      locale: 'de-DE',
      lead_value: 120,
      conversion_value: 12.5,
      metrics: [{ id: 'bookings', kind: 'flow' }],
      calendar: 'gregorian',
      template: 'default',
      brand: {},
      access: 'password',
      indexable: true,
      base_path: '/alpen/reports/',
      site_url: 'https://reports.alpenblick.example',
      timezone: 'Europe/Zurich',
      top_posts: { count: 3, min_impressions: 1000, min_posts: 3 },
      experiments: [],
      competitors: [],
      attention: {},
      kpi_review: ['2026-06-30', '2026-12-15'],
      cadence: 'weekly',
      value_source: 'platforms',
      traffic_sources: {},
      benchmarks: [],
      files: {},
    });
  });

  it('reads the settings of platform exports by file name, and reports a file that is not there', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\nfiles:\n  ads.csv:\n    platform: instagram\n  tiktok.csv:\n    year: 2025\n',
      'acme/a.csv': GOOD_CSV,
      // An Ads Manager export without a Platform column: the setting says where its campaigns ran.
      'acme/ads.csv':
        'Campaign Name,Reporting Starts,Reporting Ends,Amount Spent (USD)\nSpring,2025-02-03,2025-02-09,50\n',
    });
    const { problems, clients } = loadDataDir(dir);
    // line 5 "  tiktok.csv:": the key of the missing file starts at column 3
    expectProblems(problems, [
      {
        file: shown(path.join(dir, 'acme', 'client.yaml')),
        line: 5,
        column: 3,
        says: ['files: found "tiktok.csv"', "a file in this client's folder"],
      },
    ]);
    const spend = clients[0]!.series.find((s) => s.metric === 'spend');
    expect(spend?.platform).toBe('instagram');
    const parsed = parseClientConfig(
      'client.yaml',
      'name: Acme\nfiles:\n  a.csv:\n    platform: instagram\n    year: 2025\n',
    );
    expect(parsed.config?.files).toEqual({ 'a.csv': { platform: 'instagram', year: 2025 } });
  });

  it('reads the brand and finds the logo in the client folder', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\nbrand:\n  color: "#0b6e4f"\n  logo: logo.svg\n',
      'acme/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'acme/a.csv': GOOD_CSV,
    });
    const { problems, clients } = loadDataDir(dir);
    expect(problems).toEqual([]);
    expect(clients[0]!.config.brand).toEqual({ color: '#0b6e4f', logo: 'logo.svg' });
    expect(clients[0]!.logo).toBe(path.join(dir, 'acme', 'logo.svg'));
  });

  it('reports a template that does not exist, a logo that cannot be found and a colour that is not #rrggbb', () => {
    // line 2 "template: defualt": the value starts at column 11; line 4 "  color: red": column 10; line 5 "  logo: missing.png": column 9
    const { problems, file } = withConfig('name: Acme\ntemplate: defualt\nbrand:\n  color: red\n  logo: missing.png\n');
    expectProblems(problems, [{ file, line: 4, column: 10, says: ['brand.color: found "red"', '#rrggbb'] }]);
    const second = withConfig('name: Acme\ntemplate: defualt\nbrand:\n  logo: missing.png\n');
    expectProblems(second.problems, [
      { file: second.file, line: 2, column: 11, says: ['template: found "defualt"', 'did you mean "default"?'] },
      { file: second.file, line: 4, column: 9, says: ['brand.logo: found "missing.png"', 'expected an image file'] },
    ]);
  });

  it('accepts tomans for rials and refuses them for another currency, at the setting', () => {
    expect(withConfig('name: Cafe\ncurrency: IRR\nmoney_unit: toman\n').problems).toEqual([]);
    // line 3 "money_unit: toman": the value starts at column 13
    const { problems, file } = withConfig('name: Cafe\ncurrency: USD\nmoney_unit: toman\n');
    expectProblems(problems, [{ file, line: 3, column: 13, says: ['money_unit: found "toman"', 'currency: IRR'] }]);
  });

  it('uses a template.mdx in the client folder whatever client.yaml names', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\ntemplate: our-own\n',
      'acme/template.mdx': '# Our own report\n',
      'acme/a.csv': GOOD_CSV,
    });
    expect(loadDataDir(dir).problems).toEqual([]);
  });

  it('reads a client.yaml saved with a BOM and CRLF line ends', () => {
    const { problems, clients } = withConfig('\ufeffname: Acme\r\ncurrency: IRR\r\nlocale: fa-IR\r\n');
    expect(problems).toEqual([]);
    expect(clients[0]!.config).toMatchObject({ name: 'Acme', currency: 'IRR', locale: 'fa-IR' });
  });

  it('reports a missing name', () => {
    const { problems, file, clients } = withConfig('currency: EUR\n');
    expectProblems(problems, [{ file, line: 1, column: 1, says: ['name', 'found nothing', 'client name'] }]);
    expect(clients).toEqual([]);
  });

  it('reports an empty name at its value', () => {
    const { problems, file } = withConfig('currency: EUR\nname: ""\n');
    // name: "": the value at column 7 of line 2
    expectProblems(problems, [{ file, line: 2, column: 7, says: ['name', '""', 'client name'] }]);
  });

  it('reports a currency that is not an ISO 4217 code (DOLLARS)', () => {
    const { problems, file } = withConfig('name: Acme\ncurrency: DOLLARS\n');
    // currency: DOLLARS: the value at column 11
    expectProblems(problems, [{ file, line: 2, column: 11, says: ['currency', '"DOLLARS"', 'ISO 4217'] }]);
  });

  it('reports an unknown setting and suggests the nearest one (lead_vaule -> lead_value)', () => {
    const { problems, file } = withConfig('name: Acme\nlead_vaule: 5\n');
    expectProblems(problems, [{ file, line: 2, column: 1, says: ['"lead_vaule"', 'did you mean "lead_value"?'] }]);
  });

  it('reports a negative lead_value', () => {
    const { problems, file } = withConfig('name: Acme\nlead_value: -5\n');
    // lead_value: -5: the value at column 13
    expectProblems(problems, [
      { file, line: 2, column: 13, says: ['lead_value', '"-5"', 'zero or a positive amount'] },
    ]);
  });

  it('reports a conversion_value that is not a number', () => {
    const { problems, file } = withConfig('name: Acme\nconversion_value: ten euros\n');
    // conversion_value: ten euros: the value at column 19
    expectProblems(problems, [
      { file, line: 2, column: 19, says: ['conversion_value', '"ten euros"', 'amount of money'] },
    ]);
  });

  it('reports a locale that is not a BCP 47 tag', () => {
    const { problems, file } = withConfig('name: Acme\nlocale: en_US\n');
    expectProblems(problems, [{ file, line: 2, column: 9, says: ['locale', '"en_US"', 'BCP 47'] }]);
  });

  it('reports publishing settings that cannot work, each at its value', () => {
    const { problems, file } = withConfig(
      'name: Acme\naccess: secret\nindexable: yes please\nbase_path: reports\nsite_url: reports.acme.example\n',
    );
    expectProblems(problems, [
      { file, line: 2, column: 9, says: ['access: found "secret"', 'public', 'password'] },
      { file, line: 3, column: 12, says: ['indexable: found "yes please"', 'expected true'] },
      { file, line: 4, column: 12, says: ['base_path: found "reports"', 'starts and ends with /'] },
      { file, line: 5, column: 11, says: ['site_url: found "reports.acme.example"', 'https://'] },
    ]);
  });

  it('reports bad custom metrics at their own lines', () => {
    const { problems, file } = withConfig(
      [
        'name: Acme',
        'metrics:',
        '  - id: signups',
        '    kind: flows', // line 4: the kind at column 11
        '  - id: clicks', // line 5: a built-in id, at column 9
        '    kind: flow',
        '  - id: Bad Id', // line 7: at column 9
        '    kind: stock',
        '  - id: visits', // line 9
        '    kind: flow',
        '  - id: downloads', // line 11: no kind; the item starts at column 5
        '    knd: flow', // line 12: unknown key at column 5
        '',
      ].join('\n'),
    );
    expectProblems(problems, [
      { file, line: 4, column: 11, says: ['metrics.0.kind', '"flows"', 'flow', 'stock'] },
      { file, line: 5, column: 9, says: ['metrics.1.id', '"clicks"', 'not already a built-in metric'] },
      { file, line: 7, column: 9, says: ['metrics.2.id', '"Bad Id"', 'lower-case letters'] },
      { file, line: 11, column: 5, says: ['metrics.4.kind', 'found nothing', 'flow'] },
      { file, line: 12, column: 5, says: ['"knd"', 'id, kind, label', 'did you mean "kind"?'] },
    ]);
  });

  it('reports a custom metric given twice', () => {
    const { problems, file } = withConfig(
      'name: Acme\nmetrics:\n  - id: signups\n    kind: flow\n  - id: signups\n    kind: stock\n',
    );
    expectProblems(problems, [{ file, line: 5, column: 9, says: ['"signups"', 'a second time', 'once'] }]);
  });

  it('reports every problem of the file at once, in line order', () => {
    const { problems, file } = withConfig('currency: DOLLARS\nlead_vaule: 5\nlead_value: -5\nlocale: en_US\n');
    expectProblems(problems, [
      { file, line: 1, column: 1, says: ['name', 'found nothing'] },
      { file, line: 1, column: 11, says: ['"DOLLARS"'] },
      { file, line: 2, column: 1, says: ['"lead_vaule"', 'lead_value'] },
      { file, line: 3, column: 13, says: ['"-5"'] },
      { file, line: 4, column: 9, says: ['"en_US"'] },
    ]);
  });

  it('reports YAML that cannot be read, with a location, without crashing', () => {
    const { problems, file, clients } = withConfig('name: Acme\ncurrency: [EUR\n');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toBe(file);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message).toContain('YAML');
    }
    expect(clients).toEqual([]);
  });

  it('reports an empty client.yaml', () => {
    const { problems, file } = withConfig('');
    expectProblems(problems, [{ file, line: 1, column: 1, says: ['name: <client name>'] }]);
  });

  it('reports a client.yaml that is a list, not settings', () => {
    const { problems, file } = withConfig('- name: Acme\n');
    expectProblems(problems, [{ file, line: 1, column: 1, says: ['name: <client name>'] }]);
  });

  it('reports a setting given twice', () => {
    const { problems, file } = withConfig('name: Acme\nname: Other\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: 2 });
  });

  it('parseClientConfig returns the config or the problems', () => {
    expect(parseClientConfig('c.yaml', 'name: A\n')).toMatchObject({
      config: { name: 'A', currency: 'USD' },
      problems: [],
    });
    const bad = parseClientConfig('c.yaml', 'name: A\ncurrency: DOLLARS\n');
    expect(bad.config).toBeNull();
    expect(bad.problems).toEqual([
      { file: 'c.yaml', line: 2, column: 11, message: expect.stringContaining('"DOLLARS"') },
    ]);
  });
});

describe('the data dir and client folders', () => {
  it('reports a missing client.yaml and still checks the CSV files of that folder', () => {
    const dir = oneClient({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,x\n' }, null);
    const { problems, clients } = loadDataDir(dir);
    expectProblems(problems, [
      { file: shown(path.join(dir, 'acme/a.csv')), line: 2, column: 21, says: ['"x"'] },
      {
        file: shown(path.join(dir, 'acme/client.yaml')),
        line: 1,
        column: 1,
        says: ['no client.yaml', 'name: <client name>'],
      },
    ]);
    expect(clients).toEqual([]);
  });

  it('reports a client folder whose name is not a slug, and loads the other clients', () => {
    const dir = makeDataDir({
      'Acme_Coffee/client.yaml': 'name: Acme\n',
      'Acme_Coffee/a.csv': GOOD_CSV,
      'beta/client.yaml': 'name: Beta\n',
      'beta/a.csv': GOOD_CSV,
    });
    const { problems, clients } = loadDataDir(dir);
    expectProblems(problems, [
      {
        file: shown(path.join(dir, 'Acme_Coffee')),
        line: 1,
        column: 1,
        says: ['"Acme_Coffee"', 'lower-case letters, digits and dashes'],
      },
    ]);
    expect(clients.map((c) => c.slug)).toEqual(['beta']);
    expect(findSeries(clients[0]!.series, 'facebook', 'impressions').dayValues.size).toBe(1);
  });

  it.each([['acme coffee'], ['-acme'], ['acme--coffee'], ['ACME']])('reports the folder name %j', (name) => {
    const dir = makeDataDir({ [`${name}/client.yaml`]: 'name: A\n', [`${name}/a.csv`]: GOOD_CSV });
    const { problems } = loadDataDir(dir);
    expectProblems(problems, [{ file: shown(path.join(dir, name)), line: 1, column: 1, says: [JSON.stringify(name)] }]);
  });

  it('reports a data dir that does not exist', () => {
    const dir = path.join(makeDataDir({}), 'no-such-dir');
    const load = loadDataDir(dir);
    expectProblems(load.problems, [
      { file: shown(dir), line: 1, column: 1, says: ['no such folder', 'one subfolder per client'] },
    ]);
    expect(load.clients).toEqual([]);
    expect(load.files).toEqual([]);
    expect(load.dataDir).toBe(shown(dir));
  });

  it('reports a data dir that is a file', () => {
    const dir = makeDataDir({ 'data.csv': GOOD_CSV });
    const file = path.join(dir, 'data.csv');
    expectProblems(loadDataDir(file).problems, [{ file: shown(file), line: 1, column: 1, says: ['no such folder'] }]);
  });

  it('reports an empty data dir', () => {
    const dir = makeDataDir({});
    expectProblems(loadDataDir(dir).problems, [{ file: shown(dir), line: 1, column: 1, says: ['no client folders'] }]);
  });

  it('reports a client folder with no CSV file', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n' });
    expectProblems(loadDataDir(dir).problems, [
      { file: shown(path.join(dir, 'acme')), line: 1, column: 1, says: ['no .csv files'] },
    ]);
  });

  it('reads CSV files in subfolders of a client folder and ignores hidden files', () => {
    const dir = oneClient({ '2025/a.csv': GOOD_CSV, '.hidden.csv': 'garbage', 'notes.txt': 'hello' });
    const { problems, files } = loadDataDir(dir);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.file)).toEqual([shown(path.join(dir, 'acme/2025/a.csv'))]);
  });

  it('shows paths relative to the working directory with forward slashes', () => {
    const dir = oneClient({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,x\n' });
    const [problem] = loadDataDir(dir).problems;
    expect(problem!.file).toBe(
      path
        .relative(process.cwd(), path.join(dir, 'acme', 'a.csv'))
        .split(path.sep)
        .join('/'),
    );
    expect(path.isAbsolute(problem!.file)).toBe(false);
  });

  it('names the settings allowed where an unknown one is, from the schema itself', () => {
    const parsed = parseClientConfig(
      'client.yaml',
      'name: Acme\ntop_posts:\n  cuont: 3\nfiles:\n  a.csv:\n    date_fromat: day-first\nbrand:\n  colour: "#123456"\n',
    );
    const messages = parsed.problems.map((problem) => problem.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        'found unknown setting "cuont", expected one of count, min_impressions, min_posts (did you mean "count"?)',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining(
        'found unknown setting "date_fromat", expected one of platform, year, date_format, timezone (did you mean "date_format"?)',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining('found unknown setting "colour", expected one of color, logo'),
    );
  });

  it('takes an IANA time zone for the client and for a file, and names the nearest for a misspelt one', () => {
    const good = parseClientConfig(
      'client.yaml',
      'name: Acme\ntimezone: Asia/Tehran\nfiles:\n  posts.csv:\n    timezone: Europe/Berlin\n',
    );
    expect(good.problems).toEqual([]);
    expect(good.config?.timezone).toBe('Asia/Tehran');
    expect(good.config?.files['posts.csv']?.timezone).toBe('Europe/Berlin');
    const bad = parseClientConfig('client.yaml', 'name: Acme\ntimezone: Asia/Teheran\n');
    expect(bad.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [
        2,
        'timezone: found "Asia/Teheran", expected an IANA time zone name such as Asia/Tehran, Europe/Berlin or UTC (did you mean "Asia/Tehran"?)',
      ],
    ]);
    const offset = parseClientConfig('client.yaml', 'name: Acme\ntimezone: "+03:30"\n');
    expect(offset.problems.map((problem) => problem.message)).toEqual([
      'timezone: found "\\"+03:30\\"", expected an IANA time zone name such as Asia/Tehran, Europe/Berlin or UTC',
    ]);
  });

  it("checks a content test variant's hours", () => {
    const config = (hours: string) =>
      parseClientConfig(
        'client.yaml',
        `name: Acme\nexperiments:\n  - id: t\n    question: Q?\n    metric: reach\n    from: 2026-01-01\n    to: 2026-01-31\n    variants:\n      - name: A\n        hours: "${hours}"\n      - name: B\n        type: reel\n`,
      ).problems.map((problem) => problem.message);
    expect(config('6-11')).toEqual([]);
    expect(config('22-2')).toEqual([]);
    expect(config('6-24')).toEqual([
      'experiments.0.variants.0.hours: found "\\"6-24\\"", expected hours from 0 to 23, such as 6-11 (06:00 to 11:59) or 22-2 (across midnight)',
    ]);
    expect(config('morning')).toEqual([
      'experiments.0.variants.0.hours: found "\\"morning\\"", expected the hours of publication as a range such as 6-11 (06:00 to 11:59)',
    ]);
  });

  it('checks benchmarks: a known metric, one per metric and platform, a median or a value, a sane top quartile', () => {
    const problems = (list: string) =>
      parseClientConfig('client.yaml', `name: Acme\nbenchmarks:\n${list}`).problems.map((p) => [p.line, p.message]);
    const entry = (extra: string) => `  - source: A study\n    year: 2025\n${extra}`;
    expect(
      problems(entry('    metric: engagement_rate\n    platform: instagram\n    median: 2.1\n    top_quartile: 3.4\n')),
    ).toEqual([]);
    expect(problems(entry('    metric: engagment_rate\n    value: 2\n'))).toEqual([
      [
        5,
        'benchmarks.0.metric: found "engagment_rate", expected a built-in metric, a derived one (engagement_rate, ctr, cpa, ...) or one of this file\'s metrics: (did you mean "engagement_rate"?)',
      ],
    ]);
    expect(
      problems(entry('    metric: ctr\n    value: 1\n') + entry('    metric: ctr\n    platform: all\n    value: 2\n')),
    ).toEqual([
      [
        9,
        'benchmarks.1: found a second benchmark for ctr on all (the first is benchmarks.0), expected one per metric and platform: the report could show only one',
      ],
    ]);
    expect(problems(entry('    metric: ctr\n    value: 1\n    median: 2\n')).map(([, m]) => m)).toEqual([
      expect.stringContaining(
        'expected either value: (one number) or median: (with top_quartile: if the source gives it)',
      ),
    ]);
    expect(problems(entry('    metric: ctr\n    median: 2\n    top_quartile: 1\n')).map(([, m]) => m)).toEqual([
      'benchmarks.0.top_quartile: found "1", expected top_quartile: with a median:, and not below it',
    ]);
  });

  it('takes attention thresholds as signed percents or off, for KPIs the report has', () => {
    const good = parseClientConfig(
      'client.yaml',
      'name: Acme\nattention:\n  engagement_rate: -10%\n  cpa: "+25%"\n  followers: off\n',
    );
    expect(good.problems).toEqual([]);
    expect(good.config?.attention).toEqual({ engagement_rate: -10, cpa: 25, followers: null });
    const messages = (yaml: string) => parseClientConfig('client.yaml', yaml).problems.map((p) => [p.line, p.message]);
    expect(messages('name: Acme\nattention:\n  engagement_rate: 10\n')).toEqual([
      [
        3,
        'attention.engagement_rate: found "10", expected a change in percent with its sign, such as -15% (a fall) or +20% (a rise), or off',
      ],
    ]);
    expect(messages('name: Acme\nattention:\n  engagment_rate: -10%\n')).toEqual([
      [
        3,
        'attention: found "engagment_rate", expected a built-in metric, a derived one (engagement_rate, cpa, roi, ...) or one of this file\'s metrics: (did you mean "engagement_rate"?)',
      ],
    ]);
  });

  it('takes a cadence and the KPI review days, and names what is wrong with them', () => {
    const good = parseClientConfig('client.yaml', 'name: Acme\ncadence: bimonthly\nkpi_review:\n  - 2026-06-30\n');
    expect(good.problems).toEqual([]);
    expect([good.config?.cadence, good.config?.kpi_review]).toEqual(['bimonthly', ['2026-06-30']]);
    const messages = (yaml: string) =>
      parseClientConfig('client.yaml', yaml).problems.map((p) => [p.line, p.column, p.message]);
    expect(messages('name: Acme\ncadence: daily\nkpi_review: [2026-02-30]\n')).toEqual([
      [
        2,
        10,
        'cadence: found "daily", expected weekly, monthly or bimonthly: how often the regular report comes (quarterly and yearly reviews come anyway)',
      ],
      [
        3,
        14,
        'kpi_review.0: found "2026-02-30", expected the KPI review as a date YYYY-MM-DD that exists, such as 2026-12-31',
      ],
    ]);
    expect(messages('name: Acme\nkpi_review: 2026-06-30\n')).toEqual([
      [
        2,
        13,
        'kpi_review: found "2026-06-30", expected a list of the days the KPIs were or will be reviewed, each YYYY-MM-DD, such as 2026-06-30',
      ],
    ]);
  });
});

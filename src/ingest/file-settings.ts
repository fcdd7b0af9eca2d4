/**
 * client.yaml's `files:` entries, which say what a platform export does not say about
 * itself (which platform, which year): which entries apply to a file, and afterwards
 * whether each setting was needed by a file it applies to. A setting no file asked for
 * would change nothing, yet its writer believes it did something (relabelled an X
 * export as Instagram, say): each is a problem at its line.
 */
import path from 'node:path';
import type { ClientConfig, ExportFileSettings } from './client-config-schema.ts';
import type { LocateSetting } from './client-config.ts';
import { quote, type Problem } from './problems.ts';

export type FileSetting = keyof ExportFileSettings;

/** What became of a file, for the `files:` entries that apply to it. */
export type FileOutcome =
  | { readonly kind: 'recap' }
  /** Not read, or read with problems: whether it needed a setting is not known. */
  | { readonly kind: 'unread' }
  /** An export read without a problem; `needed`, the settings its adapter asked for. */
  | { readonly kind: 'export'; readonly needed: ReadonlySet<FileSetting> };

/** What became of the files a `files:` entry applies to. */
interface SettingUse {
  recapFiles: number;
  exports: number;
  unread: number;
  readonly needed: Set<FileSetting>;
}

export class FileSettings {
  readonly #folder: string;
  readonly #config: ClientConfig | null;
  readonly #uses = new Map<string, SettingUse>();

  /** `config` is null when client.yaml could not be used: then no file has settings. */
  constructor(folder: string, config: ClientConfig | null) {
    this.#folder = folder;
    this.#config = config;
  }

  /** The settings for a file of the folder, and where to say what became of the file. */
  of(file: string): { readonly given: ExportFileSettings; readonly done: (outcome: FileOutcome) => void } {
    const files = this.#config?.files ?? {};
    // A path in the client folder says more than a bare name, so its settings come last and win.
    const keys = Object.keys(files)
      .filter((key) => settingsApply(key, inFolder(this.#folder, file)))
      .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')));
    const uses = keys.map((key) => {
      const use = this.#uses.get(key) ?? { recapFiles: 0, exports: 0, unread: 0, needed: new Set<FileSetting>() };
      this.#uses.set(key, use);
      return use;
    });
    const given: ExportFileSettings = Object.assign({}, ...keys.map((key) => files[key]));
    const done = (outcome: FileOutcome): void => {
      for (const use of uses) {
        if (outcome.kind === 'recap') use.recapFiles++;
        else if (outcome.kind === 'unread') use.unread++;
        else {
          use.exports++;
          for (const setting of outcome.needed) use.needed.add(setting);
        }
      }
    };
    return { given, done };
  }

  /**
   * Each setting no file asked for, as a problem at its line of `configFile`. Entries
   * whose files were not all read cleanly are left alone.
   */
  needlesslyGiven(configFile: string, locateSetting: LocateSetting): Problem[] {
    const problems: Problem[] = [];
    if (this.#config === null) return problems;
    for (const [key, use] of this.#uses) {
      if (use.unread > 0) continue;
      const given = this.#config.files[key]!;
      for (const setting of Object.keys(given) as FileSetting[]) {
        if (given[setting] === undefined || use.needed.has(setting)) continue;
        const why =
          use.recapFiles > 0 && use.exports === 0
            ? "it is Recap's own file, whose rows name their platform and whose dates carry their year"
            : whyNotNeeded(setting);
        problems.push({
          file: configFile,
          ...locateSetting(['files', key, setting]),
          message: `files: ${quote(key)}: found ${setting} ${quote(String(given[setting]))}, expected no ${setting} for this file: ${why}, so the setting would change nothing`,
        });
      }
    }
    return problems;
  }
}

function whyNotNeeded(setting: FileSetting): string {
  switch (setting) {
    case 'platform':
      return 'it names its platform itself';
    case 'year':
      return 'its dates carry their year';
    case 'date_format':
      return 'its dates settle which comes first (a number over 12, or days in a row), or are written out';
    case 'timezone':
      return 'its publish times state their time zone, or it gives no times of day';
  }
}

/** A file's path in its client folder, with / on every system: how `files:` in client.yaml names it. */
export function inFolder(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** A `files:` key names a file by its path in the client folder, or by its bare name wherever it is. */
export function settingsApply(key: string, file: string): boolean {
  return key === file || (!key.includes('/') && path.posix.basename(file) === key);
}

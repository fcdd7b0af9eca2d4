/**
 * A client folder's settings: client.yaml read and checked against what the folder
 * holds (the template it names, its logo, the files its `files:` entries name).
 */
import path from 'node:path';
import { parseClientConfig, type ClientConfig, type LocateSetting } from './client-config.ts';
import { decodeUtf8, type TextKind } from './csv.ts';
import { readLimited, resolveEntry } from './data-paths.ts';
import { inFolder, settingsApply } from './file-settings.ts';
import type { LoadContext } from './load-context.ts';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { CLIENT_TEMPLATE_FILE } from './templates.ts';

export const CONFIG_FILE = 'client.yaml';
/** client.yaml holds settings: a megabyte is thousands of goals. */
export const MAX_CONFIG_BYTES = 2 ** 20;

const YAML_TEXT: TextKind = {
  expected: 'YAML text',
  saveAs: 'save client.yaml again as UTF-8 (in a text editor: "Save with encoding: UTF-8")',
  allowEmpty: true,
};

export interface ClientSettings {
  readonly config: ClientConfig;
  /** Absolute path of the logo that brand.logo names, if any. */
  readonly logo: string | null;
  readonly locate: LocateSetting;
  /** client.yaml as problems name it. */
  readonly file: string;
}

/**
 * client.yaml of the client folder and its checks against the folder: null (with the
 * problems pushed) when there is none or it cannot be used. `present` is every file
 * of the folder.
 */
export function readClientSettings(
  folder: string,
  present: readonly string[],
  context: LoadContext,
): ClientSettings | null {
  const { problems, shown } = context;
  const configPath = path.join(folder, CONFIG_FILE);
  const file = shown(configPath);
  if (context.fs.stat(configPath) === null) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'found no client.yaml, expected one in every client folder with at least "name: <client name>"',
    });
    return null;
  }
  // A link out of the data folder was reported as the folder's files were listed.
  if ('problem' in resolveEntry(configPath, [context.bounds.data], shown, context.fs)) return null;
  const loaded = readLimited(
    configPath,
    file,
    MAX_CONFIG_BYTES,
    'client.yaml holds settings, a few kilobytes; data belongs in CSV files',
    context.fs,
  );
  const decoded = 'problem' in loaded ? loaded : decodeUtf8(file, loaded.bytes, YAML_TEXT);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return null;
  }
  const result = parseClientConfig(file, decoded.text, { today: context.today });
  problems.push(...result.problems);
  if (!result.config) return null;
  const config = result.config;

  // The folder's own template (a link out of the data folder was reported with the folder's files).
  const ownTemplate = context.fs.stat(path.join(folder, CLIENT_TEMPLATE_FILE)) !== null;
  const known = context.templates.names;
  if (!ownTemplate && !known.includes(config.template)) {
    problems.push({
      file,
      ...result.locate(['template']),
      message: `template: found ${quote(config.template)}, expected a template in ${context.templates.dir}/ (${known.join(', ') || 'none there'}) or a ${CLIENT_TEMPLATE_FILE} in the client folder${didYouMean(config.template, known)}`,
    });
  }

  let logo: string | null = null;
  const logoSetting = config.brand.logo;
  if (logoSetting !== undefined) {
    const found = findLogo(logoSetting, folder, context);
    if ('problem' in found) {
      // One in the client folder was reported with the folder's files.
      if (!found.problem.file.startsWith(`${shown(folder)}/`)) problems.push(found.problem);
    } else {
      logo = found.file;
      if (logo === null) {
        problems.push({
          file,
          ...result.locate(['brand', 'logo']),
          message: `brand.logo: found ${quote(logoSetting)}, expected an image file (.svg, .png, .jpg, .webp) in the client folder or in ${context.publicDir}/`,
        });
      }
    }
  }

  const inClientFolder = present.map((name) => inFolder(folder, name));
  const candidates = [...new Set([...inClientFolder, ...inClientFolder.map((name) => path.posix.basename(name))])];
  for (const name of Object.keys(config.files)) {
    if (!inClientFolder.some((name2) => settingsApply(name, name2))) {
      problems.push({
        file,
        ...result.locate(['files', name], 'key'),
        message: `files: found ${quote(name)}, expected the name of a file in this client's folder, or its path there${didYouMean(name, candidates)}`,
      });
    }
  }
  return { config, logo, locate: result.locate, file };
}

const LOGO_FILE = /\.(svg|png|jpe?g|webp|gif)$/i;

/**
 * The logo's absolute path: in the client folder first, then in the shared public
 * folder; null when there is none. The logo is published as it is, so its real path
 * must lie in the data folder (or public/ for a shared one): a link out is a problem.
 */
function findLogo(
  setting: string,
  folder: string,
  context: LoadContext,
): { file: string | null } | { problem: Problem } {
  if (!LOGO_FILE.test(setting)) return { file: null };
  for (const [base, bound] of [
    [folder, context.bounds.data],
    [path.resolve(context.publicDir), context.bounds.public],
  ] as const) {
    const file = path.resolve(base, setting.replace(/^\/+/, ''));
    if (!file.startsWith(base + path.sep) || context.fs.stat(file) === null) continue;
    const entry = resolveEntry(file, [bound], context.shown, context.fs);
    if ('problem' in entry) return entry;
    if (entry.kind === 'file') return { file };
  }
  return { file: null };
}

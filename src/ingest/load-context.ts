/** What the loading of every client of a data folder shares. */
import type { Day } from '../model/calendar.ts';
import type { Boundary } from './data-paths.ts';
import type { FileSystem } from './file-system.ts';
import type { ProblemList } from './problems.ts';

export interface LoadContext {
  readonly problems: ProblemList;
  readonly warnings: ProblemList;
  readonly today: Day;
  /** The shared templates a client.yaml may name, and the folder they are in, for messages. */
  readonly templates: { readonly dir: string; readonly names: readonly string[] };
  readonly publicDir: string;
  /** The data folder, and the shared public folder (for logos only). */
  readonly bounds: { readonly data: Boundary; readonly public: Boundary };
  readonly shown: (absolute: string) => string;
  /** Where every file is read from. */
  readonly fs: FileSystem;
}

// npm run validate: checks every file under DATA_DIR (default data/) and prints every problem.
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { dataDirFromEnv, validationReport } from '../src/validate.ts';

const load = loadDataDir(dataDirFromEnv());
const report = validationReport(load);
if (load.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}

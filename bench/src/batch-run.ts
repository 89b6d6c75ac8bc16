// `pnpm --filter @newsdoc/bench run bench:batch`: only the batch throughput
// rows (the full `pnpm bench` includes them), printed as Markdown.
import { BATCH_FILES, batchSection, measureBatchThroughput } from "./batch-throughput.js";

const files = process.argv[2] === undefined ? BATCH_FILES : Number(process.argv[2]);
process.stdout.write(`${batchSection(measureBatchThroughput(files)).join("\n")}\n`);

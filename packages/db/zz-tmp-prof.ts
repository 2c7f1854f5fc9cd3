import { readFileSync } from 'node:fs';
import { INTERCHANGE_FILE_BY_NAME, validateInterchangeFile } from '@portfolio/domain';
import { parseCsv } from './src/interchange/csv.ts';
const content = readFileSync('/tmp/ixtest/out-a/measurements.csv', 'utf8');
for (let i = 0; i < 3; i++) {
let t = performance.now();
const p = parseCsv(content);
console.log('parse', (performance.now() - t).toFixed(0));
if (!p.ok) throw 1;
t = performance.now();
const v = validateInterchangeFile(INTERCHANGE_FILE_BY_NAME['measurements.csv'], p.header, p.records);
console.log('validate', (performance.now() - t).toFixed(0), v.rows.length);
}

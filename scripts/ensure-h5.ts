// Builds the H5 app when it is missing or older than its sources (browser tests run against it).
import { resolve } from 'node:path';
import { ensureH5Build } from '../host/h5-build';

ensureH5Build(resolve(__dirname, '..'), (line) => console.log(line));

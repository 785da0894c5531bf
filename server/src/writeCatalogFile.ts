/**
 * Writes the catalog file editors open at an entry (dist/catalog.txt), from the full catalog: run
 * by esbuild.mjs after each build. The server finds entries in it by the same catalogText().
 */
import { writeFileSync } from 'node:fs';
import { catalogOf } from '../../shared/src/catalogSources';
import { catalogText } from './core/catalogFile/catalogText';

writeFileSync(process.argv[2], catalogText(catalogOf()).text);

/**
 * `cequens-errors`: the command-line tool, for CI and for a log at 2 a.m. A thin layer over the
 * core the language server uses (the detector, the catalog, the cards): `scan`, `explain`, `list`,
 * and `schema` (the team catalog's).
 */
import { version } from '../../../package.json';
import { parseCommandLine, TOOL_NAME, USAGE } from './commandLine';
import { explain } from './explain';
import { list } from './list';
import { reportStreams } from './reports/report';
import { answerRangeJobs, isRangeThread } from '../core/streaming/rangeThreads';
import { EXIT, scan } from './scan';
import { printable } from '../core/hover/cardStyle';
import { Paint, wantsColour } from './terminal';
import { BrokenCatalogError, catalogWithTeamFiles } from './teamCatalogs';
import { teamCatalogSchemaText } from '../core/teamCatalog/teamCatalogFile';
import { UsageError } from './usageError';

async function main(args: readonly string[]): Promise<number> {
  const command = parseCommandLine(args);
  switch (command.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return EXIT.clean;
    case 'version':
      process.stdout.write(`${TOOL_NAME} ${version}\n`);
      return EXIT.clean;
    case 'scan':
      return scan(command, catalogWithTeamFiles(command.catalogs, command.catalogFiles), reportStreams(), process.stdin);
    case 'explain': {
      const card = explain(command.query, catalogWithTeamFiles(command.catalogs, command.catalogFiles), new Paint(wantsColour(process.stdout)));
      if (card) process.stdout.write(card);
      else process.stderr.write(`${printable(command.query)}: no such code in the catalog (${command.catalogs.join(', ')}); \`${TOOL_NAME} list\` shows them all\n`);
      return card ? EXIT.clean : EXIT.found;
    }
    case 'list':
      process.stdout.write(list(catalogWithTeamFiles(command.catalogs, command.catalogFiles), command.format, new Paint(wantsColour(process.stdout))));
      return EXIT.clean;
    case 'schema':
      process.stdout.write(teamCatalogSchemaText());
      return EXIT.clean;
  }
}

function runTool(): void {
  // A reader that has seen enough (… | head) closes the pipe: stop quietly, as ripgrep does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.clean);
    throw error;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof BrokenCatalogError) {
        process.stderr.write(`${error.message}\n${TOOL_NAME}: the team catalog has problems; nothing was done\n`);
      } else if (error instanceof UsageError) {
        process.stderr.write(`${TOOL_NAME}: ${error.message}\nRun \`${TOOL_NAME} --help\` for how to use it.\n`);
      } else {
        process.stderr.write(`${TOOL_NAME}: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      }
      process.exitCode = EXIT.error;
    },
  );
}

// The tool's file is also what the threads that read a big file's ranges run (rangeScan.ts).
if (isRangeThread) answerRangeJobs();
else runTool();

import { COMMANDS } from './commands/index';
import { UsageError } from './usage-error';

const HELP = `podium: Markdown workshop decks to presentations, handouts and offline exports

Usage: podium <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Run \`podium <command> --help\` for a command's options.`;

/** Runs one CLI command and returns its exit code (0 ok, 1 deck errors, 2 usage or read error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`podium: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`podium ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

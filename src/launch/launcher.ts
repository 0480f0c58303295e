import { enableCompileCache } from './compile-cache.ts';

/**
 * The installed bin (dist/cli.js): it loads only the bundle of the command asked for, one file that holds
 * everything that command uses, so `run` and `doctor` never parse the Ink UI or the Markdown renderer.
 * The build fills in ROUTED from the dispatcher's own command table; anything else (no command, a flag, an
 * unknown word, --help, --version) goes to the adventure's bundle, whose dispatcher answers it.
 */
declare const ROUTED: readonly string[];
declare const VERSION: string;

enableCompileCache(process.env, VERSION);
const command = process.argv[2] ?? '';
const part = ROUTED.includes(command) ? command : 'adventure';
await import(new URL(`./commands/${part}.js`, import.meta.url).href);

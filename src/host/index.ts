export type { CommandResult, FileInfo, Host } from './types.ts';
export { READ_CAP, OUTPUT_CAP } from './types.ts';
export { COMMANDS, capturedName, commandLine, type CommandName } from './commands.ts';
export { liveHost, DEFAULT_COMMAND_TIMEOUT_MS } from './live-host.ts';
export { capturedHost } from './captured-host.ts';
export { openHost } from './open-host.ts';
export { resolveInside, OutsideRootError } from './resolve-inside.ts';

import { endQuietlyOnClosedTerminal } from './kit/closed-terminal.ts';
import { endAfterHangUp } from './kit/exit-signals.ts';
import { processIo } from './kit/io.ts';
import { main } from './cli/main.ts';

// `k8s-adventure paths | head` closes the pipe early, and a closed terminal fails every write with EIO: neither
// is an error to report, and an adventure still saves its progress first.
endQuietlyOnClosedTerminal(process.stdout);
endQuietlyOnClosedTerminal(process.stderr);

process.exitCode = await main(process.argv.slice(2), processIo());
endAfterHangUp();

import { endQuietlyOnClosedTerminal } from './kit/closed-terminal.ts';
import { endAfterHangUp } from './kit/exit-signals.ts';
import { processIo } from './kit/io.ts';
import { main } from './cli/main.ts';

// `k8s-adventure paths | head` closes the pipe early, and a closed terminal fails every write with EIO: neither
// is an error to report, and an adventure still saves its progress first.
endQuietlyOnClosedTerminal(process.stdout);
endQuietlyOnClosedTerminal(process.stderr);

process.exitCode = await main(process.argv.slice(2), processIo());
// For `npm run bench`: the frame is on the terminal now (a TTY's writes are synchronous), so leave before anything
// after it (highlight.js loading from an effect, Ink's render-throttle timer) is counted as start-up.
if (process.env.K8S_ADVENTURE_EXIT_AFTER_FIRST_FRAME === '1' && process.stdout.isTTY) process.exit();
endAfterHangUp();

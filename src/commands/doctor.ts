import { GRAPH_VERSION } from '../../machines/index.ts';
import { EXIT } from '../cli/exit-codes.ts';
import type { Io } from '../cli/io.ts';
import { parseOptions } from '../cli/parse-options.ts';
import { parseTimeout } from '../cli/parse-timeout.ts';
import { didYouMean } from '../cli/suggest.ts';
import { UsageError } from '../cli/usage-error.ts';
import { openHost } from '../host/index.ts';
import { PROBES, runProbes } from '../probes/index.ts';
import { renderResults, summarize } from '../probes/render-results.ts';

/** `k8s-adventure doctor`: every probe at once, no questions. Exit 1 when anything fails. */
export async function doctorCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('doctor', args, {
    'host-dir': { type: 'string' },
    json: { type: 'boolean' },
    skip: { type: 'string' },
    timeout: { type: 'string' },
  });
  const ids = PROBES.map((probe) => probe.id);
  const skip = (options.skip ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of skip) {
    if (!ids.includes(id)) throw new UsageError(`unknown probe '${id}' in --skip${didYouMean(id, ids)}; valid probes: ${ids.join(', ')}`);
  }
  const timeoutMs = parseTimeout(options.timeout);
  const host = openHost(options['host-dir'], io.cwd, io.env);
  const probes = PROBES.filter((probe) => !skip.includes(probe.id));
  const results = await runProbes(probes, host, { timeoutMs });
  if (options.json) {
    const detailed = results.map((result) => {
      const probe = probes.find((candidate) => candidate.id === result.id)!;
      return { ...result, title: probe.title, chapter: probe.chapter, questions: probe.questions };
    });
    io.stdout.write(`${JSON.stringify({ version: GRAPH_VERSION, host: { kind: host.kind, description: host.description }, summary: summarize(results), results: detailed }, null, 2)}\n`);
  } else {
    io.stdout.write(renderResults(results, probes, host.description));
  }
  return results.some((result) => result.status === 'fail') ? EXIT.doom : EXIT.ok;
}

import { useEffect, useRef } from 'react';
import type { NodeId } from '../../../machines/index.ts';
import type { ContentLibrary } from '../../content/index.ts';
import type { ProbeResult } from '../../probes/index.ts';
import type { ProbeService } from '../../probes/probe-service.ts';
import type { ProbeView } from '../components/ProbePanel.tsx';
import { byHandText } from '../../view/by-hand.ts';

/**
 * Runs the probe of each question the first time it is shown, once, and keeps the result for back and forth.
 * Leaving the question, quitting or Ctrl+C aborts a running probe, which kills its command.
 */
export function useProbing(service: ProbeService | undefined, onResult: (question: NodeId, result: ProbeResult) => void, rerender: () => void) {
  const state = useRef({
    results: new Map<NodeId, ProbeResult>(),
    running: undefined as { question: NodeId; controller: AbortController } | undefined,
    byHand: new Set<NodeId>(),
  });

  const abort = () => {
    state.current.running?.controller.abort();
    state.current.running = undefined;
  };
  useEffect(() => abort, []);

  const start = (question: NodeId) => {
    abort();
    const controller = new AbortController();
    state.current.running = { question, controller };
    // Started from an effect: the spinner needs a frame of its own.
    rerender();
    void service!.run(question, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      state.current.results.set(question, result);
      state.current.running = undefined;
      onResult(question, result);
    });
  };

  return {
    abort,
    /** Starts the probe for a question when it is first shown, if probes are on and one answers it. */
    ensure(question: NodeId) {
      const { results, running } = state.current;
      if (service?.describe(question) && !results.has(question) && running?.question !== question) start(question);
    },
    /** "I don't know": probe again, or with probes off, show how to find out by hand. */
    dontKnow(question: NodeId) {
      if (service?.describe(question)) {
        state.current.results.delete(question);
        start(question);
      } else {
        state.current.byHand.add(question);
      }
    },
    resultFor: (question: NodeId): ProbeResult | undefined => state.current.results.get(question),
    /** What the panel shows; `wordsOf` puts a result's suggestion in words (the view-model's suggestionWords). */
    view(question: NodeId, content: ContentLibrary, wordsOf: (result: ProbeResult) => string | undefined): ProbeView | undefined {
      const { running, results, byHand } = state.current;
      const about = service?.describe(question);
      if (running?.question === question && about) return { state: 'running', ...about };
      const result = results.get(question);
      if (result) {
        const words = wordsOf(result);
        return { state: 'done', result, ...(words ? { suggestion: words } : {}) };
      }
      if (byHand.has(question)) {
        return { state: 'by-hand', text: byHandText(question, content) };
      }
      return undefined;
    },
  };
}

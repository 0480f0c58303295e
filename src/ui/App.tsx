import { Box, Text, useApp, useStdin } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import { currentNode, type Session } from '../session/index.ts';
import { breadcrumb } from '../view/breadcrumb.ts';
import { peekAt } from '../view/peek.ts';
import { probeArrived } from '../view/probe-arrived.ts';
import { screenOf } from '../view/screen.ts';
import { probeWords } from '../view/verdict.ts';
import { appReducer, initialAppState, type AppAction, type Request } from './app-state.ts';
import { Footer, footerRows } from './components/Footer.tsx';
import { Header, headerRows } from './components/Header.tsx';
import { Menu, menuRows } from './components/Menu.tsx';
import { NodeTitle, nodeTitleRows } from './components/NodeTitle.tsx';
import { Peek, peekRows } from './components/Peek.tsx';
import { ProbePanel, probeRows } from './components/ProbePanel.tsx';
import { ResumeOffer } from './components/ResumeOffer.tsx';
import type { ProbeService } from '../probes/probe-service.ts';
import { useProbing } from './hooks/use-probing.ts';
import { useKeys } from './hooks/use-keys.ts';
import { useStop } from './hooks/use-stop.ts';
import { useTerminalSize } from './hooks/use-terminal-size.ts';
import { keyActions } from './keys.ts';
import { rowsOf } from './layout.ts';
import { codeRow, sidewaysRoom, terminalBody } from './terminal-markdown.ts';
import { keyHints } from '../view/key-hints.ts';
import { loadHighlighter } from './lazy-highlight.ts';

export interface ResumeOffer {
  session: Session;
  savedAt: string;
}

export interface AppProps {
  content: ContentLibrary;
  /** Where a fresh walk begins (the start, or a deep link). */
  fresh: Session;
  /** Saved progress to offer before the walk starts. */
  resume?: ResumeOffer;
  /** A line to show on the first screen, such as why a save could not be used. */
  notice?: string;
  /** Live probes for the questions; absent with --no-probes. */
  probes?: ProbeService;
  /** Called once, as the app exits: the session to save, and whether it was Ctrl+C. */
  onExit: (outcome: { session: Session; interrupted: boolean }) => void;
  /** Writes the report for this session (and at ready the plan's script) and says where; throws with a message the user can act on. */
  writeReport: (session: Session) => string;
  /** Fires when the app must leave from outside (a signal): it exits as on Ctrl+C. */
  stop?: AbortSignal;
}

/**
 * The adventure in the terminal. Its state is React state, changed only through one pure reducer (app-state.ts,
 * over the shared intents); what a key asks of the world (quit, a report, a probe) the reducer queues, and
 * `apply` does at once, as the key arrives.
 */
export function App({ content, fresh, resume, notice, probes, onExit, writeReport, stop }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [state, setState] = useState(() => initialAppState(fresh, resume !== undefined, notice));
  // The state the last action left, ahead of React's render: keys that arrive in one chunk each see the one
  // before, and quitting saves the walk as it is at that key, not as last drawn.
  const latest = useRef(state);
  const setup = { content, fresh, ...(resume ? { resume } : {}) };
  /** Applies actions through the reducer, then does what they asked of the world, in the order asked. */
  const apply = (...actions: AppAction[]) => {
    let next = latest.current;
    for (const action of actions) next = appReducer(next, action, setup);
    const { requests } = next;
    if (requests.length > 0) next = { ...next, requests: [] };
    latest.current = next;
    setState(next);
    for (const request of requests) perform(request);
  };
  // Code blocks are highlighted once highlight.js has loaded, after the first frame.
  const [highlighted, setHighlighted] = useState(false);
  useEffect(() => {
    void loadHighlighter().then(() => setHighlighted(true));
  }, []);

  const [, setProbeTick] = useState(0);
  const probing = useProbing(
    probes,
    (question: NodeId, result: ProbeResult) => apply({ type: 'intent', intent: probeArrived(question, result) }),
    () => setProbeTick((n) => n + 1),
  );

  // Leaving a node stops its probe, which kills its command; a question shown for the first time starts its own.
  const { session } = state.walk;
  useEffect(() => probing.abort, [session]);
  useEffect(() => {
    if (state.screen === 'walk') probing.ensure(currentNode(session).id);
  });

  /** Hands the walk over for saving, once. Leaving from the resume offer keeps the saved walk, not the fresh one. */
  const handedOver = useRef(false);
  const handOver = (interrupted: boolean) => {
    if (handedOver.current) return;
    handedOver.current = true;
    const now = latest.current;
    onExit({ session: now.screen === 'resume' ? resume!.session : now.walk.session, interrupted });
  };
  const quit = (interrupted: boolean) => {
    probing.abort();
    handOver(interrupted);
    exit();
  };
  useStop(stop, () => quit(true));
  // Ink can also unmount on its own, when the process has nothing left to wait for: the walk is saved all the same.
  useEffect(() => () => handOver(true), []);

  function perform(request: Request): void {
    if (request.kind === 'quit') quit(request.interrupted);
    else if (request.kind === 'dont-know') probing.dontKnow(request.question);
    else {
      let text: string;
      try {
        text = writeReport(request.session);
      } catch (error) {
        text = `Could not write the report: ${(error as Error).message}`;
      }
      apply({ type: 'message', text });
    }
  }

  const width = Math.max(20, columns - 1);
  const screen = screenOf(session, content);
  const { node, menu: items } = screen;
  // Wrapped once per node, width and highlighting, not on every key or probe tick.
  const body = useMemo(() => terminalBody(screen.markdown, width), [screen.markdown, width, highlighted]);
  const header = breadcrumb(session, width);
  const selectable = node.kind === 'question';
  const current = items[state.walk.cursor];
  const peeked = state.walk.peeking && selectable && current?.choice ? peekAt(session, current.choice, content) : undefined;
  const probeView = selectable ? probing.view(node.id, content, (result) => probeWords(result, items, session, content, 'Enter')) : undefined;

  // Everything but the body is measured, each part by its component, so the screen never grows past the terminal.
  const chrome =
    headerRows(header.forks) + 1 + nodeTitleRows(node, screen.title, width) + 1 + 1 + probeRows(probeView, width) + menuRows(items, selectable, width) + peekRows(peeked, width) + rowsOf(state.message ?? ' ', width) + footerRows(keyHints(screen, session, { scroll: true, sideways: true }), width);
  // On a small terminal (80×24 with peek open) the body gives way first, then the breadcrumb and the blank rows
  // around the title, so the question's title never scrolls off the top.
  const headerSpace = headerRows(header.forks) + 2;
  const compact = rows !== undefined && rows - chrome - 1 < 1;
  const bodyHeight = rows ? Math.max(1, rows - chrome - 1 + (compact ? headerSpace : 0)) : body.length;
  const maxScroll = Math.max(0, body.length - bodyHeight);
  const scroll = Math.min(state.scroll, maxScroll);
  const more = body.length > bodyHeight;
  const maxSideways = sidewaysRoom(body, width);
  const sideways = Math.min(state.sideways, maxSideways);

  useKeys(
    (input, key) => {
      apply(...keyActions(input, key).map((action): AppAction => ({ type: 'key', action, page: Math.max(1, bodyHeight - 1), maxScroll, maxSideways })));
    },
    // isRawModeSupported is undefined, not false, for a pipe.
    { isActive: isRawModeSupported === true },
  );

  if (state.screen === 'resume') return <ResumeOffer content={content} session={resume!.session} savedAt={resume!.savedAt} />;

  return (
    <Box flexDirection="column">
      {compact ? null : <Header title={content.get('start')!.title} {...header} />}
      {compact ? null : <Text> </Text>}
      <NodeTitle node={node} title={screen.title} />
      {compact ? null : <Text> </Text>}
      <Box flexDirection="column">
        {body.slice(scroll, scroll + bodyHeight).map((line, index) => (
          <Text key={index} wrap="truncate-end">
            {(line.code ? codeRow(line.text, sideways, width) : line.text) || ' '}
          </Text>
        ))}
      </Box>
      {more ? (
        <Text dimColor>
          lines {scroll + 1}-{Math.min(body.length, scroll + bodyHeight)} of {body.length}
        </Text>
      ) : (
        <Text> </Text>
      )}
      {probeView ? <ProbePanel view={probeView} /> : null}
      <Menu items={items} cursor={state.walk.cursor} selectable={selectable} />
      {peeked ? <Peek {...peeked} width={width} /> : null}
      <Text>{state.message ?? ' '}</Text>
      <Footer text={keyHints(screen, session, { scroll: more, sideways: maxSideways > 0 })} />
    </Box>
  );
}

import { Box, Text, useApp, useStdin } from 'ink';
import { useEffect, useReducer, useRef } from 'react';
import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import { noteOf } from '../probes/question-probes.ts';
import { atEnding, back, currentNode, proceed, restart, take, wayBack, type Session } from '../session/index.ts';
import { breadcrumb } from '../view/breadcrumb.ts';
import { Footer, footerText } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { Menu } from './components/Menu.tsx';
import { Peek } from './components/Peek.tsx';
import { ProbePanel, type ProbeView } from './components/ProbePanel.tsx';
import type { ProbeService } from '../probes/probe-service.ts';
import { useProbing } from './hooks/use-probing.ts';
import { useKeys } from './hooks/use-keys.ts';
import { useStop } from './hooks/use-stop.ts';
import { useTerminalSize } from './hooks/use-terminal-size.ts';
import { keyActions, type Action } from './keys.ts';
import { peekInnerWidth, rowsOf } from './layout.ts';
import { menu } from '../view/menu.ts';
import { peekAt } from '../view/peek.ts';
import { screenOf } from '../view/screen.ts';
import { savedAtLabel } from '../view/start.ts';
import { terminalMarkdown } from './terminal-markdown.ts';
import { loadHighlighter } from './lazy-highlight.ts';
import { KIND_BADGE } from './theme.ts';

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

interface Live {
  screen: 'resume' | 'walk';
  session: Session;
  cursor: number;
  /** The user moved the highlight here, so a probe's suggestion must not move it. */
  cursorMoved: boolean;
  peeking: boolean;
  scroll: number;
  /** Lines of text the body can show; the last render sets it, scrolling reads it. */
  bodyHeight: number;
  bodyLines: number;
  message?: string;
}

/** Rows the probe panel takes, measured like everything else on screen. */
function probeRows(view: ProbeView | undefined, width: number): number {
  if (!view) return 0;
  if (view.state === 'running') return 1;
  if (view.state === 'by-hand') return 1 + rowsOf(view.text, width);
  const evidence = view.result.evidence.slice(0, 2).reduce((sum, item) => sum + rowsOf(`  ${item.source}: ${item.excerpt.split('\n').slice(0, 2).join(' ⏎ ')}`, width), 0);
  return rowsOf(`Probe ${view.result.id}: ${view.result.status} ${view.result.observed}`, width) + evidence + (view.suggestion ? rowsOf(`Suggests: ${view.suggestion}. Enter accepts; pick another choice to override.`, width) : 0);
}

/**
 * The adventure in the terminal. Everything the key handler reads lives in a ref, not in React state: keys
 * that arrive in one chunk are handled before React re-renders, and each must see the previous one's effect.
 */
export function App({ content, fresh, resume, notice, probes, onExit, writeReport, stop }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const live = useRef<Live>({
    screen: resume ? 'resume' : 'walk',
    session: fresh,
    cursor: 0,
    cursorMoved: false,
    peeking: false,
    scroll: 0,
    bodyHeight: Number.POSITIVE_INFINITY,
    bodyLines: 0,
    ...(notice ? { message: notice } : {}),
  });

  const probing = useProbing(probes, (question: NodeId, result: ProbeResult) => {
    const l = live.current;
    const here = currentNode(l.session);
    if (here.id === question && !l.cursorMoved && result.suggests) {
      l.cursor = Math.max(0, menu(l.session, content).findIndex((item) => item.choice === result.suggests));
    }
    rerender();
  }, rerender);

  // Code blocks are highlighted once highlight.js has loaded, after the first frame.
  useEffect(() => {
    void loadHighlighter().then(rerender);
  }, []);

  // A question shown for the first time starts its probe; the spinner shows until the result arrives.
  useEffect(() => {
    if (live.current.screen === 'walk') probing.ensure(currentNode(live.current.session).id);
  });

  const moveTo = (session: Session) => {
    probing.abort();
    Object.assign(live.current, { session, cursor: 0, cursorMoved: false, scroll: 0, peeking: false, message: undefined });
  };

  /** Hands the walk over for saving, once. Leaving from the resume offer keeps the saved walk, not the fresh one. */
  const handedOver = useRef(false);
  const handOver = (interrupted: boolean) => {
    if (handedOver.current) return;
    handedOver.current = true;
    const l = live.current;
    onExit({ session: l.screen === 'resume' ? resume!.session : l.session, interrupted });
  };
  const quit = (interrupted: boolean) => {
    probing.abort();
    handOver(interrupted);
    exit();
  };
  useStop(stop, () => quit(true));
  // Ink can also unmount on its own, when the process has nothing left to wait for: the walk is saved all the same.
  useEffect(() => () => handOver(true), []);

  /** Takes a choice; who answered is the probe when its suggestion was accepted, else the user. */
  const takeChoice = (choice: string) => {
    const l = live.current;
    const result = probing.resultFor(currentNode(l.session).id);
    moveTo(take(l.session, choice, result?.suggests === choice ? 'probe' : 'you', result && noteOf(result)));
  };

  const apply = (action: Action): boolean => {
    const l = live.current;
    if (action.type === 'interrupt' || action.type === 'quit') {
      quit(action.type === 'interrupt');
      return false;
    }
    if (l.screen === 'resume') {
      if (action.type === 'take' || action.type === 'restart') moveTo(resume!.session);
      else if (action.type === 'fresh') moveTo(fresh);
      else return true;
      l.screen = 'walk';
      return true;
    }
    const node = currentNode(l.session);
    const items = menu(l.session, content);
    switch (action.type) {
      case 'up':
      case 'down':
        if (node.kind !== 'question') break;
        l.cursor = (l.cursor + items.length + (action.type === 'up' ? -1 : 1)) % items.length;
        l.cursorMoved = true;
        break;
      case 'select':
        if (node.kind === 'question' && action.index < items.length) Object.assign(l, { cursor: action.index, cursorMoved: true });
        break;
      case 'take': {
        const item = items[l.cursor];
        if (node.kind === 'question' && item?.dontKnow) probing.dontKnow(node.id);
        else if (node.kind === 'question') takeChoice(item!.choice!);
        else if (!atEnding(l.session)) moveTo(proceed(l.session));
        break;
      }
      case 'back': {
        // At a doom, its way back: the fork that led there, answers before it kept (or its fork, for a deep link).
        const previous = node.kind === 'doom' ? wayBack(l.session) : back(l.session);
        if (previous === l.session) break;
        // Rest on the choice taken last time, so the way that led to trouble is in plain sight.
        const taken = l.session.trail[previous.trail.length]?.answer;
        moveTo(previous);
        l.cursor = Math.max(0, menu(l.session, content).findIndex((item) => item.choice === taken));
        l.cursorMoved = true;
        break;
      }
      case 'peek':
        if (node.kind === 'question') l.peeking = !l.peeking;
        break;
      case 'restart':
        moveTo(restart(l.session));
        break;
      case 'report':
        if (!atEnding(l.session)) break;
        try {
          l.message = writeReport(l.session);
        } catch (error) {
          l.message = `Could not write the report: ${(error as Error).message}`;
        }
        break;
      case 'scroll': {
        const page = Math.max(1, l.bodyHeight - 1);
        const max = Math.max(0, l.bodyLines - l.bodyHeight);
        l.scroll = Math.min(max, Math.max(0, l.scroll + (action.by === 'page-down' ? page : -page)));
        break;
      }
      default:
        break;
    }
    return true;
  };

  useKeys(
    (input, key) => {
      for (const action of keyActions(input, key)) if (!apply(action)) return;
      rerender();
    },
    // isRawModeSupported is undefined, not false, for a pipe (stack notes §5).
    { isActive: isRawModeSupported === true },
  );

  const l = live.current;
  const width = Math.max(20, columns - 1);

  if (l.screen === 'resume') {
    const node = currentNode(resume!.session);
    return (
      <Box flexDirection="column">
        <Text bold>k8s-adventure · {content.get('start')!.title}</Text>
        <Text> </Text>
        <Text>
          You have saved progress from {savedAtLabel(resume!.savedAt)}: you were at{' '}
          <Text bold>{content.get(node.id)!.title}</Text> ({node.id}).
        </Text>
        <Text> </Text>
        <Text dimColor>enter/r resume · f start fresh · q quit</Text>
      </Box>
    );
  }

  const { session } = l;
  const screen = screenOf(session, content);
  const { node, menu: items } = screen;
  const badge = KIND_BADGE[node.kind];
  const highlighted = items[l.cursor];
  const peeked = l.peeking && node.kind === 'question' && highlighted?.choice ? peekAt(session, highlighted.choice, content) : undefined;
  const probeView = node.kind === 'question' ? probing.view(node.id, content, (choice) => items.find((item) => item.choice === choice)?.label) : undefined;
  const body = terminalMarkdown(screen.markdown, width).split('\n');

  // Everything but the body is measured, so the screen never grows past the terminal and pushes the header off.
  const header = breadcrumb(session, width);
  const title = `${badge.label} ${screen.title} (${node.id})`;
  const menuRows = items.reduce((sum, item) => sum + rowsOf(`❯ ${item.key}. ${item.label}`, width), 0);
  const peekRows = peeked ? 2 + rowsOf(`Peek: leads to ${KIND_BADGE[peeked.target.kind].label} ${peeked.title} (${peeked.target.id})`, peekInnerWidth(width)) + (peeked.detail ? rowsOf(peeked.detail, peekInnerWidth(width)) : 0) : 0;
  const footerRows = rowsOf(footerText(node.kind, true), width);
  const chrome = 2 + (header.forks ? 1 : 0) + 1 + rowsOf(title, width) + 1 + 1 + probeRows(probeView, width) + menuRows + peekRows + rowsOf(l.message ?? ' ', width) + footerRows;
  l.bodyHeight = rows ? Math.max(3, rows - chrome - 1) : body.length;
  l.bodyLines = body.length;
  l.scroll = Math.min(l.scroll, Math.max(0, body.length - l.bodyHeight));
  const visible = body.slice(l.scroll, l.scroll + l.bodyHeight);
  const more = body.length > l.bodyHeight;

  return (
    <Box flexDirection="column">
      <Header title={content.get('start')!.title} {...header} />
      <Text> </Text>
      <Text>
        <Text bold color={badge.color}>
          {badge.label}
        </Text>{' '}
        <Text bold>{screen.title}</Text>
        <Text dimColor> ({node.id})</Text>
      </Text>
      <Text> </Text>
      <Box flexDirection="column">
        {visible.map((line, index) => (
          <Text key={index}>{line || ' '}</Text>
        ))}
      </Box>
      {more ? (
        <Text dimColor>
          lines {l.scroll + 1}-{Math.min(body.length, l.scroll + l.bodyHeight)} of {body.length}
        </Text>
      ) : (
        <Text> </Text>
      )}
      {probeView ? <ProbePanel view={probeView} /> : null}
      <Menu items={items} cursor={l.cursor} selectable={node.kind === 'question'} />
      {peeked ? <Peek {...peeked} width={width} /> : null}
      <Text>{l.message ?? ' '}</Text>
      <Footer kind={node.kind} scrollable={more} />
    </Box>
  );
}

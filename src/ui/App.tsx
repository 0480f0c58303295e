import { Box, Text, useApp, useInput, useStdin } from 'ink';
import { useReducer, useRef } from 'react';
import type { ContentLibrary } from '../content/index.ts';
import {
  atEnding,
  back,
  currentNode,
  proceed,
  restart,
  take,
  type Session,
} from '../session/index.ts';
import { breadcrumb } from './breadcrumb.ts';
import { Footer, footerText } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { Menu } from './components/Menu.tsx';
import { Peek } from './components/Peek.tsx';
import { useTerminalSize } from './hooks/use-terminal-size.ts';
import { keyActions, type Action } from './keys.ts';
import { peekInnerWidth, rowsOf } from './layout.ts';
import { menu, nodeMarkdown, peekAt } from './screen.ts';
import { terminalMarkdown } from './terminal-markdown.ts';
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
  /** Called once, as the app exits: the session to save, and whether it was Ctrl+C. */
  onExit: (outcome: { session: Session; interrupted: boolean }) => void;
  /** Writes the report for this session and returns where; throws with a message the user can act on. */
  writeReport: (session: Session) => string;
}

interface Live {
  screen: 'resume' | 'walk';
  session: Session;
  cursor: number;
  peeking: boolean;
  scroll: number;
  /** Lines of text the body can show; the last render sets it, scrolling reads it. */
  bodyHeight: number;
  bodyLines: number;
  message?: string;
}

/**
 * The adventure in the terminal. Everything the key handler reads lives in a ref, not in React state: keys
 * that arrive in one chunk are handled before React re-renders, and each must see the previous one's effect.
 */
export function App({ content, fresh, resume, notice, onExit, writeReport }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const live = useRef<Live>({
    screen: resume ? 'resume' : 'walk',
    session: fresh,
    cursor: 0,
    peeking: false,
    scroll: 0,
    bodyHeight: Number.POSITIVE_INFINITY,
    bodyLines: 0,
    ...(notice ? { message: notice } : {}),
  });

  const moveTo = (session: Session) => {
    Object.assign(live.current, { session, cursor: 0, scroll: 0, peeking: false, message: undefined });
  };

  const quit = (interrupted: boolean) => {
    onExit({ session: live.current.session, interrupted });
    exit();
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
        if (node.kind === 'question') l.cursor = (l.cursor + items.length - 1) % items.length;
        break;
      case 'down':
        if (node.kind === 'question') l.cursor = (l.cursor + 1) % items.length;
        break;
      case 'select':
        if (node.kind === 'question' && action.index < items.length) l.cursor = action.index;
        break;
      case 'take':
        if (node.kind === 'question') moveTo(take(l.session, items[l.cursor]!.choice!));
        else if (!atEnding(l.session)) moveTo(proceed(l.session));
        break;
      case 'back': {
        if (!l.session.forks.length) break;
        // Rest on the choice taken last time, so the way that led to trouble is in plain sight.
        const taken = l.session.trail[l.session.forks.at(-1)!.trailLength]!.answer;
        moveTo(back(l.session));
        l.cursor = Math.max(0, menu(l.session, content).findIndex((item) => item.choice === taken));
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
          l.message = `Report written to ${writeReport(l.session)}`;
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

  useInput(
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
          You have saved progress from {resume!.savedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}: you were at{' '}
          <Text bold>{content.get(node.id)!.title}</Text> ({node.id}).
        </Text>
        <Text> </Text>
        <Text dimColor>enter/r resume · f start fresh · q quit</Text>
      </Box>
    );
  }

  const { session } = l;
  const node = currentNode(session);
  const items = menu(session, content);
  const badge = KIND_BADGE[node.kind];
  const peeked = l.peeking && node.kind === 'question' ? peekAt(session, items[l.cursor]!.choice!, content) : undefined;
  const body = terminalMarkdown(nodeMarkdown(session, content), width).split('\n');

  // Everything but the body is measured, so the screen never grows past the terminal and pushes the header off.
  const header = breadcrumb(session, width);
  const title = `${badge.label} ${content.get(node.id)!.title} (${node.id})`;
  const menuRows = items.reduce((sum, item) => sum + rowsOf(`❯ ${item.key}. ${item.label}`, width), 0);
  const peekRows = peeked ? 2 + rowsOf(`Peek: leads to ${KIND_BADGE[peeked.target.kind].label} ${peeked.title} (${peeked.target.id})`, peekInnerWidth(width)) + (peeked.detail ? rowsOf(peeked.detail, peekInnerWidth(width)) : 0) : 0;
  const footerRows = rowsOf(footerText(node.kind, true), width);
  const chrome = 2 + (header.forks ? 1 : 0) + 1 + rowsOf(title, width) + 1 + 1 + menuRows + peekRows + rowsOf(l.message ?? ' ', width) + footerRows;
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
        <Text bold>{content.get(node.id)!.title}</Text>
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
      <Menu items={items} cursor={l.cursor} selectable={node.kind === 'question'} />
      {peeked ? <Peek {...peeked} width={width} /> : null}
      <Text>{l.message ?? ' '}</Text>
      <Footer kind={node.kind} scrollable={more} />
    </Box>
  );
}

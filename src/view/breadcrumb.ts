import { chapters as allChapters, nodes } from '../../machines/index.ts';
import { currentNode, type Session } from '../session/session.ts';

const chapterTitle = (id: string) => allChapters.find((chapter) => chapter.id === id)!.title;

/** Keeps the end of a line, where the walk is now, when the whole line is wider than the terminal. */
const keepEnd = (text: string, width: number) => (text.length <= width ? text : `…${text.slice(text.length - width + 1)}`);

/** The breadcrumb: chapters in the order walked, ending with the current one; then the forks taken. */
export function breadcrumb(session: Session, width: number): { chapters: string; forks: string } {
  const walked = [...session.trail.map((step) => step.node), currentNode(session).id]
    .map((id) => nodes[id]!.chapter)
    .filter((id, index, all) => id !== 'prologue' && all.indexOf(id) === index);
  const forks = session.trail.filter((step) => step.answer).map((step) => `${step.node}=${step.answer}`);
  return {
    chapters: keepEnd(walked.map(chapterTitle).join(' › ') || chapterTitle('prologue'), width),
    forks: keepEnd(forks.join(' · '), width),
  };
}

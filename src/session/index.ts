export {
  atEnding,
  back,
  canGoBack,
  currentNode,
  proceed,
  restart,
  startSession,
  take,
  type AnswerSource,
  type ProbeNote,
  type Session,
  type TrailStep,
} from './session.ts';
export { walkOf, type Walk, type WalkStep } from './walk.ts';
export { wayBack } from './way-back.ts';
export { loadSave, readSaveText, savePath, writeSave, type LoadedSave, type SaveData } from './save-file.ts';
export { replayTrail } from './replay.ts';
export { saveProgress } from './save-progress.ts';

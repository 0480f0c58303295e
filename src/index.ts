export { main } from './cli/main.ts';
export { EXIT } from './kit/exit-codes.ts';
export type { Io } from './kit/io.ts';
export { readContent, markdownToText, fixCommands, type ContentLibrary, type NodeContent } from './content/index.ts';
export { walkAnswers } from './headless/answer-session.ts';
export { type Walk, type WalkStep } from './session/index.ts';
export { parseAnswers, type Answers } from './headless/answers.ts';
export { toTranscript, type Transcript } from './headless/transcript.ts';
export { exportGraph } from './headless/export-graph.ts';

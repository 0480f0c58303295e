export { ContentError, type ContentLibrary, type NodeContent, type Symptom } from './node-content.ts';
export { parseNodeContent } from './parse-node-content.ts';
export { markdownToText } from './markdown-to-text.ts';
export { fixCommands, splitCommands } from './fix-commands.ts';
export { CONTENT_DIR, contentFiles, contentPath, readContent } from './read-content.ts';
export { COMPONENTS, VALIDITY_TOKENS, parseValidity, releaseMatches, validityMeets, type Component, type Validity } from './validity.ts';

/**
 * Why a file the user named could not be read or written, in words: the same wording for answers files, logs,
 * reports and exports.
 */
export function fileErrorReason(error: unknown, doing: 'read' | 'write'): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return doing === 'read' ? 'no such file' : 'its directory does not exist';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

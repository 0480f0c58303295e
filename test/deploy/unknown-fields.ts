import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** kubernetes-models modules and their type for each kind the manifests use. */
const TYPES: Record<string, { module: string; type: string }> = {
  'apps/v1 DaemonSet': { module: 'kubernetes-models/apps/v1/DaemonSet', type: 'IDaemonSet' },
  'v1 Namespace': { module: 'kubernetes-models/v1/Namespace', type: 'INamespace' },
  'v1 ConfigMap': { module: 'kubernetes-models/v1/ConfigMap', type: 'IConfigMap' },
};

/**
 * The fields no Kubernetes type has, as kubectl's strict field validation would refuse them. kubernetes-models'
 * validators check types, enums and required fields but let unknown ones through, so each object is written as a
 * TypeScript literal of its kubernetes-models type: the compiler's excess-property check names any field the API
 * does not have (a misspelt `readOnlyRootFileSystem`, say). One compiler run for all of them (it takes a second or
 * more): the diagnostics for each object, in order.
 */
export function unknownFields(objects: readonly { apiVersion: string; kind: string }[]): string[][] {
  const file = fileURLToPath(new URL('./__manifests__.ts', import.meta.url));
  const lines = objects.map((object, index) => {
    const type = TYPES[`${object.apiVersion} ${object.kind}`];
    if (!type) throw new Error(`no type for ${object.apiVersion} ${object.kind}`);
    // Two lines per object, so a diagnostic's line says which object it is about.
    return `import type { ${type.type} as T${index} } from '${type.module}';\nexport const o${index}: T${index} = ${JSON.stringify(object)};`;
  });
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, lines.join('\n'), language) : read.call(host, name, language, ...rest));
  const found: string[][] = objects.map(() => []);
  for (const diagnostic of ts.getPreEmitDiagnostics(ts.createProgram([file], options, host))) {
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : 0;
    found[Math.floor(line / 2)]!.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
  }
  return found;
}

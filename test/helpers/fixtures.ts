import { fileURLToPath } from 'node:url';
import { capturedHost } from '../../src/host/index.ts';

export const fixtureDir = (name: string): string => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));

export const fixtureHost = (name: string) => capturedHost(fixtureDir(name), name.startsWith('sos') ? 'sos-report' : 'captured');

/**
 * JUnit XML, the report format CI systems read (GitLab, Jenkins, GitHub Actions' test reporters): one
 * <testsuite> per group, one <testcase> per check, <failure> for what failed and <skipped> for what could not be
 * decided. Text from a host goes in as given: everything XML 1.0 cannot carry (C0 controls, DEL, C1, lone
 * surrogates) is shown as U+FFFD, and markup characters are escaped, so no host file can break the report.
 */

export interface JunitCase {
  /** The check's stable id, such as a probe id. */
  name: string;
  /** What the check is about, such as a node id; CI systems show it as the "class". */
  classname: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** One line: why it failed or was skipped. */
  message?: string;
  /** Longer text under the failure: evidence, the fix. */
  detail?: string;
}

export interface JunitSuite {
  name: string;
  cases: readonly JunitCase[];
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates, U+FFFE and U+FFFF. DEL and C1
// are allowed but "discouraged", and they can drive a terminal showing the file; they go too.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string): string =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const count = (cases: readonly JunitCase[], outcome: JunitCase['outcome']) => cases.filter((c) => c.outcome === outcome).length;

function testcase(c: JunitCase): string {
  const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}"`;
  if (c.outcome === 'passed') return `${open}/>`;
  const tag = c.outcome === 'failed' ? 'failure' : 'skipped';
  const message = c.message === undefined ? '' : ` message="${escapeXml(c.message)}"`;
  const inner = c.detail === undefined ? '' : escapeXml(c.detail);
  return `${open}>\n      <${tag}${message}${inner ? `>${inner}</${tag}>` : '/>'}\n    </testcase>`;
}

/** The whole document, ending in a newline. */
export function junitXml(name: string, suites: readonly JunitSuite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${all.length}" failures="${count(all, 'failed')}" skipped="${count(all, 'skipped')}">`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'failed')}" skipped="${count(suite.cases, 'skipped')}">`,
      ...suite.cases.map(testcase),
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

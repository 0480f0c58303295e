import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, junitXml } from '../../src/text/junit-xml.ts';

const hostile = 'evil\u0007 <tag> & "quote" \u001b[31mred\u009b \uD800 done';

describe('junitXml', () => {
  const xml = junitXml('k8s-adventure doctor', [
    {
      name: 'storage-driver',
      cases: [
        { name: 'docker-storage-driver', classname: 'storage-driver', outcome: 'failed', message: hostile, detail: `evidence: ${hostile}` },
        { name: 'docker-storage-config', classname: 'storage-driver', outcome: 'passed' },
      ],
    },
    { name: 'aws', cases: [{ name: 'aws-instance', classname: 'aws', outcome: 'skipped', message: 'no credentials' }] },
  ]);

  it('is well-formed XML even when host text carries control characters, markup and lone surrogates', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('counts tests, failures and skips per suite and overall, as CI systems read them', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.testsuites).toMatchObject({ name: 'k8s-adventure doctor', tests: '3', failures: '1', skipped: '1' });
    const [storage, aws] = doc.testsuites.testsuite;
    expect(storage).toMatchObject({ name: 'storage-driver', tests: '2', failures: '1', skipped: '0' });
    expect(storage.testcase[0].failure.message).toBe('evil\uFFFD <tag> & "quote" \uFFFD[31mred\uFFFD \uFFFD done');
    expect(storage.testcase[0].failure['#text']).toContain('evidence: evil');
    expect(aws.testcase.skipped.message).toBe('no credentials');
  });

  it('escapes every markup character and keeps a valid surrogate pair', () => {
    expect(escapeXml(`<a href="x">&</a> 🙂`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; 🙂');
  });
});

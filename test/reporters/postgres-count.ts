import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many tests ran on PostgreSQL (those inside a `forEachDialect` block "on postgres"),
 * so a run that silently skipped them — no server answered — shows it.
 */
export default class PostgresCountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (!/(^|>\s*)on postgres(\s*>|$)/.test(test.fullName)) continue;
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const ran = counts.passed + counts.failed;
    process.stdout.write(
      `\nPostgreSQL tests run: ${ran} (${counts.passed} passed, ${counts.failed} failed; ${counts.skipped} skipped)\n`,
    );
  }
}

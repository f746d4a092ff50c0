/**
 * Component rules (docs/architecture.md): each folder under src/ is a component, and a
 * component may import only components below it. A cycle between two files, or between two
 * components, fails `npm run lint`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two source files import each other (directly or through others). Move what both need into a third file.',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'no-component-cycle',
      scope: 'folder',
      severity: 'error',
      comment:
        'Two components import each other (directly or through others). A component may import only components below it: move the shared part down, or pass it in as a narrow interface.',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      comment: 'Production code must not import tests or test helpers.',
      from: { path: '^src/' },
      to: { path: '^test/' }
    }
  ],
  options: {
    includeOnly: '^src/',
    exclude: { path: '^src/wire/gen/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] }
  }
}

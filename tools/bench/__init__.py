"""The performance benchmark (`make bench`): visits timed beside a naive Pyodide page, Lighthouse,
and the report written to docs-dev/performance.md."""

"""The build: what the MkDocs hook runs (generated pages, the screener's assets, the checker's zip,
the slim standard library, the interview map, the contract's tables)."""

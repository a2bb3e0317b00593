"""The site's languages: the build's own texts and their Spanish catalog, the Spanish glossary, the
Spanish text checks and the readability scores."""

// Material's search reads its box on keyup only; a paste, voice or a keyboard suggestion
// changes it with no key. Pass each change on (an unchanged value is ignored by Material).
document.addEventListener("input", ({ target }) => {
  if (target instanceof HTMLInputElement && target.matches(".md-search__input")) {
    target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
});

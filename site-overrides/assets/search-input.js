// Search finds what was pasted or dictated, not only what was typed. Material's search reads its
// box on `keyup` (and when its index is ready), but pasting with a finger or the mouse, dictating
// by voice, or picking a keyboard suggestion changes the box with an `input` event and no key:
// the reader saw no results until they pressed a key. Each such change is passed on as the
// `keyup` Material waits for; a change that came with a key is read twice, which Material's
// own check for an unchanged value makes harmless. The box is in the header, which instant
// navigation keeps, and the listener sits on the document, so once per page load is enough.

document.addEventListener("input", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches(".md-search__input")) {
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
});

// Prints with a body class that selects what the print stylesheet shows (e.g. only the card sheet).
export function printWith(bodyClass: string): void {
  document.body.classList.add(bodyClass);
  const done = () => {
    document.body.classList.remove(bodyClass);
    removeEventListener("afterprint", done);
  };
  addEventListener("afterprint", done);
  window.print();
  setTimeout(done, 1000);
}

// React streams a page's slow parts as hidden blocks at the end of the body and swaps them in with a script.
// With scripts off that swap never runs: this shows the blocks with the padding of the layout's <main> and
// hides the placeholders.
// In Tailwind's base layer, where its `[hidden]{display:none!important}` is: an important rule outside the
// layer would lose to it.
const NO_SCRIPT_CSS = [
  "@layer base{",
  "[data-placeholder]{display:none!important}",
  'body>div[hidden][id^="S:"]{display:block!important;max-width:80rem;margin:0 auto;padding:0 1rem 1.5rem}',
  '@media (min-width:40rem){body>div[hidden][id^="S:"]{padding:0 1.5rem 1.5rem}}',
  "}",
].join("");

export function StreamedContentWithoutScripts() {
  return <noscript dangerouslySetInnerHTML={{ __html: `<style>${NO_SCRIPT_CSS}</style>` }} />;
}

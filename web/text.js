// The draft as text, in CodeMirror (Debian's libjs-codemirror, a global). The text here is what
// is checked and saved, byte for byte.

export class TextView {
  constructor(element, onChange) {
    this.cm = CodeMirror(element, {
      lineNumbers: true,
      lineWrapping: true,
      mode: {name: 'javascript', json: true},
      gutters: ['CodeMirror-linenumbers'],
    });
    this.marked = null;
    this.quiet = false;  // true while the page itself sets the text
    this.cm.on('change', () => { if (!this.quiet) onChange(this.cm.getValue()); });
  }

  setText(text, name) {
    this.quiet = true;
    this.cm.setOption('mode', /\.ya?ml$/i.test(name) ? 'yaml' : {name: 'javascript', json: true});
    this.cm.setValue(text);
    this.cm.clearHistory();
    this.quiet = false;
  }

  refresh() { this.cm.refresh(); }

  // draftcheck's line and column are 1-based; CodeMirror's are 0-based.
  showLine(line, column) {
    const at = {line: Math.max(0, line - 1), ch: Math.max(0, column - 1)};
    if (this.marked !== null) this.cm.removeLineClass(this.marked, 'background', 'finding-line');
    this.marked = this.cm.addLineClass(at.line, 'background', 'finding-line');
    this.cm.setCursor(at);
    this.cm.scrollIntoView(at, 120);
    this.cm.focus();
  }
}

// The draft as a form generated from schemas/draft.schema.json by json-editor (Debian's
// libjs-json-editor, a global). json-editor is only a way of editing: it ignores some JSON Schema
// keywords and silently drops or changes what it cannot show (unknown keys, bad enum values,
// impossible dates), so its own validation is switched off, draftcheck's findings are the only
// judgement, and a draft is shown here only when the form gives back exactly the same data.

// "the baseline" -> "Baseline"; "lead_authority" -> "Lead authority".
function label(text) {
  const words = text.replace(/^the /, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Labels and help for the form, from the schema's titles and descriptions (or the property's
// name where the schema has no title). Small shared definitions (texts, ids, dates) are copied
// into each place they are used so that each field keeps its own label and help. Only the form
// sees these changes; the schema itself is untouched.
function formSchema(schema) {
  const copy = JSON.parse(JSON.stringify(schema));
  const definitions = copy.definitions || {};
  const refName = ref => ref.replace('#/definitions/', '');
  const isObject = s => s && (s.type === 'object' || s.properties);
  const visit = node => {
    if (!node || typeof node !== 'object') return;
    for (const [key, property] of Object.entries(node.properties || {})) {
      const shared = property.$ref ? definitions[refName(property.$ref)] : null;
      if (shared && isObject(shared)) continue;  // an object keeps its definition's title ("Baseline")
      const own = Object.assign({}, property);
      delete own.$ref;
      // A shared definition's description says what kind of value it is ("Free text."), not what
      // this field means, so only the field's own description becomes its help.
      const field = Object.assign({}, shared || {}, {description: undefined}, own, {title: label(property.title || key)});
      if (field.description === undefined) delete field.description;
      node.properties[key] = field;
      visit(field);
    }
    if (node.items) visit(node.items);
  };
  for (const definition of Object.values(definitions)) {
    if (definition.title) definition.title = label(definition.title);
    visit(definition);
  }
  visit(copy);
  delete copy.$schema;
  return copy;
}

// JSON pointer "/indicators/0/baseline" -> json-editor path "root.indicators.0.baseline".
function editorPath(pointer) {
  const tokens = pointer.split('/').slice(1).map(t => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return ['root', ...tokens].join('.');
}

// `value` with its keys in the order `like` has them (keys `like` lacks go last): json-editor
// returns keys in the schema's order, and the officer's file should keep its own.
function orderedLike(value, like) {
  if (Array.isArray(value)) return value.map((item, i) => orderedLike(item, Array.isArray(like) ? like[i] : undefined));
  if (!value || typeof value !== 'object') return value;
  const keys = like && typeof like === 'object' && !Array.isArray(like) ? Object.keys(like).filter(k => k in value) : [];
  for (const key of Object.keys(value)) if (!keys.includes(key)) keys.push(key);
  const out = {};
  for (const key of keys)  // defineProperty: a key named __proto__ stays a key
    Object.defineProperty(out, key, {value: orderedLike(value[key], like ? like[key] : undefined), enumerable: true, writable: true, configurable: true});
  return out;
}

export class FormView {
  constructor(element, schema, onChange) {
    this.element = element;
    this.schema = formSchema(schema);
    this.onChange = onChange;
    this.editor = null;
    this.quiet = false;
    this.value = null;  // the form's value, keys in the draft's order
    this.shown = '';    // the same as JSON text, to tell real changes from layout
  }

  // Shows `draft` (parsed JSON) in the form. Resolves to true, or to false when the form could
  // not represent it exactly (the caller then keeps to the text view).
  show(draft) {
    if (this.editor) this.editor.destroy();
    this.quiet = true;
    this.editor = new JSONEditor(this.element, {
      schema: this.schema,
      startval: draft,
      theme: 'html',
      iconlib: null,
      show_errors: 'never',
      disable_edit_json: true,
      disable_array_delete_all_rows: true,
      disable_array_delete_last_row: true,
      no_additional_properties: true,
      prompt_before_delete: true,
    });
    return new Promise(resolve => {
      this.editor.on('ready', () => {
        this.value = orderedLike(this.editor.getValue(), draft);
        this.shown = JSON.stringify(this.value);
        const same = this.shown === JSON.stringify(draft);
        this.quiet = false;
        // json-editor also reports changes that change nothing (as it lays the form out).
        this.editor.on('change', () => {
          const value = orderedLike(this.editor.getValue(), this.value);
          const now = JSON.stringify(value);
          if (this.quiet || now === this.shown) return;
          this.value = value;
          this.shown = now;
          this.onChange(value);
        });
        resolve(same);
      });
    });
  }

  hide() {
    if (this.editor) this.editor.destroy();
    this.editor = null;
  }

  // Brings the field a finding is about into view and focuses it; for a pointer to something the
  // draft does not have yet, the nearest enclosing field.
  showField(pointer) {
    if (!this.editor) return false;
    let path = editorPath(pointer);
    let target = this.editor.getEditor(path);
    while (!target && path.includes('.')) {
      path = path.slice(0, path.lastIndexOf('.'));
      target = this.editor.getEditor(path);
    }
    if (!target) return false;
    // Open every collapsed section on the way down.
    for (let p = path; p.includes('.'); p = p.slice(0, p.lastIndexOf('.'))) {
      const parent = this.editor.getEditor(p.slice(0, p.lastIndexOf('.')));
      if (parent && parent.collapsed && parent.toggle_button) parent.toggle_button.click();
    }
    for (const old of this.element.querySelectorAll('.finding-field')) old.classList.remove('finding-field');
    target.container.classList.add('finding-field');
    target.container.scrollIntoView({block: 'center'});
    // An object or list has no input of its own: its first field takes the focus.
    const input = target.input || target.container.querySelector('input[name]:not([type=checkbox]), select[name], textarea[name]');
    if (input) input.focus({preventScroll: true});
    return true;
  }
}

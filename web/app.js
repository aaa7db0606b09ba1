// The page: one draft, held as text (what is checked and saved), edited as a form or as text,
// checked by the local server a moment after each change.
import {checkDraft, loadExample, loadExamples, loadRules, loadSchema} from './api.js';
import {countsText, showFindings} from './findings.js';
import {FormView} from './form.js';
import {TextView} from './text.js';

const CHECK_DELAY_MS = 300;  // typing pauses shorter than this do not start a check

const $ = id => document.getElementById(id);
const state = {text: '', name: 'draft.json', view: 'form', textStale: false, formStale: true, report: null};
let sections = [];
let form = null;
let text = null;
let timer = null;
let inFlight = null;
let checks = 0;

function setStatus(message) { $('status').textContent = message; }

function setView(view) {
  state.view = view;
  $('show-form').setAttribute('aria-selected', String(view === 'form'));
  $('show-text').setAttribute('aria-selected', String(view === 'text'));
  $('form').hidden = view !== 'form';
  $('text').hidden = view !== 'text';
  if (view === 'text') {
    if (state.textStale) text.setText(state.text, state.name);
    state.textStale = false;
    text.refresh();
  }
}

function setSideTab(tab) {
  $('show-findings').setAttribute('aria-selected', String(tab === 'findings'));
  $('show-letter').setAttribute('aria-selected', String(tab === 'letter'));
  $('findings').hidden = tab !== 'findings';
  $('letter').hidden = tab !== 'letter';
}

// Whether the latest check found the draft in the shape the schema describes: only then can the
// form show it (see form.js).
function schemaClean(report) {
  return report && report.checked && !report.findings.some(f => f.rule === 'schema');
}

const isYaml = name => /\.ya?ml$/i.test(name);

function formNote(message) {
  $('form-note').hidden = !message;
  $('form-note').textContent = message || '';
}

// Puts the current text into the form when the form can hold it; otherwise explains why not
// and shows the text.
async function showForm() {
  if (isYaml(state.name)) {
    formNote('The form edits JSON drafts; this one is YAML, so edit it as text. It is checked as it is, and saved as YAML.');
    setView('text');
    return checkNow();
  }
  let draft;
  try {
    draft = JSON.parse(state.text);
  } catch (e) {
    formNote('The text is not valid JSON yet, so the form cannot show it: see the finding, fix the text, then come back to the form.');
    return setView('text');
  }
  await checkNow();
  if (!schemaClean(state.report)) {
    formNote('Some of the draft is not in the shape the format describes (see the findings marked "schema"), and the form would lose it: fix it in the text first.');
    return setView('text');
  }
  if (state.formStale && !(await form.show(draft))) {
    form.hide();
    formNote('The form cannot show this draft exactly, so it is shown as text.');
    return setView('text');
  }
  state.formStale = false;
  formNote('');
  setView('form');
}

function load(newText, name) {
  state.text = newText;
  state.name = name;
  state.formStale = true;
  state.textStale = false;
  $('file-name').textContent = name;
  text.setText(newText, name);
  showForm();
}

function changed(newText) {
  state.text = newText;
  clearTimeout(timer);
  timer = setTimeout(checkNow, CHECK_DELAY_MS);
}

async function checkNow() {
  clearTimeout(timer);
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  const sent = state.text;
  document.body.dataset.checking = 'true';
  setStatus('Checking…');
  try {
    const result = await checkDraft(sent, state.name, controller.signal);
    if (controller.signal.aborted) return;
    const report = result.report.results[0];
    state.report = report;
    showFindings($('findings'), report, sections, pick);
    $('counts').textContent = report.checked ? `(${report.findings.length})` : '';
    if (result.html) $('letter').srcdoc = result.html;
    setStatus(report.checked ? `Checked: ${countsText(report)}.` : 'The draft could not be checked; see the finding.');
    document.body.dataset.checks = String(++checks);
  } catch (e) {
    if (controller.signal.aborted) return;
    setStatus(`The check failed: ${e.message}`);
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      document.body.dataset.checking = 'false';
    }
  }
}

// A finding was clicked: its field in the form, or its line in the text.
function pick(finding) {
  if (state.view === 'form' && finding.pointer !== null && form.showField(finding.pointer)) return;
  setView('text');
  text.showLine(finding.line, finding.column);
}

function save() {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([state.text], {type: isYaml(state.name) ? 'application/yaml' : 'application/json'}));
  link.download = state.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function openFile(file) {
  const reader = new FileReader();
  reader.onload = () => load(reader.result, file.name);
  reader.onerror = () => setStatus(`Could not read ${file.name}.`);
  reader.readAsText(file);
}

function blankDraft(kind) {
  return JSON.stringify({format: 'draftcheck/1', agreement: {kind}, submission: {stage: 'first'}}, null, 2) + '\n';
}

async function start() {
  const [schema, rules, examples] = await Promise.all([loadSchema(), loadRules(), loadExamples()]);
  sections = rules.sections;
  text = new TextView($('text'), newText => { state.formStale = true; changed(newText); });
  form = new FormView($('form'), schema, value => {
    state.textStale = true;
    changed(JSON.stringify(value, null, 2) + '\n');
  });
  for (const example of examples) {
    const option = document.createElement('option');
    option.value = example.name;
    option.textContent = `${example.area || example.name} (${example.kind || '?'}, ${example.stage || '?'} draft)`;
    $('example').append(option);
  }
  $('example').addEventListener('change', async event => {
    const name = event.target.value;
    if (name) load(await loadExample(name), name);
    event.target.value = '';
  });
  $('new-blank').addEventListener('click', () => load(blankDraft($('blank-kind').value), 'draft.json'));
  $('open-file').addEventListener('change', event => { if (event.target.files[0]) openFile(event.target.files[0]); });
  $('save').addEventListener('click', save);
  $('show-form').addEventListener('click', showForm);
  $('show-text').addEventListener('click', () => setView('text'));
  $('show-findings').addEventListener('click', () => setSideTab('findings'));
  $('show-letter').addEventListener('click', () => setSideTab('letter'));
  $('print-letter').addEventListener('click', () => $('letter').contentWindow.print());
  document.addEventListener('dragover', event => { event.preventDefault(); $('drop-hint').hidden = false; });
  document.addEventListener('dragleave', () => { $('drop-hint').hidden = true; });
  document.addEventListener('drop', event => {
    event.preventDefault();
    $('drop-hint').hidden = true;
    if (event.dataTransfer.files[0]) openFile(event.dataTransfer.files[0]);
  });
  setSideTab('findings');
  document.body.dataset.ready = 'true';
}

start().catch(e => setStatus(`The page could not start: ${e.message}`));

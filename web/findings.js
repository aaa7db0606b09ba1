// The findings of the latest check, grouped under the sections of a Government Office response,
// each a button that takes the officer to the place it is about.

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;  // draft text is always shown as text, never as HTML
  return node;
}

// `report` is one result of the `check --format json` document; `sections` lists {id, heading}
// in the order of a response. `onPick(finding)` is called when a finding is clicked.
export function showFindings(container, report, sections, onPick) {
  container.replaceChildren();
  if (!report.checked) {
    const problem = element('button', 'finding error', report.error);
    const where = /:(\d+):(\d+): error:/.exec(report.error || '');
    problem.type = 'button';
    problem.dataset.line = where ? where[1] : '1';
    problem.addEventListener('click', () => onPick({pointer: null, line: Number(problem.dataset.line), column: where ? Number(where[2]) : 1}));
    container.append(element('p', 'note', 'The draft could not be checked yet:'), problem);
    return;
  }
  if (report.findings.length === 0) {
    container.append(element('p', 'note', 'No findings: nothing in the draft that a reviewer would raise.'));
    return;
  }
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const heading = new Map(sections.map(s => [s.id, s.heading]));
  const groups = new Map();
  for (const finding of report.findings) {
    if (!groups.has(finding.section)) groups.set(finding.section, []);
    groups.get(finding.section).push(finding);
  }
  const ids = [...groups.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  for (const id of ids) {
    const group = element('section', 'finding-group');
    group.dataset.section = id;
    group.append(element('h2', null, `${heading.get(id) || id} (${groups.get(id).length})`));
    for (const finding of groups.get(id)) {
      const item = element('button', `finding ${finding.severity}`);
      item.type = 'button';
      item.dataset.rule = finding.rule;
      item.dataset.pointer = finding.pointer;
      item.append(element('span', 'severity', finding.severity),
                  element('span', 'message', finding.message),
                  element('span', 'where', `line ${finding.line} · ${finding.rule}`));
      if (finding.suggestion) item.append(element('span', 'suggestion', finding.suggestion));
      item.addEventListener('click', () => onPick(finding));
      group.append(item);
    }
    container.append(group);
  }
}

export function countsText(report) {
  if (!report.checked) return '';
  const s = report.summary;
  return `${s.error} errors, ${s.warning} warnings, ${s.advice} advice`;
}

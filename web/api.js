// Calls to the local draftcheck server: nothing on this page talks to anything else.

async function getJson(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

export const loadSchema = () => getJson('/api/schema');
export const loadRules = () => getJson('/api/rules');
export const loadExamples = () => getJson('/api/examples');

export async function loadExample(name) {
  const response = await fetch('/api/examples/' + encodeURIComponent(name));
  if (!response.ok) throw new Error(`example ${name}: ${response.status}`);
  return response.text();
}

// Checks `text` exactly as written, so the findings' lines are lines of this text. Resolves to
// {report, letter, html}; a busy server (503) is asked again a moment later.
export async function checkDraft(text, name, signal) {
  for (;;) {
    const response = await fetch('/api/check', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({draft: text, name}),
      signal,
    });
    if (response.status === 503) {
      await new Promise(resolve => setTimeout(resolve, 1000));
      continue;
    }
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || `the server answered ${response.status}`);
    return body;
  }
}

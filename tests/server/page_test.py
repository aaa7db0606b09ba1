"""The page in a real browser: Debian's chromium driven through chromedriver and selenium, against
`draftcheck serve` on a free port. It loads an example, reads the letter, clicks a finding and lands
on its field, fixes the field and sees the finding go, then saves the draft and compares bytes; and it
opens a YAML draft, sees it checked at its lines, edits it and saves it back as YAML.

Usage: page_test.py DRAFTCHECK_BINARY SOURCE_DIR [--screenshots DIR]
With --screenshots it also writes the PNGs shown in docs/web.md. Exits 77 (skipped) only when
chromium is not installed; every wait is bounded.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

BINARY, SOURCE = sys.argv[1], sys.argv[2]
SCREENSHOTS = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
if not shutil.which("chromium"):
    print("SKIPPED: chromium is not installed (scripts/install-deps.sh installs it)")
    sys.exit(77)

from selenium import webdriver  # noqa: E402  (only once chromium is known to be there)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from serve_process import Served  # noqa: E402

WAIT = 60  # seconds, for any one thing to appear
EXAMPLE = "derby-lpsa2-priorities.json"
FIELD = "root.priorities.0"
POINTER = "/priorities/0"
RULE = "lpsa2.priorities-evidenced"
FIX = "Pupils achieving 5+ A*-C at GCSE: 47% in 2004, against 54% in England (DfES performance tables)."


def integral_floats_as_ints(text):
    # JSON.stringify writes 43.0 as 43; Python would keep 43.0.
    value = float(text)
    return int(value) if value.is_integer() else value


class Page(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Served(BINARY, SOURCE)
        cls.downloads = tempfile.mkdtemp(prefix="draftcheck-page-")
        options = webdriver.ChromeOptions()
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"download.default_directory": cls.downloads,
                                                  "download.prompt_for_download": False})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        try:
            cls.driver = webdriver.Chrome(options=options)
        except Exception:
            cls.server.stop()
            raise
        cls.driver.set_page_load_timeout(WAIT)
        cls.driver.set_script_timeout(WAIT)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()
        shutil.rmtree(cls.downloads, ignore_errors=True)

    def wait(self, condition, what):
        return WebDriverWait(self.driver, WAIT).until(lambda d: condition(d), "waited %d s for %s" % (WAIT, what))

    def checks(self):
        return int(self.driver.execute_script("return document.body.dataset.checks || '0'"))

    def open_example(self, name):
        d = self.driver
        d.get(self.server.url)
        self.wait(lambda d: d.execute_script("return document.body.dataset.ready") == "true", "the page to start")
        Select(d.find_element(By.ID, "example")).select_by_value(name)
        self.wait(lambda d: self.checks() >= 1 and d.find_elements(By.CSS_SELECTOR, '#form [data-schemapath="root"]'),
                  "the example to be checked and shown in the form")

    def finding(self, rule, pointer):
        found = self.driver.find_elements(By.CSS_SELECTOR, '#findings .finding[data-rule="%s"][data-pointer="%s"]' % (rule, pointer))
        return found[0] if found else None

    def screenshot(self, name):
        if SCREENSHOTS:
            os.makedirs(SCREENSHOTS, exist_ok=True)
            self.driver.save_screenshot(os.path.join(SCREENSHOTS, name))

    def test_example_letter_finding_fix_and_save(self):
        d = self.driver
        self.open_example(EXAMPLE)
        self.assertEqual(d.find_element(By.ID, "file-name").text, EXAMPLE)
        self.assertIn("Telling the story", d.find_element(By.ID, "findings").text)
        self.screenshot("web-form.png")

        # The letter, in its own frame.
        d.find_element(By.ID, "show-letter").click()
        d.switch_to.frame(d.find_element(By.ID, "letter"))
        self.assertRegex(d.find_element(By.TAG_NAME, "h1").text, r"^Office of the Deputy Prime Minister: comments on the proposed priorities for improvement of the Derby LPSA2$")
        d.switch_to.default_content()
        self.screenshot("web-letter.png")
        d.find_element(By.ID, "show-findings").click()

        # The finding takes the officer to the priority it is about.
        finding = self.finding(RULE, POINTER)
        self.assertIsNotNone(finding, "the example should have the finding this test fixes")
        finding.click()
        landed = d.execute_script("""
            const marked = document.querySelector('#form .finding-field');
            const box = marked.getBoundingClientRect();
            return {path: marked.dataset.schemapath, visible: box.top >= 0 && box.top < window.innerHeight,
                    focusInside: marked.contains(document.activeElement)};""")
        self.assertEqual(landed, {"path": FIELD, "visible": True, "focusInside": True})

        # Fixing the field makes the finding go.
        # The priority has no performance data yet: add the field (json-editor's Properties list), then fill it.
        d.execute_script("""
            const buttons = document.querySelector('[data-schemapath="%s"]').querySelectorAll('button');
            [...buttons].find(b => /Properties/.test(b.textContent)).click();""" % FIELD)
        checkbox = d.execute_script("""
            const labels = document.querySelector('[data-schemapath="%s"]').querySelectorAll('label');
            for (const label of labels)
              if (label.textContent.trim() === 'Current performance') return label.querySelector('input[type=checkbox]') ||
                  label.parentElement.querySelector('input[type=checkbox]');
            return null;""" % FIELD)
        self.assertIsNotNone(checkbox, "the Properties list should offer Current performance (the priority's performance_data)")
        checkbox.click()
        before = self.checks()
        field = d.find_element(By.CSS_SELECTOR, '[data-schemapath="%s.performance_data"] input, '
                                                '[data-schemapath="%s.performance_data"] textarea' % (FIELD, FIELD))
        field.send_keys(FIX, Keys.TAB)
        self.wait(lambda d: self.checks() > before and d.execute_script("return document.body.dataset.checking") == "false"
                  and self.finding(RULE, POINTER) is None, "the finding to go once the field is filled in")
        self.assertIsNotNone(self.finding(RULE, "/priorities/1"))  # the other priorities still lack it
        d.execute_script("""
            const buttons = document.querySelector('[data-schemapath="%s"]').querySelectorAll('button');
            [...buttons].find(b => /Properties/.test(b.textContent)).click();""" % FIELD)  # close the list
        self.screenshot("web-fixed.png")

        # Saving gives the file with the fix, written as the form holds it.
        d.find_element(By.ID, "save").click()
        saved = os.path.join(self.downloads, EXAMPLE)
        self.wait(lambda d: os.path.exists(saved) and os.path.getsize(saved) > 0, "the saved file")
        with open(os.path.join(SOURCE, "examples", EXAMPLE), encoding="utf-8") as f:
            expected = json.load(f, parse_float=integral_floats_as_ints)
        expected["priorities"][0]["performance_data"] = FIX
        with open(saved, "rb") as f:
            self.assertEqual(f.read(), (json.dumps(expected, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))

    def test_text_view_finding_goes_to_its_line(self):
        d = self.driver
        self.open_example("northmoor-laa-final.json")
        d.find_element(By.ID, "show-text").click()
        finding = d.find_element(By.CSS_SELECTOR, "#findings .finding")
        line = int(finding.find_element(By.CSS_SELECTOR, ".where").text.split()[1])
        finding.click()
        cursor = d.execute_script("return document.querySelector('#text .CodeMirror').CodeMirror.getCursor().line")
        self.assertEqual(cursor, line - 1)  # CodeMirror counts lines from 0
        text = d.execute_script("return document.querySelector('#text .CodeMirror').CodeMirror.getValue()")
        with open(os.path.join(SOURCE, "examples", "northmoor-laa-final.json"), encoding="utf-8") as f:
            self.assertEqual(text, f.read())  # the text view holds the file exactly
        self.screenshot("web-text.png")

    def test_a_yaml_draft_is_opened_checked_and_saved_as_yaml(self):
        # The officer's YAML draft: an example as `draftcheck convert` writes it.
        d = self.driver
        name = "halton-lpsa2-draft.yaml"
        path = os.path.join(self.downloads, "opened", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        yaml = subprocess.run([BINARY, "convert", os.path.join(SOURCE, "examples", "halton-lpsa2-draft.json"), "--to", "yaml"],
                              capture_output=True, check=True, env=dict(os.environ, DRAFTCHECK_HOME=SOURCE)).stdout
        with open(path, "wb") as f:
            f.write(yaml)
        d.get(self.server.url)
        self.wait(lambda d: d.execute_script("return document.body.dataset.ready") == "true", "the page to start")
        d.find_element(By.ID, "open-file").send_keys(path)  # as if picked in the file dialogue
        self.wait(lambda d: self.checks() >= 1 and d.execute_script("return document.body.dataset.checking") == "false",
                  "the YAML draft to be checked")
        self.assertEqual(d.find_element(By.ID, "file-name").text, name)
        self.assertTrue(d.find_element(By.ID, "text").is_displayed())  # the form edits JSON only
        self.assertIn("saved as YAML", d.find_element(By.ID, "form-note").text)
        self.assertEqual(d.execute_script("return document.querySelector('#text .CodeMirror').CodeMirror.getValue()"),
                         yaml.decode("utf-8"))

        # The findings are those of the command line for the same file, at the YAML's lines.
        listed = subprocess.run([BINARY, "check", "--format", "json", path], capture_output=True,
                                env=dict(os.environ, DRAFTCHECK_HOME=SOURCE)).stdout
        expected = [(f["rule"], f["line"]) for f in json.loads(listed)["results"][0]["findings"]]
        shown = d.execute_script("""return [...document.querySelectorAll('#findings .finding')].map(
            f => [f.dataset.rule, Number(/line (\\d+)/.exec(f.querySelector('.where').textContent)[1])]);""")
        self.assertTrue(expected)
        self.assertEqual(sorted(map(tuple, shown)), sorted(expected))

        # A finding takes the officer to its line of the YAML.
        finding = d.find_element(By.CSS_SELECTOR, "#findings .finding")
        line = int(finding.find_element(By.CSS_SELECTOR, ".where").text.split()[1])
        finding.click()
        self.assertEqual(d.execute_script("return document.querySelector('#text .CodeMirror').CodeMirror.getCursor().line"), line - 1)
        self.screenshot("web-yaml.png")

        # An edit in the text is checked, and saving gives the YAML with the edit, byte for byte.
        before = self.checks()
        d.execute_script("document.querySelector('#text .CodeMirror').CodeMirror.replaceRange('# Checked on the page\\n', {line: 0, ch: 0})")
        self.wait(lambda d: self.checks() > before and d.execute_script("return document.body.dataset.checking") == "false",
                  "the edited YAML to be checked")
        d.find_element(By.ID, "save").click()
        saved = os.path.join(self.downloads, name)
        self.wait(lambda d: os.path.exists(saved) and os.path.getsize(saved) > 0, "the saved file")
        with open(saved, "rb") as f:
            self.assertEqual(f.read(), b"# Checked on the page\n" + yaml)

    def test_no_errors_in_the_browser_console(self):
        self.open_example("halton-lpsa2-draft.json")
        severe = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        self.assertEqual(severe, [])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)

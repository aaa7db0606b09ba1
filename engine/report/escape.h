#pragma once
// Untrusted text (anything from a draft, an exceptions file or a rule's message) made safe for one
// output format, so that it can change what an output says but never its structure. Every renderer
// passes each such field through exactly one of these; docs/security.md lists what each promises.
//
// All of them return valid UTF-8: each byte that does not start a well-formed sequence (overlong,
// surrogate, past U+10FFFF, truncated) becomes U+FFFD. They are pure functions, safe from any thread.
#include <string>
#include <string_view>

namespace draftcheck::escape {

// Valid UTF-8 and nothing else changed (for formats whose own encoder escapes the rest, such as JSON).
std::string utf8(std::string_view text);

// One field of a line-oriented record (text, list, summary, diff, messages on standard error): no
// line break and no control character survives, so a field cannot end its record, start another or
// send a terminal control sequence. Tab, CR and LF are shown as \t, \r and \n; every other C0 or C1
// control, DEL, a line or paragraph separator and a bidirectional override as \xNN or \uNNNN.
std::string field(std::string_view text);

// Several such records, one per line (an error naming several mistakes): each line through field(),
// each ended with LF, so the records stay apart and none can forge another.
std::string lines(std::string_view text);

// Inline Markdown: field() (so no line break survives and no draft text can start a line), then
// every character CommonMark or GitHub Markdown could act on anywhere in a line backslash-escaped,
// and leading spaces dropped, so the text shows as written and never becomes a heading, list, quote,
// table, code block, link, emphasis or HTML.
std::string markdown(std::string_view text);

// HTML text or a double-quoted attribute value: utf8(), & < > " as entities, and control
// characters other than tab and LF shown as \xNN (HTML forbids them in text).
std::string html(std::string_view text);

// XML 1.0 text or a double-quoted attribute value (JUnit): utf8(), & < > " ' as entities, tab, CR
// and LF as character references (an attribute would otherwise fold them into spaces), and the
// control characters XML forbids shown as \xNN.
std::string xml(std::string_view text);

// A GitHub workflow command's message (@actions/core's escaping): utf8(), % CR LF as %25 %0D %0A,
// and every other control character shown as field() shows it, so the text can neither end the
// annotation nor start another command.
std::string workflow_message(std::string_view text);

// A workflow command's property value: workflow_message(), and also : and , which would end it.
std::string workflow_property(std::string_view text);

}  // namespace draftcheck::escape

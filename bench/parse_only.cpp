// The floor for this stack: read one file and parse it with nlohmann/json alone (no positions, no
// duplicate-key or depth checks, no schema, no rules). bench/run.sh times it beside `draftcheck check`
// for the "large draft within 3x of parsing" target.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: parse_only FILE.json\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        std::cerr << "parse_only: cannot read " << argv[1] << "\n";
        return 1;
    }
    const nlohmann::json doc = nlohmann::json::parse(text.str());
    std::cout << doc.size() << "\n";  // use the result, so nothing is optimised away
    return 0;
}

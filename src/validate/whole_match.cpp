// Whole-text matching of a regular expression, exactly as
// std::regex_match(text, std::regex(pattern, ECMAScript)) answers it, but
// without std::regex for the plain patterns CSVW formats use: compiling a
// std::regex costs more than reading the sidecar that holds it, and matching
// with one costs a few thousand instructions a cell. The plain subset is
// literal bytes, bracket classes of ASCII, groups ((...) and (?:...)),
// alternation, the greedy quantifiers ? * + {n} {n,} {n,m}, a leading ^ and
// a trailing $. For it, a Thompson automaton is built and run; as the
// subset has no back-references or look-arounds, "is there a match of the
// whole text" has one answer whatever the search order, so it agrees with
// std::regex. Any other pattern (escapes, '.', lazy quantifiers, anything
// unusual or malformed) goes to std::regex itself, which also words the
// errors of malformed patterns.
#include <algorithm>
#include <bitset>
#include <memory>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

namespace {

constexpr std::size_t max_program = 4096;   // a bigger automaton: leave it to std::regex
constexpr int max_count = 255;              // {n,m} bounds above this: std::regex

struct Node {
    enum Kind { Empty, Byte, Class, Concat, Alternate, Repeat } kind = Empty;
    unsigned char byte = 0;
    std::bitset<256> bytes;
    std::vector<std::unique_ptr<Node>> parts;   // Concat, Alternate; Repeat: one
    int min = 0, max = 0;                       // Repeat; max -1: unbounded
};

struct Unsupported {};

// Recursive descent over the subset; throws Unsupported on anything else.
class Parser {
public:
    explicit Parser(std::string_view p) : p_(p) {}

    std::unique_ptr<Node> parse() {
        if (!p_.empty() && p_.front() == '^') p_.remove_prefix(1);
        if (!p_.empty() && p_.back() == '$') p_.remove_suffix(1);
        auto node = alternation();
        if (i_ != p_.size()) throw Unsupported{};   // e.g. a stray ')'
        return node;
    }

private:
    static bool special(char c) {
        switch (c) {
        case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
        case '(': case ')': case '[': case ']': case '{': case '}': case '|':
            return true;
        default:
            return c == '\0';
        }
    }

    std::unique_ptr<Node> alternation() {
        auto first = sequence();
        if (i_ >= p_.size() || p_[i_] != '|') return first;
        auto node = std::make_unique<Node>();
        node->kind = Node::Alternate;
        node->parts.push_back(std::move(first));
        while (i_ < p_.size() && p_[i_] == '|') {
            ++i_;
            node->parts.push_back(sequence());
        }
        return node;
    }

    std::unique_ptr<Node> sequence() {
        auto node = std::make_unique<Node>();
        node->kind = Node::Concat;
        while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
            auto item = atom();
            if (i_ < p_.size()) item = quantified(std::move(item));
            node->parts.push_back(std::move(item));
        }
        return node;
    }

    std::unique_ptr<Node> atom() {
        char c = p_[i_];
        auto node = std::make_unique<Node>();
        if (c == '(') {
            ++i_;
            if (i_ < p_.size() && p_[i_] == '?') {
                if (i_ + 1 < p_.size() && p_[i_ + 1] == ':') i_ += 2;
                else throw Unsupported{};
            }
            node = alternation();
            if (i_ >= p_.size() || p_[i_] != ')') throw Unsupported{};
            ++i_;
            return node;
        }
        if (c == '[') return bracket();
        if (special(c)) throw Unsupported{};   // quantifier with nothing before it, '.', '\', ...
        node->kind = Node::Byte;
        node->byte = static_cast<unsigned char>(c);
        ++i_;
        return node;
    }

    // [abc], [a-z0-9], [^...]: ASCII only, no escapes, '-' first or last.
    std::unique_ptr<Node> bracket() {
        ++i_;
        auto node = std::make_unique<Node>();
        node->kind = Node::Class;
        bool negated = i_ < p_.size() && p_[i_] == '^';
        if (negated) ++i_;
        std::size_t start = i_;
        auto plain = [](char c) {   // a space in brackets is a literal space
            auto u = static_cast<unsigned char>(c);
            return u >= 0x20 && u < 0x7F && c != '\\' && c != '[' && c != ']' && c != '^';
        };
        while (true) {
            if (i_ >= p_.size()) throw Unsupported{};
            char c = p_[i_];
            if (c == ']') {
                if (i_ == start) throw Unsupported{};   // "[]" and "[^]"
                ++i_;
                break;
            }
            if (c == '-') {
                // A literal only as the first or the last member.
                bool first = i_ == start, last = i_ + 1 < p_.size() && p_[i_ + 1] == ']';
                if (!first && !last) throw Unsupported{};
                node->bytes.set('-');
                ++i_;
                continue;
            }
            if (!plain(c)) throw Unsupported{};
            if (i_ + 2 < p_.size() && p_[i_ + 1] == '-' && p_[i_ + 2] != ']') {
                char to = p_[i_ + 2];
                if (!plain(to) || to == '-' || to < c) throw Unsupported{};
                for (int b = static_cast<unsigned char>(c); b <= static_cast<unsigned char>(to); ++b) node->bytes.set(b);
                i_ += 3;
                // "[a-c-e]": a '-' right after a range is left to std::regex.
                if (i_ < p_.size() && p_[i_] == '-' && !(i_ + 1 < p_.size() && p_[i_ + 1] == ']')) throw Unsupported{};
                continue;
            }
            node->bytes.set(static_cast<unsigned char>(c));
            ++i_;
        }
        if (negated) node->bytes.flip();
        return node;
    }

    int number() {
        std::size_t start = i_;
        int value = 0;
        while (i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '9' && i_ - start < 4) value = value * 10 + (p_[i_++] - '0');
        if (i_ == start || (i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '9')) throw Unsupported{};
        return value;
    }

    std::unique_ptr<Node> quantified(std::unique_ptr<Node> item) {
        char c = p_[i_];
        int min, max;
        if (c == '?') min = 0, max = 1, ++i_;
        else if (c == '*') min = 0, max = -1, ++i_;
        else if (c == '+') min = 1, max = -1, ++i_;
        else if (c == '{') {
            ++i_;
            min = number();
            max = min;
            if (i_ < p_.size() && p_[i_] == ',') {
                ++i_;
                max = i_ < p_.size() && p_[i_] == '}' ? -1 : number();
            }
            if (i_ >= p_.size() || p_[i_] != '}') throw Unsupported{};
            ++i_;
            if (min > max_count || max > max_count || (max >= 0 && max < min)) throw Unsupported{};
        } else {
            return item;
        }
        // A second quantifier (lazy "*?" or an error such as "a**"): std::regex decides.
        if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '*' || p_[i_] == '+' || p_[i_] == '{')) throw Unsupported{};
        auto node = std::make_unique<Node>();
        node->kind = Node::Repeat;
        node->min = min;
        node->max = max;
        node->parts.push_back(std::move(item));
        return node;
    }

    std::string_view p_;
    std::size_t i_ = 0;
};

}  // namespace

// The automaton: a Thompson NFA.
struct WholeMatch::Program {
    struct Inst {
        enum Op { Byte, Class, Split, Jump, Match } op;
        unsigned char byte = 0;
        int x = 0, y = 0;    // Split: both; Jump: x
        int cls = -1;        // Class: index into classes
    };
    std::vector<Inst> code;
    std::vector<std::bitset<256>> classes;

    int emit(Inst inst) {
        if (code.size() >= max_program) throw Unsupported{};
        code.push_back(inst);
        return static_cast<int>(code.size()) - 1;
    }

    void compile(const Node& n) {
        switch (n.kind) {
        case Node::Empty: break;
        case Node::Byte: emit({Inst::Byte, n.byte}); break;
        case Node::Class:
            classes.push_back(n.bytes);
            emit({Inst::Class, 0, 0, 0, static_cast<int>(classes.size()) - 1});
            break;
        case Node::Concat:
            for (const auto& part : n.parts) compile(*part);
            break;
        case Node::Alternate: {
            std::vector<int> jumps;
            for (std::size_t k = 0; k < n.parts.size(); ++k) {
                if (k + 1 < n.parts.size()) {
                    int split = emit({Inst::Split});
                    code[split].x = split + 1;
                    compile(*n.parts[k]);
                    jumps.push_back(emit({Inst::Jump}));
                    code[split].y = static_cast<int>(code.size());
                } else {
                    compile(*n.parts[k]);
                }
            }
            for (int j : jumps) code[j].x = static_cast<int>(code.size());
            break;
        }
        case Node::Repeat: {
            const Node& body = *n.parts.front();
            for (int k = 0; k < n.min; ++k) compile(body);
            if (n.max < 0) {
                int split = emit({Inst::Split});
                code[split].x = split + 1;
                compile(body);
                int back = emit({Inst::Jump});
                code[back].x = split;
                code[split].y = static_cast<int>(code.size());
            } else {
                std::vector<int> splits;
                for (int k = n.min; k < n.max; ++k) {
                    int split = emit({Inst::Split});
                    code[split].x = split + 1;
                    splits.push_back(split);
                    compile(body);
                }
                for (int s : splits) code[s].y = static_cast<int>(code.size());
            }
            break;
        }
        }
    }

    // Add pc and everything reachable from it without input to `list`.
    void add(std::vector<int>& list, std::vector<unsigned>& mark, unsigned generation, std::vector<int>& stack, int pc) const {
        stack.push_back(pc);
        while (!stack.empty()) {
            int at = stack.back();
            stack.pop_back();
            if (mark[at] == generation) continue;
            mark[at] = generation;
            const Inst& inst = code[at];
            if (inst.op == Inst::Jump) {
                stack.push_back(inst.x);
            } else if (inst.op == Inst::Split) {
                stack.push_back(inst.y);
                stack.push_back(inst.x);
            } else {
                list.push_back(at);
            }
        }
    }

    bool run(std::string_view text) const {
        // Scratch space reused across calls (a call per CSV cell).
        thread_local std::vector<unsigned> mark;
        thread_local std::vector<int> current, next, stack;
        thread_local unsigned generation = 0;
        if (mark.size() < code.size() || generation > 0xFFFF0000u) {
            mark.assign(std::max(mark.size(), code.size()), 0);
            generation = 0;
        }
        current.clear();
        add(current, mark, ++generation, stack, 0);
        for (char ch : text) {
            auto c = static_cast<unsigned char>(ch);
            next.clear();
            ++generation;
            for (int pc : current) {
                const Inst& inst = code[pc];
                bool step = (inst.op == Inst::Byte && inst.byte == c) ||
                            (inst.op == Inst::Class && classes[inst.cls].test(c));
                if (step) add(next, mark, generation, stack, pc + 1);
            }
            current.swap(next);
            if (current.empty()) return false;
        }
        for (int pc : current)
            if (code[pc].op == Inst::Match) return true;
        return false;
    }
};

namespace {

// A sequence of literal bytes (or nothing): its text.
bool literal_of(const Node& node, std::string& out) {
    if (node.kind == Node::Byte) {
        out += static_cast<char>(node.byte);
        return true;
    }
    if (node.kind != Node::Concat) return node.kind == Node::Empty;
    for (const auto& part : node.parts)
        if (!literal_of(*part, out)) return false;
    return true;
}

// A plain list of words ("^(Y|N|A|NV)$", "foot|end", "yes"): the words.
std::optional<std::vector<std::string>> words_of(const Node& top) {
    const Node* node = &top;
    while (node->kind == Node::Concat && node->parts.size() == 1) node = node->parts.front().get();   // "(...)"
    const Node& tree = *node;
    std::vector<std::string> words;
    if (tree.kind == Node::Alternate) {
        for (const auto& branch : tree.parts) {
            std::string word;
            if (!literal_of(*branch, word)) return std::nullopt;
            words.push_back(std::move(word));
        }
    } else {
        std::string word;
        if (!literal_of(tree, word)) return std::nullopt;
        words.push_back(std::move(word));
    }
    std::sort(words.begin(), words.end());
    return words;
}

}  // namespace

namespace {

// The common case without building a tree: "^(a|b|c)$", "a|b", "word" —
// bytes that are not special, '|' between words, at most one group around
// them all. The parser reads such a pattern as the same list of words.
std::optional<std::vector<std::string>> plain_words(std::string_view p) {
    if (!p.empty() && p.front() == '^') p.remove_prefix(1);
    if (!p.empty() && p.back() == '$') p.remove_suffix(1);
    if (p.size() >= 2 && p.front() == '(' && p.back() == ')' && p[1] != '?') p = p.substr(1, p.size() - 2);
    std::vector<std::string> words(1);
    for (char c : p) {
        if (c == '|') {
            words.emplace_back();
            continue;
        }
        switch (c) {
        case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
        case '(': case ')': case '[': case ']': case '{': case '}': case '\0':
            return std::nullopt;
        default:
            words.back() += c;
        }
    }
    std::sort(words.begin(), words.end());
    return words;
}

}  // namespace

WholeMatch::WholeMatch(const std::string& pattern) {
    if (auto words = plain_words(pattern)) {
        words_ = std::move(*words);
        return;
    }
    try {
        auto tree = Parser(pattern).parse();
        if (auto words = words_of(*tree)) {   // a list of words: a lookup, no automaton
            words_ = std::move(*words);
            return;
        }
        auto program = std::make_unique<Program>();
        program->compile(*tree);
        program->emit({Program::Inst::Match});
        program_ = std::move(program);
    } catch (const Unsupported&) {
        regex_.emplace(pattern, std::regex::ECMAScript | std::regex::optimize);   // may throw std::regex_error
    }
}

WholeMatch::~WholeMatch() = default;
WholeMatch::WholeMatch(WholeMatch&&) noexcept = default;

bool WholeMatch::matches(std::string_view text) const {
    if (words_) return std::binary_search(words_->begin(), words_->end(), text);
    if (program_) return program_->run(text);
    return std::regex_match(text.begin(), text.end(), *regex_);
}

}  // namespace shiryo::validate::detail

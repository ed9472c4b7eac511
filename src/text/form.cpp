#include "text/form.hpp"

#include <bitset>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <vector>

namespace shiryo::text {

namespace {

struct Seq;

// One byte, a class of bytes, or a group of alternatives, with its repeats.
struct Item {
    std::bitset<256> bytes;          // byte or class
    std::vector<Seq> alternatives;   // group (bytes unused)
    bool group = false;
    std::size_t min = 1, max = 1;    // max npos: unbounded
};

struct Seq {
    std::vector<Item> items;
};

constexpr std::size_t unbounded = static_cast<std::size_t>(-1);

// Recursive-descent parser of the subset; nullopt when the pattern uses
// anything else (the caller then uses std::regex).
class Parser {
public:
    explicit Parser(std::string_view p) : p_(p) {}

    std::optional<Seq> anchored() {
        if (p_.size() < 2 || p_.front() != '^' || p_.back() != '$') return std::nullopt;
        p_ = p_.substr(1, p_.size() - 2);
        auto seq = sequence();
        if (!seq || i_ != p_.size()) return std::nullopt;
        return seq;
    }

private:
    std::optional<Seq> sequence() {
        Seq seq;
        while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
            Item item;
            const char c = p_[i_];
            if (c == '(') {
                ++i_;
                if (i_ + 1 < p_.size() && p_[i_] == '?') return std::nullopt;   // (?: (?= ...
                item.group = true;
                while (true) {
                    auto alt = sequence();
                    if (!alt) return std::nullopt;
                    item.alternatives.push_back(std::move(*alt));
                    if (i_ >= p_.size()) return std::nullopt;
                    if (p_[i_] == ')') { ++i_; break; }
                    ++i_;   // '|'
                }
            } else if (c == '[') {
                if (!klass(item.bytes)) return std::nullopt;
            } else if (c == '\\') {
                if (i_ + 1 >= p_.size()) return std::nullopt;
                const char e = p_[i_ + 1];
                if (!(e == '.' || e == '-' || e == '/' || e == '\\' || e == '(' || e == ')' || e == '[' ||
                      e == ']' || e == '{' || e == '}' || e == '|' || e == '?' || e == '*' || e == '+' ||
                      e == '^' || e == '$'))
                    return std::nullopt;   // \d \w \b ... : not in the subset
                item.bytes.set(static_cast<unsigned char>(e));
                i_ += 2;
            } else if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ']' ||
                       c == '^' || c == '$') {
                return std::nullopt;
            } else {
                item.bytes.set(static_cast<unsigned char>(c));
                ++i_;
            }
            if (!quantifier(item)) return std::nullopt;
            seq.items.push_back(std::move(item));
        }
        return seq;
    }

    bool klass(std::bitset<256>& bytes) {
        ++i_;   // '['
        bool negate = false;
        if (i_ < p_.size() && p_[i_] == '^') { negate = true; ++i_; }
        bool first = true;
        while (i_ < p_.size() && (p_[i_] != ']' || first)) {
            first = false;
            unsigned char lo = static_cast<unsigned char>(p_[i_]);
            if (lo == '\\' || lo == '[' || lo >= 0x80) return false;
            ++i_;
            if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {
                const unsigned char hi = static_cast<unsigned char>(p_[i_ + 1]);
                if (hi == '\\' || hi == '[' || hi >= 0x80 || hi < lo) return false;
                for (unsigned b = lo; b <= hi; ++b) bytes.set(b);
                i_ += 2;
            } else {
                bytes.set(lo);
            }
        }
        if (i_ >= p_.size()) return false;
        ++i_;   // ']'
        if (negate) bytes.flip();
        return true;
    }

    bool number(std::size_t& n) {
        const std::size_t from = i_;
        n = 0;
        while (i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '9' && i_ - from < 6) n = n * 10 + static_cast<std::size_t>(p_[i_++] - '0');
        return i_ > from;
    }

    bool quantifier(Item& item) {
        if (i_ >= p_.size()) return true;
        const char q = p_[i_];
        std::size_t min = 1, max = 1;
        if (q == '?') { min = 0; max = 1; ++i_; }
        else if (q == '*') { min = 0; max = unbounded; ++i_; }
        else if (q == '+') { min = 1; max = unbounded; ++i_; }
        else if (q == '{') {
            ++i_;
            if (!number(min)) return false;
            max = min;
            if (i_ < p_.size() && p_[i_] == ',') {
                ++i_;
                if (!number(max)) return false;   // {n,} is left to std::regex
            }
            if (i_ >= p_.size() || p_[i_] != '}' || max < min) return false;
            ++i_;
        } else {
            return true;
        }
        if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '*' || p_[i_] == '+' || p_[i_] == '{')) return false;   // lazy, nested
        if (item.group && !(min == 0 && max == 1)) return false;   // only an optional group
        item.min = min;
        item.max = max;
        return true;
    }

    std::string_view p_;
    std::size_t i_ = 0;
};

// Where to go on after a group: the rest of an enclosing sequence.
struct Continuation {
    const Seq* seq;
    std::size_t index;
    const Continuation* next;
};

bool match(std::string_view t, const Seq& seq, std::size_t i, std::size_t pos, const Continuation* k) {
    if (i == seq.items.size()) return k ? match(t, *k->seq, k->index, pos, k->next) : pos == t.size();
    const Item& item = seq.items[i];
    if (item.group) {
        const Continuation after{&seq, i + 1, k};
        for (const Seq& alt : item.alternatives)
            if (match(t, alt, 0, pos, &after)) return true;
        return item.min == 0 && match(t, seq, i + 1, pos, k);
    }
    std::size_t n = 0;
    while (n < item.max && pos + n < t.size() && item.bytes.test(static_cast<unsigned char>(t[pos + n]))) ++n;
    if (n < item.min) return false;
    for (std::size_t c = n + 1; c-- > item.min;)
        if (match(t, seq, i + 1, pos + c, k)) return true;
    return false;
}

}  // namespace

struct Form::Impl {
    std::optional<Seq> seq;
    std::optional<std::regex> regex;
};

Form::Form(const std::string& pattern) : impl_(std::make_unique<Impl>()) {
    impl_->seq = Parser(pattern).anchored();
    if (!impl_->seq) impl_->regex.emplace(pattern, std::regex::ECMAScript);
}
Form::~Form() = default;
Form::Form(Form&&) noexcept = default;
Form& Form::operator=(Form&&) noexcept = default;

bool Form::search(std::string_view text) const {
    if (impl_->seq) return match(text, *impl_->seq, 0, 0, nullptr);
    return std::regex_search(text.begin(), text.end(), *impl_->regex);
}

bool Form::hand_written() const { return impl_->seq.has_value(); }

const Form& form_of(const std::string& pattern) {
    static std::mutex mutex;
    static std::map<std::string, Form, std::less<>> forms;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = forms.find(pattern);
    if (it == forms.end()) it = forms.emplace(pattern, Form(pattern)).first;
    return it->second;   // map nodes are stable
}

}  // namespace shiryo::text

// PrefilterPattern: the looser copy of a rule's pattern that goes into the
// RE2::Set prefilter.
#ifndef EXPOSURE_RULES_PREFILTER_PATTERN_H_
#define EXPOSURE_RULES_PREFILTER_PATTERN_H_

#include <string>
#include <string_view>

namespace exposure::internal {

// Counted repetitions whose range is at least this wide are loosened.
inline constexpr int kLoosenedRepeatRange = 8;

// Returns `pattern` with every counted repetition {m,n} whose range n-m is
// at least kLoosenedRepeatRange written as {m,}. The result matches every
// text the pattern matches (and some more), so it can stand in for the
// pattern in the prefilter, which only asks "may this rule match here?";
// the exact pattern then finds the spans. It is much cheaper there: a DFA
// must count each bounded gap ("[^.]{0,40}") separately in every state, and
// in a set of many rules those counts multiply (two rules with 40- and
// 30-character gaps made one set's DFA outgrow its budget and six times
// slower; docs/PERFORMANCE.md). Escapes (\p{Lu}, \x{41}, \Q...\E) and
// character classes are copied unchanged. A pattern RE2 would reject is
// returned with only its well-formed repetitions changed; the caller
// compiles the original first.
std::string PrefilterPattern(std::string_view pattern);

}  // namespace exposure::internal

#endif  // EXPOSURE_RULES_PREFILTER_PATTERN_H_

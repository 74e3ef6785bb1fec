// FoldWords: text folded for comparing words, whatever their case, accents,
// compatibility forms or punctuation ("Día de San Fermín," and "dia de san
// fermin" fold alike).
#ifndef EXPOSURE_COMMON_FOLD_WORDS_H_
#define EXPOSURE_COMMON_FOLD_WORDS_H_

#include <string>
#include <string_view>

namespace exposure {

// Lower-cased (Unicode case folding, accents and compatibility forms
// removed), every run of non-alphanumeric ASCII turned into one space, no
// space at either end.
std::string FoldWords(std::string_view text);

}  // namespace exposure

#endif  // EXPOSURE_COMMON_FOLD_WORDS_H_

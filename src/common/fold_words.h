// FoldWords: text folded for comparing words, whatever their case, accents,
// compatibility forms or punctuation ("Día de San Fermín," and "dia de san
// fermin" fold alike); LowerCase: Unicode lower case alone.
#ifndef EXPOSURE_COMMON_FOLD_WORDS_H_
#define EXPOSURE_COMMON_FOLD_WORDS_H_

#include <string>
#include <string_view>

namespace exposure {

// Lower-cased (Unicode case folding, accents and compatibility forms
// removed), every run of non-alphanumeric ASCII turned into one space, no
// space at either end.
std::string FoldWords(std::string_view text);

// `text` in lower case, letter by letter (Unicode: "MAÑANA" -> "mañana"),
// all else as it is; bytes that are not UTF-8 are kept.
std::string LowerCase(std::string_view text);

}  // namespace exposure

#endif  // EXPOSURE_COMMON_FOLD_WORDS_H_

// Deciding whose words an element holds, from its tag, role, class and id.
#ifndef EXPOSURE_DOCUMENT_ZONES_H_
#define EXPOSURE_DOCUMENT_ZONES_H_

#include <string_view>

#include "exposure/document.h"

namespace exposure::internal {

// What an element's own markup says about its content, before ancestry.
enum class Marker {
  kNone,        // says nothing: inherit the parent's zone
  kFurniture,   // nav, footer, banner, "suggested for you", ads, cookies
  kOthers,      // comments and replies
  kProfile,     // profile card, bio, about box, h-card
  kPost,        // article, post, entry
  kMain,        // main content region (<main>, role=main)
  kOwned,       // a reply or comment marked as the owner's ("comment own",
                // WordPress "bypostauthor", "is-op")
  kOwnProfile,  // the owner's own card, named so ("owner-bio", "owner-info")
};

// Classifies one element. `inside_main` tells whether an ancestor is <main>,
// <article> or role=main (a <header> there is a post header, not site
// chrome). Class and id are matched by word ("footer-outer" and
// "site_footer" are furniture; "post-footer" is not).
// `page_has_main` tells whether the page marks its main content (<main> or
// role=main); without one, a top-level <header> is often the profile itself
// (name, title, city on a resume) and is not treated as furniture.
Marker ClassifyElement(std::string_view tag, std::string_view class_attr,
                       std::string_view id_attr, std::string_view role,
                       bool inside_main, bool page_has_main = true);

// What the words of one class or id attribute say on their own
// (ClassifyElement's second step), for callers that cache it per value.
Marker ClassifyAttributeWords(std::string_view attribute);

// True when a class attribute marks the element as the page owner's own
// ("member owner", "card-self", "own"): a team page's card of the person
// the page is about among the cards of the rest of the team.
bool NamesOwnItem(std::string_view class_attr);

// ClassifyElement with the class attribute already classified:
// `class_words` is ClassifyAttributeWords(class_attr).
Marker ClassifyElementWithClassWords(std::string_view tag, Marker class_words,
                                     std::string_view id_attr,
                                     std::string_view role, bool inside_main,
                                     bool page_has_main = true);

// Classifies a container by its heading text (lower case): furniture
// ("people you may know", "suggested accounts", "personas que quizás
// conozcas"), others ("comments", "recommendations", "reviews") or kNone.
Marker ClassifyHeading(std::string_view heading);

// The profile-field label a class attribute names, for short fields such
// as <span class="neighborhood">Tenleytown</span> or <p class="loc">:
// "Location", "Gender", "Age", "Birthday", "Employer", "School", "Email",
// "Phone"; "" when the class names no field.
std::string_view FieldLabel(std::string_view class_attr);

// True when the class attribute names the element as a field's label: the
// last word of a token is "label", "key" or "term" ("field-label",
// "dt-key"), or it is "title" and the next element's class starts with the
// same word ("infoBoxRowTitle" then "infoBoxRowItem"); a post's title is
// not a label.
bool NamesLabel(std::string_view class_attr, std::string_view next_class);

// The part of NamesLabel that depends on the element alone: false means
// NamesLabel is false whatever the next element's class.
bool MayNameLabel(std::string_view class_attr);

// True when a class attribute names the person a header or sidebar is
// about: "<header class=user>", "<aside class=member-card>", "host",
// "seller", "organizer". Used only for <header> and <aside>, where such a
// word means the page owner's card; elsewhere "user" is every commenter.
bool NamesPersonCard(std::string_view class_attr);

// True when a class or id attribute names a site footer: "footer",
// "site-footer", "footer-nav"; not "post-footer" or "entry-footer", which
// sit inside a post.
bool NamesSiteFooter(std::string_view attribute);

// True when the class attribute names the element as a person's name
// ("name", "author", "fn", "p-name", "username", "display-name" ...).
bool IsNameElement(std::string_view class_attr, std::string_view itemprop);

// True when the class attribute marks a post's author line by a word that
// names no person's name on its own ("who", "commenter", "sender": "<p
// class=who>", "comment-sender"); read for posts only.
bool NamesAuthorLine(std::string_view class_attr);

}  // namespace exposure::internal

#endif  // EXPOSURE_DOCUMENT_ZONES_H_
